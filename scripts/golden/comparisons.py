"""Golden vectors for proportions, two-by-two tables, chi-square tests and the Mann-Whitney U test.

Oracles: statsmodels proportion_confint (wilson, beta), confint_proportions_2indep (newcomb),
Table2x2 riskratio_confint / oddsratio_confint, scipy fisher_exact, chi2_contingency and
mannwhitneyu. Run from the repository root: python3 scripts/golden/comparisons.py
"""
import random

import numpy as np
from scipy import stats
from statsmodels.stats.contingency_tables import Table2x2
from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

from common import write_vectors

LEVELS = [0.95, 0.9, 0.99]


def proportion_cases():
    cases = []
    totals = [1, 2, 3, 5, 7, 10, 20, 50, 100, 1000, 10000]
    for total in totals:
        events = sorted({0, 1, total // 3, total // 2, total - 1, total})
        for x in events:
            if x < 0:
                continue
            for level in LEVELS:
                alpha = 1 - level
                wl, wh = proportion_confint(x, total, alpha=alpha, method="wilson")
                bl, bh = proportion_confint(x, total, alpha=alpha, method="beta")
                cases.append({"events": x, "total": total, "level": level,
                              "wilsonLow": wl, "wilsonHigh": wh, "exactLow": bl, "exactHigh": bh})
    return cases


def corrected(a, n1, c, n2):
    """The table used for ratios: 0.5 added to every cell when any cell is zero."""
    cells = np.array([[a, n1 - a], [c, n2 - c]], dtype=float)
    adjusted = bool((cells == 0).any())
    return (cells + 0.5 if adjusted else cells), adjusted


def chi_square(table, correction):
    """scipy's result, or None where it raises (a zero margin) or has no degrees of freedom."""
    try:
        with np.errstate(all="ignore"):
            result = stats.chi2_contingency(table, correction=correction)
    except ValueError:
        return None
    if result.dof == 0:
        return None
    return {"statistic": result.statistic, "df": result.dof, "pValue": result.pvalue,
            "expected": result.expected_freq.tolist()}


def two_by_two_case(a, n1, c, n2, level):
    alpha = 1 - level
    case = {"a": a, "n1": n1, "c": c, "n2": n2, "level": level}
    rl, rh = confint_proportions_2indep(a, n1, c, n2, method="newcomb", compare="diff", alpha=alpha)
    case.update(riskDifference=a / n1 - c / n2, riskDifferenceLow=rl, riskDifferenceHigh=rh)
    cells, adjusted = corrected(a, n1, c, n2)
    case["ratioAdjusted"] = adjusted
    for key in ["riskRatio", "riskRatioLow", "riskRatioHigh", "oddsRatio", "oddsRatioLow", "oddsRatioHigh"]:
        case[key] = None
    table = Table2x2(cells, shift_zeros=False)
    if not (a == 0 and c == 0):
        low, high = table.riskratio_confint(alpha=alpha)
        case.update(riskRatio=table.riskratio, riskRatioLow=low, riskRatioHigh=high)
    if not (a == 0 and c == 0) and not (a == n1 and c == n2):
        low, high = table.oddsratio_confint(alpha=alpha)
        case.update(oddsRatio=table.oddsratio, oddsRatioLow=low, oddsRatioHigh=high)
    observed = [[a, n1 - a], [c, n2 - c]]
    for alternative, key in [("two-sided", "fisherTwoSided"), ("less", "fisherLess"), ("greater", "fisherGreater")]:
        case[key] = stats.fisher_exact(observed, alternative=alternative).pvalue
    for correction, key in [(False, "pearson"), (True, "yates")]:
        case[key] = chi_square(observed, correction)
    return case


def two_by_two_cases():
    rng = random.Random(20261121)
    cases = []
    for n1 in range(1, 5):
        for n2 in range(1, 5):
            for a in range(n1 + 1):
                for c in range(n2 + 1):
                    cases.append(two_by_two_case(a, n1, c, n2, 0.95))
    for _ in range(300):
        n1, n2 = rng.randint(5, 200), rng.randint(5, 200)
        a, c = rng.randint(0, n1), rng.randint(0, n2)
        cases.append(two_by_two_case(a, n1, c, n2, rng.choice(LEVELS)))
    for n1, n2 in [(10, 10), (30, 12), (100, 100), (1000, 1000)]:
        for a, c in [(0, 0), (0, n2), (n1, 0), (n1, n2), (0, 3), (3, 0), (n1, n2 - 3), (n1 - 3, n2)]:
            cases.append(two_by_two_case(a, n1, c, n2, 0.95))
    for _ in range(25):
        n1, n2 = 10000, 10000
        p = rng.random()
        a = int(rng.gauss(p * n1, 50)) % (n1 + 1)
        c = int(rng.gauss(p * n2, 50)) % (n2 + 1)
        cases.append(two_by_two_case(a, n1, c, n2, 0.95))
    for a, c in [(0, 0), (10000, 10000), (5000, 5000), (1, 0), (9999, 10000), (4000, 6000)]:
        cases.append(two_by_two_case(a, 10000, c, 10000, 0.95))
    return cases


def chi_square_cases():
    rng = random.Random(7)
    cases = []
    for _ in range(150):
        rows, cols = rng.randint(1, 5), rng.randint(2, 5)
        if rng.random() < 0.5:
            rows, cols = cols, rows
        scale = rng.choice([3, 10, 50, 1000])
        table = [[rng.randint(0, scale) for _ in range(cols)] for _ in range(rows)]
        if rng.random() < 0.1:
            table[rng.randrange(rows)] = [0] * cols
        case = {"table": table}
        for correction, key in [(False, "pearson"), (True, "yates")]:
            case[key] = chi_square(table, correction)
        cases.append(case)
    return cases


def uses_exact(x, y):
    """R's wilcox.test rule: exact when both groups have fewer than 50 values and there are no ties."""
    combined = np.concatenate([x, y])
    return len(x) < 50 and len(y) < 50 and len(np.unique(combined)) == len(combined)


def mann_whitney_case(x, y):
    exact = uses_exact(x, y)
    result = stats.mannwhitneyu(x, y, alternative="two-sided", method="exact" if exact else "asymptotic")
    p = float(result.pvalue)
    return {"x": list(map(float, x)), "y": list(map(float, y)), "u": float(result.statistic),
            "exact": exact, "pValue": None if np.isnan(p) else p}


def mann_whitney_cases():
    rng = np.random.default_rng(42)
    cases = []
    for n1 in [1, 2, 3, 5, 8, 9, 12, 20, 49]:
        for n2 in [1, 2, 4, 7, 10, 30, 49]:
            for shift in [0.0, 1.0]:
                x = rng.normal(shift, 1, n1)
                y = rng.normal(0, 1, n2)
                cases.append(mann_whitney_case(x, y))
                xi = rng.integers(0, 5, n1).astype(float)
                yi = rng.integers(0, 5, n2).astype(float) - shift
                if len(np.unique(np.concatenate([xi, yi]))) > 1:
                    cases.append(mann_whitney_case(xi, yi))
    for n1, n2 in [(50, 50), (60, 45), (200, 150), (1000, 800)]:
        cases.append(mann_whitney_case(rng.normal(0.3, 1, n1), rng.normal(0, 1, n2)))
        cases.append(mann_whitney_case(rng.integers(0, 10, n1).astype(float), rng.integers(0, 10, n2).astype(float)))
    cases.append(mann_whitney_case(np.arange(1.0, 11.0), np.arange(11.0, 21.0)))
    cases.append(mann_whitney_case(np.arange(11.0, 21.0), np.arange(1.0, 11.0)))
    cases.append(mann_whitney_case(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 3.0])))
    cases.append(mann_whitney_case(np.array([5.0, 5.0, 5.0]), np.array([5.0, 5.0])))
    return cases


if __name__ == "__main__":
    write_vectors("proportions", proportion_cases(), "statsmodels proportion_confint (wilson, beta)")
    write_vectors("two_by_two", two_by_two_cases(),
                  "statsmodels confint_proportions_2indep newcomb, Table2x2 on the 0.5-corrected table; "
                  "scipy fisher_exact, chi2_contingency")
    write_vectors("chi_square_rxc", chi_square_cases(), "scipy chi2_contingency")
    write_vectors("mann_whitney", mann_whitney_cases(), "scipy mannwhitneyu (exact when R's wilcox.test would be)")
