"""Golden vectors for applying a trial's relative effect to one patient (PatientRisk).

Oracle: the worksheet formulas written out here, independently of the Swift code: the patient's
risk with treatment PEER x RR, NNT = 1 / (PEER x |1 - RR|), and the harm worksheet's odds-ratio
form NNT = (1 - PEER (1 - OR)) / ((1 - PEER) PEER |1 - OR|), each limit from the ratio's limits.
The ratios themselves come from statsmodels Table2x2 (log intervals) on seeded random tables.
Run from the repository root: python3 scripts/golden/patient.py
"""
import math
import random

import numpy as np
from statsmodels.stats.contingency_tables import Table2x2

from common import write_vectors


def nnt_from_rr(peer, rr):
    """A treated risk above 1 is capped at 1, so no NNT is below 1 / (1 - PEER)."""
    difference = min(1.0, peer * rr) - peer
    return math.inf if difference == 0 else 1 / abs(difference)


def nnt_from_or(peer, ratio):
    if ratio == 1:
        return math.inf
    return (1 - peer * (1 - ratio)) / ((1 - peer) * peer * abs(1 - ratio))


def interval_nnt(peer, low, high, formula, desirable, direction_of):
    """Altman's reading of the two limits: both on one side, or through infinity."""
    sign = 1 if desirable else -1
    benefits = sorted(sign * direction_of(peer, limit) for limit in (low, high))
    values = [formula(peer, limit) for limit in (low, high)]
    if benefits[0] > 0:
        return {"kind": "benefit", "low": min(values), "high": max(values)}
    if benefits[1] < 0:
        return {"kind": "harm", "low": min(values), "high": max(values)}
    benefit_limit = math.inf if benefits[1] == 0 else 1 / benefits[1]
    harm_limit = math.inf if benefits[0] == 0 else 1 / abs(benefits[0])
    return {"kind": "through", "low": benefit_limit, "high": harm_limit}


def rr_difference(peer, rr):
    return min(1.0, peer * rr) - peer


def or_difference(peer, ratio):
    odds = peer / (1 - peer) * ratio
    return odds / (1 + odds) - peer


def cases():
    rng = random.Random(20261129)
    result = []
    while len(result) < 300:
        n1, n2 = rng.randint(10, 400), rng.randint(10, 400)
        a, c = rng.randint(1, n1 - 1), rng.randint(1, n2 - 1)
        table = Table2x2(np.array([[a, n1 - a], [c, n2 - c]], dtype=float))
        rr, (rr_low, rr_high) = table.riskratio, table.riskratio_confint()
        odds, (or_low, or_high) = table.oddsratio, table.oddsratio_confint()
        peer = rng.choice([0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7]) if rng.random() < 0.5 else round(rng.uniform(0.01, 0.9), 3)
        desirable = rng.random() < 0.3
        case = {"peer": peer, "desirable": desirable,
                "rr": rr, "rrLow": rr_low, "rrHigh": rr_high, "or": odds, "orLow": or_low, "orHigh": or_high}
        risk = peer * rr
        if risk > 1:
            case["risk"] = None
        else:
            case["risk"] = risk
            case["riskLow"] = peer * rr_low
            case["riskHigh"] = min(1.0, peer * rr_high)
        if risk <= 1:
            case["nnt"] = nnt_from_rr(peer, rr)
            case["nntInterval"] = interval_nnt(peer, rr_low, rr_high, nnt_from_rr, desirable, rr_difference)
        case["nntOr"] = nnt_from_or(peer, odds)
        case["nntOrInterval"] = interval_nnt(peer, or_low, or_high, nnt_from_or, desirable, or_difference)
        result.append(case)
    return result


if __name__ == "__main__":
    write_vectors("patient_risk", cases(), "worksheet formulas over statsmodels Table2x2 ratios")
