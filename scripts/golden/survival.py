"""Golden vectors for Kaplan-Meier curves (Greenwood SE, median) and the log-rank test.

Oracles: statsmodels SurvfuncRight (surv_prob, surv_prob_se, quantile(0.5)) and survdiff, whose
chi-square is turned into a P value with scipy's chi2.sf (survdiff's own 1 - cdf loses the tail).
Run from the repository root: python3 scripts/golden/survival.py
"""
import math
import random

import numpy as np
from scipy import stats
from statsmodels.duration.survfunc import SurvfuncRight, survdiff

from common import write_vectors

# R's `aml` data (survival package): weeks to relapse, status, maintenance chemotherapy.
AML_MAINTAINED = [(9, 1), (13, 1), (13, 0), (18, 1), (23, 1), (28, 0), (31, 1), (34, 1), (45, 0), (48, 1), (161, 0)]
AML_NONMAINTAINED = [(5, 1), (5, 1), (8, 1), (8, 1), (12, 1), (16, 0), (23, 1), (27, 1), (30, 1), (33, 1), (43, 1), (45, 1)]


def clean(value):
    value = float(value)
    return None if math.isnan(value) else value


def curve_case(times, events):
    times = np.asarray(times, dtype=float)
    events = np.asarray(events, dtype=int)
    fit = SurvfuncRight(times, events)
    rows = []
    for t, n, d, s, se in zip(fit.surv_times, fit.n_risk, fit.n_events, fit.surv_prob, fit.surv_prob_se):
        censored = int(np.sum((times == t) & (events == 0)))
        rows.append({"time": float(t), "atRisk": int(n), "events": int(d), "censored": censored,
                     "survival": float(s), "standardError": clean(se)})
    queries = sorted({float(times.min()) - 1, float(np.median(times)), float(times.max()),
                      float(times.max()) + 1} | {float(t) for t in times[:3]})
    at = []
    for q in queries:
        index = np.searchsorted(fit.surv_times, q, side="right")
        value = 1.0 if index == 0 else float(fit.surv_prob[index - 1])
        if q > times.max() and value > 0:
            value = None
        at.append({"time": q, "survival": value})
    # R's definition (first time S(t) <= 0.5) on statsmodels' curve; statsmodels' own quantile uses
    # SAS's strict S(t) < 0.5, which differs only where the curve equals 0.5 exactly.
    crossing = np.flatnonzero(fit.surv_prob <= 0.5 + 1e-10)
    median = float(fit.surv_times[crossing[0]]) if len(crossing) else None
    return {"times": times.tolist(), "events": events.tolist(), "rows": rows,
            "median": median, "medianStrict": clean(fit.quantile(0.5)), "at": at}


def random_sample(rng, size, tied, censoring):
    times = [float(rng.randint(1, 12)) if tied else round(rng.expovariate(0.1), 6) + 0.01 for _ in range(size)]
    events = [0 if rng.random() < censoring else 1 for _ in range(size)]
    return times, events


def curve_cases():
    rng = random.Random(99)
    cases = [curve_case(*zip(*AML_MAINTAINED)), curve_case(*zip(*AML_NONMAINTAINED))]
    for _ in range(120):
        size = rng.choice([1, 2, 3, 5, 10, 25, 60, 200])
        cases.append(curve_case(*random_sample(rng, size, rng.random() < 0.5, rng.choice([0.0, 0.2, 0.5]))))
    cases.append(curve_case([3.0, 4.0, 5.0], [0, 0, 0]))
    cases.append(curve_case([7.0] * 6, [1] * 6))
    cases.append(curve_case([7.0] * 6, [1, 1, 1, 0, 0, 0]))
    cases.append(curve_case([2.0], [1]))
    cases.append(curve_case([2.0], [0]))
    cases.append(curve_case([1.0, 2.0, 3.0, 4.0], [1, 1, 1, 1]))
    cases.append(curve_case([1.0, 2.0, 3.0, 4.0], [1, 1, 0, 0]))
    return cases


def log_rank_case(groups, times, events):
    times = np.asarray(times, dtype=float)
    events = np.asarray(events, dtype=int)
    labels = np.asarray(groups)
    case = {"groups": list(groups), "times": times.tolist(), "events": events.tolist()}
    try:
        with np.errstate(all="ignore"):
            chisq, _ = survdiff(times, events, labels)
        chisq = float(chisq)
    except np.linalg.LinAlgError:
        chisq = float("nan")
    k = len(set(groups))
    if math.isnan(chisq) or math.isinf(chisq):
        case.update(statistic=None, df=None, pValue=None)
    else:
        case.update(statistic=chisq, df=k - 1, pValue=float(stats.chi2.sf(chisq, k - 1)))
    return case


def log_rank_cases():
    rng = random.Random(2024)
    cases = []
    aml_times = [t for t, _ in AML_MAINTAINED + AML_NONMAINTAINED]
    aml_events = [e for _, e in AML_MAINTAINED + AML_NONMAINTAINED]
    cases.append(log_rank_case(["Maintained"] * 11 + ["Nonmaintained"] * 12, aml_times, aml_events))
    for _ in range(150):
        k = rng.choice([2, 2, 3, 4])
        tied = rng.random() < 0.5
        groups, times, events = [], [], []
        for g in range(k):
            size = rng.choice([1, 3, 8, 20, 50, 150])
            t, e = random_sample(rng, size, tied, rng.choice([0.0, 0.3]))
            if tied:
                t = [x + g * rng.choice([0, 0, 1]) for x in t]
            groups += [f"g{g}"] * size
            times += t
            events += e
        cases.append(log_rank_case(groups, times, events))
    same_t, same_e = random_sample(rng, 15, True, 0.3)
    cases.append(log_rank_case(["a"] * 15 + ["b"] * 15, same_t * 2, same_e * 2))
    cases.append(log_rank_case(["a"] * 4 + ["b"] * 4, [1, 2, 3, 4, 1, 2, 3, 4], [0] * 4 + [1] * 4))
    cases.append(log_rank_case(["a"] * 4 + ["b"] * 4, [5.0] * 8, [1] * 8))
    cases.append(log_rank_case(["a", "b"], [1.0, 2.0], [1, 1]))
    cases.append(log_rank_case(["a", "b", "b"], [1.0, 2.0, 3.0], [1, 0, 1]))
    cases.append(log_rank_case(["a"] * 3 + ["b"] * 3, [1, 2, 3, 4, 5, 6], [0] * 6))
    return cases


if __name__ == "__main__":
    write_vectors("kaplan_meier", curve_cases(), "statsmodels SurvfuncRight")
    write_vectors("log_rank", log_rank_cases(), "statsmodels survdiff, P from scipy chi2.sf")
