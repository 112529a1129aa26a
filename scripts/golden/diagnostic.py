"""Golden vectors for diagnostic test accuracy: 2x2 tables and ordered result levels.

Oracles: statsmodels proportion_confint (wilson) for the proportions; the log-method likelihood
ratios (Simel, Samsa & Matchar 1991), the Woolf interval of the diagnostic odds ratio, Youden's
Wald interval, post-test probabilities and the Hanley & McNeil (1982) standard error written out
here from their papers' formulas with numpy and scipy.stats.norm.ppf; the trapezoidal ROC area is
checked against scipy.stats.mannwhitneyu U / (n1 n0) on the expanded per-person data.
Run from the repository root: python3 scripts/golden/diagnostic.py
"""
import math
import random

import numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

from common import write_vectors

LEVELS = [0.95, 0.9, 0.99]
PRETESTS = [0.01, 0.1, 0.3, 0.5, 0.9]
ZERO_CELL = "0.5 added to every cell because a cell is zero"


def z_value(level):
    return float(stats.norm.ppf(1 - (1 - level) / 2))


def wilson(events, total, level):
    if total == 0:
        return None
    low, high = proportion_confint(events, total, alpha=1 - level, method="wilson")
    return {"value": events / total, "low": float(low), "high": float(high), "adjusted": False}


def log_ratio(ratio, se, level, adjusted):
    z = z_value(level)
    return {"value": ratio, "low": math.exp(math.log(ratio) - z * se), "high": math.exp(math.log(ratio) + z * se),
            "adjusted": adjusted}


def likelihood_ratio(x, y, u, v, level):
    """(x/(x+y)) / (u/(u+v)) with SE sqrt(1/x - 1/(x+y) + 1/u - 1/(u+v)); 0.5 added when x or u is 0."""
    adjusted = x == 0 or u == 0
    if adjusted:
        x, y, u, v = x + 0.5, y + 0.5, u + 0.5, v + 0.5
    x, y, u, v = map(float, (x, y, u, v))
    se = math.sqrt(1 / x - 1 / (x + y) + 1 / u - 1 / (u + v))
    return log_ratio((x / (x + y)) / (u / (u + v)), se, level, adjusted)


def odds_ratio(a, b, c, d, level):
    adjusted = min(a, b, c, d) == 0
    if adjusted:
        a, b, c, d = a + 0.5, b + 0.5, c + 0.5, d + 0.5
    a, b, c, d = map(float, (a, b, c, d))
    return log_ratio((a * d) / (b * c), math.sqrt(1 / a + 1 / b + 1 / c + 1 / d), level, adjusted)


def youden(tp, fp, fn, tn, level):
    n1, n0 = tp + fn, fp + tn
    sens, spec = tp / n1, tn / n0
    j = sens + spec - 1
    se = math.sqrt(sens * (1 - sens) / n1 + spec * (1 - spec) / n0)
    z = z_value(level)
    return {"value": j, "low": max(-1.0, j - z * se), "high": min(1.0, j + z * se), "adjusted": False}


def post_test(pretest, lr):
    def convert(ratio):
        odds = pretest / (1 - pretest) * ratio
        return odds / (1 + odds)
    return {"value": convert(lr["value"]), "low": convert(lr["low"]), "high": convert(lr["high"]),
            "adjusted": lr["adjusted"]}


def table_case(tp, fp, fn, tn, level, rng):
    lr_positive = likelihood_ratio(tp, fn, fp, tn, level)
    lr_negative = likelihood_ratio(fn, tp, tn, fp, level)
    pretest = rng.choice(PRETESTS)
    return {
        "tp": tp, "fp": fp, "fn": fn, "tn": tn, "level": level, "pretest": pretest,
        "sensitivity": wilson(tp, tp + fn, level), "specificity": wilson(tn, fp + tn, level),
        "ppv": wilson(tp, tp + fp, level), "npv": wilson(tn, fn + tn, level),
        "prevalence": wilson(tp + fn, tp + fp + fn + tn, level), "accuracy": wilson(tp + tn, tp + fp + fn + tn, level),
        "lrPositive": lr_positive, "lrNegative": lr_negative, "dor": odds_ratio(tp, fp, fn, tn, level),
        "youden": youden(tp, fp, fn, tn, level),
        "posttestPositive": post_test(pretest, lr_positive), "posttestNegative": post_test(pretest, lr_negative),
    }


def table_cases():
    rng = random.Random(19910615)
    cases = []
    for tp in range(3):
        for fp in range(3):
            for fn in range(3):
                for tn in range(3):
                    if tp + fn > 0 and fp + tn > 0:
                        cases.append(table_case(tp, fp, fn, tn, 0.95, rng))
    for _ in range(300):
        scale = rng.choice([5, 20, 100, 1000])
        cells = [rng.randint(0, scale) for _ in range(4)]
        if rng.random() < 0.15:
            cells[rng.randrange(4)] = 0
        tp, fp, fn, tn = cells
        if tp + fn == 0 or fp + tn == 0:
            continue
        cases.append(table_case(tp, fp, fn, tn, rng.choice(LEVELS), rng))
    for cells in [(231, 32, 27, 54), (1_000_000, 3, 2, 1_000_000), (0, 0, 1_000_000, 1_000_000),
                  (1_000_000, 1_000_000, 0, 0), (1, 0, 0, 1), (0, 1, 1, 0), (500_000, 499_999, 500_001, 500_000)]:
        cases.append(table_case(*cells, 0.95, rng))
    return cases


def roc_area(levels):
    """Trapezoidal area under the empirical ROC curve, and the Mann-Whitney check."""
    with_condition = np.array([a for a, _ in levels], dtype=float)
    without_condition = np.array([b for _, b in levels], dtype=float)
    tpr = np.concatenate([[0.0], np.cumsum(with_condition) / with_condition.sum()])
    fpr = np.concatenate([[0.0], np.cumsum(without_condition) / without_condition.sum()])
    area = float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
    scores = np.arange(len(levels), 0, -1, dtype=float)  # most abnormal level scores highest
    x = np.repeat(scores, [a for a, _ in levels])
    y = np.repeat(scores, [b for _, b in levels])
    u = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic").statistic
    check = float(u) / (len(x) * len(y))
    assert abs(area - check) <= 1e-12, (levels, area, check)
    return area


def hanley_mcneil(area, n1, n0, level):
    q1 = area / (2 - area)
    q2 = 2 * area * area / (1 + area)
    se = math.sqrt((area * (1 - area) + (n1 - 1) * (q1 - area ** 2) + (n0 - 1) * (q2 - area ** 2)) / (n1 * n0))
    z = z_value(level)
    return {"value": area, "low": max(0.0, area - z * se), "high": min(1.0, area + z * se), "adjusted": False}


def levels_case(levels, level):
    n1 = sum(a for a, _ in levels)
    n0 = sum(b for _, b in levels)
    strata = [likelihood_ratio(a, n1 - a, b, n0 - b, level) for a, b in levels]
    cuts = []
    for positive in range(1, len(levels)):
        tp = sum(a for a, _ in levels[:positive])
        fp = sum(b for _, b in levels[:positive])
        cuts.append([tp, fp, n1 - tp, n0 - fp])
    return {"levels": [list(pair) for pair in levels], "level": level, "stratum": strata, "cuts": cuts,
            "auc": hanley_mcneil(roc_area(levels), n1, n0, level)}


def levels_cases():
    rng = random.Random(1982)
    cases = [levels_case([(474, 20), (175, 79), (82, 171), (30, 168), (48, 1332)], 0.95)]
    for fixed in [[(1, 0), (0, 1)], [(0, 1), (1, 0)], [(5, 5), (5, 5)], [(3, 0), (2, 2), (0, 4)],
                  [(10, 0), (0, 10), (0, 3)], [(0, 7), (4, 0), (9, 9)]]:
        cases.append(levels_case(fixed, 0.95))
    while len(cases) < 200:
        count = rng.randint(2, 7)
        scale = rng.choice([3, 20, 100, 1000])
        levels = []
        for _ in range(count):
            a, b = rng.randint(0, scale), rng.randint(0, scale)
            if rng.random() < 0.15:
                a = 0
            elif rng.random() < 0.15:
                b = 0
            if a + b == 0:
                a = 1
            levels.append((a, b))
        if sum(a for a, _ in levels) == 0 or sum(b for _, b in levels) == 0:
            continue
        cases.append(levels_case(levels, rng.choice(LEVELS)))
    return cases


if __name__ == "__main__":
    cases = [{"table": case} for case in table_cases()] + [{"levels": case} for case in levels_cases()]
    write_vectors("diagnostic_accuracy", cases,
                  "statsmodels proportion_confint (wilson); log-method LR, Woolf DOR, Youden Wald, post-test and "
                  "Hanley-McNeil formulas written out with scipy.stats.norm.ppf; trapezoidal AUC checked against "
                  "scipy mannwhitneyu U/(n1*n0)")
