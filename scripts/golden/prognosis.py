"""Golden vectors for prognosis statistics of two arms: the Cox hazard ratio (Efron ties), the
log-rank O/E hazard ratio, pointwise log-log intervals on Kaplan-Meier survival and the
Brookmeyer-Crowley interval for the median.

Oracles: statsmodels PHReg(ties="efron") for the Cox coefficient, SE and Wald P; statsmodels
SurvfuncRight for S(t) and Greenwood's SE (the log-log limits are written out here as R's survfit
computes them) and quantile_ci(0.5, method="cloglog") for the median interval. The O/E ratio and
the monotone-likelihood condition are computed here from the counts, independently of the Swift code.
Run from the repository root: python3 scripts/golden/prognosis.py
"""
import math
import random
import warnings

import numpy as np
from scipy import optimize, stats
from statsmodels.duration.hazard_regression import PHReg
from statsmodels.duration.survfunc import SurvfuncRight

from common import write_vectors
from survival import AML_MAINTAINED, AML_NONMAINTAINED

Z = float(stats.norm.ppf(0.975))


def event_table(times, events, experimental):
    """Per distinct event time: (control at risk, experimental at risk, control events, experimental events)."""
    rows = []
    for t in np.unique(times[events == 1]):
        risk = times >= t
        dead = (times == t) & (events == 1)
        rows.append((np.sum(risk & ~experimental), np.sum(risk & experimental),
                     np.sum(dead & ~experimental), np.sum(dead & experimental)))
    return rows


def cox(times, events, experimental):
    """statsmodels' Efron fit, or the reason it has no finite maximum."""
    rows = event_table(times, events, experimental)
    if np.sum(events[experimental]) == 0 or np.sum(events[~experimental]) == 0:
        return None, "no events"
    if all(n1 == 0 or d0 == 0 for _, n1, d0, _ in rows) or all(n0 == 0 or d1 == 0 for n0, _, _, d1 in rows):
        return None, "monotone"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = PHReg(times, experimental.astype(float)[:, None], events, ties="efron")
        fit = model.fit()
        if not np.all(np.isfinite(fit.params)):
            # statsmodels' Newton has no step-halving and can overshoot into overflow from 0;
            # start it instead from the maximum of its own log-likelihood found by a bracketed search.
            start = optimize.minimize_scalar(lambda b: -model.loglike(np.array([b])), bounds=(-30, 30), method="bounded")
            fit = model.fit(start_params=[start.x])
    beta, se, p = float(fit.params[0]), float(fit.bse[0]), float(fit.pvalues[0])
    score = float(fit.model.score(fit.params)[0])
    if not abs(score) * se < 1e-10:
        raise RuntimeError(f"statsmodels did not converge: score {score}")
    return {"beta": beta, "standardError": se, "pValue": p, "hazardRatio": math.exp(beta),
            "low": math.exp(beta - Z * se), "high": math.exp(beta + Z * se)}, None


def log_rank_ratio(times, events, experimental):
    """(O₁/E₁)/(O₂/E₂) with exp(± z·√(1/E₁ + 1/E₂)); None when undefined or the log-rank variance is 0."""
    observed = [0.0, 0.0]
    expected = [0.0, 0.0]
    variance = 0.0
    for n0, n1, d0, d1 in event_table(times, events, experimental):
        n, d = n0 + n1, d0 + d1
        observed[0] += d1
        observed[1] += d0
        expected[0] += d * n1 / n
        expected[1] += d * n0 / n
        if n > 1:
            variance += d * (n - d) / (n - 1) * (n1 / n) * (n0 / n)
    if min(observed) == 0 or min(expected) == 0 or variance == 0:
        return None
    log_hr = math.log(observed[0] / expected[0]) - math.log(observed[1] / expected[1])
    se = math.sqrt(1 / expected[0] + 1 / expected[1])
    return {"hazardRatio": math.exp(log_hr), "low": math.exp(log_hr - Z * se), "high": math.exp(log_hr + Z * se)}


def median_margin(fit):
    """How far the closest event time is from the edge of the Brookmeyer-Crowley set, in z units."""
    with np.errstate(all="ignore"):
        r = (np.log(-np.log(fit.surv_prob)) - np.log(-np.log(0.5))) / (-1 / (fit.surv_prob * np.log(fit.surv_prob)) * fit.surv_prob_se)
    r = r[np.isfinite(r)]
    return float(np.min(np.abs(np.abs(r) - Z))) if len(r) else math.inf


def arm(times, events):
    fit = SurvfuncRight(times, events)
    queries = sorted({float(times.min()) - 1, float(times.max()), float(times.max()) + 1}
                     | {float(t) for t in fit.surv_times[::max(1, len(fit.surv_times) // 8)]}
                     | {float(t) + 0.5 for t in fit.surv_times[:3]})
    at = []
    for q in queries:
        index = np.searchsorted(fit.surv_times, q, side="right")
        s = 1.0 if index == 0 else float(fit.surv_prob[index - 1])
        se = math.nan if index == 0 else float(fit.surv_prob_se[index - 1])
        if q > times.max() and s > 0:
            at.append({"time": q, "survival": None, "low": None, "high": None})
            continue
        low = high = None
        if 0 < s < 1:
            root_v = se / s
            low = s ** math.exp(-Z * root_v / math.log(s))
            high = s ** math.exp(Z * root_v / math.log(s))
        at.append({"time": q, "survival": s, "low": low, "high": high})
    crossing = np.flatnonzero(fit.surv_prob <= 0.5 + 1e-10)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        low, high = fit.quantile_ci(0.5, alpha=0.05, method="cloglog")
    return {"at": at, "median": float(fit.surv_times[crossing[0]]) if len(crossing) else None,
            "medianLow": None if math.isnan(low) else float(low),
            "medianHigh": None if math.isnan(high) or math.isinf(high) else float(high),
            "medianHighUnbounded": bool(math.isinf(high))}, median_margin(fit)


def case(label, experimental_arm, control_arm):
    times = np.array([t for t, _ in experimental_arm + control_arm], dtype=float)
    events = np.array([e for _, e in experimental_arm + control_arm], dtype=int)
    experimental = np.array([True] * len(experimental_arm) + [False] * len(control_arm))
    estimate, reason = cox(times, events, experimental)
    arms = [arm(times[mask], events[mask]) for mask in (experimental, ~experimental)]
    return {"label": label, "times": times.tolist(), "events": events.tolist(),
            "experimental": experimental.astype(int).tolist(), "cox": estimate, "coxError": reason,
            "logRank": log_rank_ratio(times, events, experimental),
            "arms": [a for a, _ in arms]}, min(m for _, m in arms)


def random_arm(rng, size, rate, tied, censoring):
    arm = []
    for _ in range(size):
        t = rng.expovariate(rate)
        c = rng.expovariate(censoring) if censoring else math.inf
        time, event = (t, 1) if t <= c else (c, 0)
        arm.append((float(max(1, math.ceil(time))) if tied else round(time, 6) + 0.001, event))
    return arm


def cases():
    found = []

    def add(label, experimental_arm, control_arm, strict=True):
        entry, margin = case(label, experimental_arm, control_arm)
        if margin < 1e-8:
            if strict:
                raise RuntimeError(f"{label}: an event time lies on the edge of the median interval")
            return False
        found.append(entry)
        return True

    add("aml, nonmaintained vs maintained", AML_NONMAINTAINED, AML_MAINTAINED)
    add("aml, maintained vs nonmaintained", AML_MAINTAINED, AML_NONMAINTAINED)
    rng = random.Random(20240611)
    while len(found) < 242:
        kind = len(found) % 4
        sizes = (rng.choice([2, 5, 12, 30, 60, 100]), rng.choice([2, 5, 12, 30, 60, 100]))
        rate = 0.1
        ratio = rng.choice([0.4, 0.7, 1.0, 1.5, 3.0])
        tied = kind == 1 or rng.random() < 0.3
        censoring = 0.3 if kind == 2 else rng.choice([0, 0.02, 0.05])
        add(f"random {len(found)}: {'ties ' if tied else ''}{'heavy censoring ' if kind == 2 else ''}n={sizes}",
            random_arm(rng, sizes[0], rate * ratio, tied, censoring),
            random_arm(rng, sizes[1], rate, tied, censoring), strict=False)
    add("all tied, all events", [(5.0, 1)] * 4, [(5.0, 1)] * 4)
    add("all tied, mixed", [(5.0, 1)] * 3 + [(5.0, 0)], [(5.0, 1)] + [(5.0, 0)] * 3)
    add("one patient per arm, same time", [(3.0, 1)], [(3.0, 1)])
    add("one patient per arm, different times", [(3.0, 1)], [(2.0, 1)])
    add("no events in the experimental arm", [(4.0, 0), (6.0, 0)], [(1.0, 1), (2.0, 1), (8.0, 0)])
    add("monotone: every experimental event after the controls", [(9.0, 1), (10.0, 1)], [(1.0, 1), (2.0, 1), (3.0, 0)])
    add("monotone: experimental first", [(1.0, 1), (2.0, 1)], [(5.0, 1), (6.0, 0)])
    add("integer times, heavy ties", [(float(t), e) for t, e in zip([1, 1, 2, 2, 2, 3, 3, 4, 4, 5] * 3, [1, 1, 1, 0, 1, 1, 0, 1, 1, 1] * 3)],
        [(float(t), e) for t, e in zip([1, 2, 2, 3, 3, 3, 4, 5, 5, 6] * 3, [0, 1, 1, 1, 1, 0, 1, 1, 0, 1] * 3)])
    add("heavy censoring", [(float(t), int(t % 5 == 0)) for t in range(1, 41)], [(float(t), int(t % 3 == 0)) for t in range(1, 41)])
    add("curve reaches 0", [(1.0, 1), (2.0, 1), (3.0, 1)], [(1.5, 1), (2.5, 0), (4.0, 1)])
    return found


if __name__ == "__main__":
    write_vectors("prognosis", cases(),
                  "statsmodels PHReg(ties='efron'), SurvfuncRight surv_prob/surv_prob_se and quantile_ci(cloglog)")
