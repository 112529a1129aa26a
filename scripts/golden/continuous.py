"""Golden vectors for the continuous methods: descriptive statistics, two-sample t-tests, mean
differences with t intervals, Hedges' g and one-way ANOVA.

Oracles: numpy (mean, std with ddof=1, percentile with the default 'linear' method = R type 7),
scipy.stats.ttest_ind (statistic, pvalue, df, confidence_interval) and ttest_ind_from_stats with
equal_var True and False, scipy.stats.f_oneway, statsmodels effectsize_smd (Hedges' g and its
large-sample variance; the interval is g -/+ norm.ppf((1 + level)/2) * sqrt(var)).
Summary-based intervals use scipy.stats.t.ppf on the standard error (no scipy function takes
summaries and returns an interval). Run from the repository root: python3 scripts/golden/continuous.py
"""
import math

import numpy as np
from scipy import stats
from statsmodels.stats.meta_analysis import effectsize_smd

from common import write_vectors

RNG = np.random.default_rng(20261121)
LEVELS = [0.95, 0.9, 0.99]


def rounded(values, digits=3):
    return [float(round(v, digits)) for v in values]


def sample(n, mean, sd, kind="normal"):
    if kind == "normal":
        return rounded(RNG.normal(mean, sd, n))
    if kind == "skewed":
        return rounded(mean + sd * RNG.exponential(1.0, n))
    return [float(v) for v in RNG.integers(0, 6, n)]  # many ties


def descriptive_cases():
    cases = []
    sizes = [1, 2, 3, 4, 5, 7, 10, 11, 20, 33, 100, 1000, 5000]
    for n in sizes:
        for kind in ("normal", "skewed", "ties"):
            values = sample(n, 50.0, 12.0, kind)
            cases.append({
                "values": values, "count": n, "mean": float(np.mean(values)),
                "sd": float(np.std(values, ddof=1)) if n >= 2 else None,
                "median": float(np.percentile(values, 50)),
                "q1": float(np.percentile(values, 25)), "q3": float(np.percentile(values, 75)),
                "min": float(np.min(values)), "max": float(np.max(values)),
                "p10": float(np.percentile(values, 10)), "p90": float(np.percentile(values, 90)),
            })
    for values in ([-3.5, 1e-8, 2.25, 2.25, 7.0], [1e6 + 0.1, 1e6 + 0.2, 1e6 + 0.4], [5.0] * 9):
        n = len(values)
        cases.append({
            "values": values, "count": n, "mean": float(np.mean(values)), "sd": float(np.std(values, ddof=1)),
            "median": float(np.percentile(values, 50)), "q1": float(np.percentile(values, 25)),
            "q3": float(np.percentile(values, 75)), "min": min(values), "max": max(values),
            "p10": float(np.percentile(values, 10)), "p90": float(np.percentile(values, 90)),
        })
    return cases


def summary_case(m1, s1, n1, m2, s2, n2):
    entry = {"mean1": m1, "sd1": s1, "n1": n1, "mean2": m2, "sd2": s2, "n2": n2}
    for name, equal in (("student", True), ("welch", False)):
        result = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=equal)
        v1, v2 = s1 * s1 / n1, s2 * s2 / n2
        if equal:
            df = n1 + n2 - 2
            se = math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / df * (1 / n1 + 1 / n2))
        else:
            df = (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
            se = math.sqrt(v1 + v2)
        entry[name] = {"t": float(result.statistic), "p": float(result.pvalue), "df": float(df),
                       "intervals": [[level, m1 - m2 - stats.t.ppf((1 + level) / 2, df) * se,
                                      m1 - m2 + stats.t.ppf((1 + level) / 2, df) * se] for level in LEVELS]}
    g, var = effectsize_smd(m1, s1, n1, m2, s2, n2)
    entry["hedges"] = {"g": float(g), "variance": float(var),
                       "intervals": [[level, g - stats.norm.ppf((1 + level) / 2) * math.sqrt(var),
                                      g + stats.norm.ppf((1 + level) / 2) * math.sqrt(var)] for level in LEVELS]}
    return entry


def summary_cases():
    cases = []
    for n1, n2 in [(2, 2), (2, 3), (3, 2), (5, 5), (10, 12), (17, 9), (30, 30), (100, 80), (1000, 1000),
                   (10000, 9000), (1000000, 1000000), (2, 1000)]:
        for m1, m2 in [(10.0, 10.0), (10.0, 10.5), (10.0, 12.0), (0.0, -3.0), (100.0, 50.0), (-5.5, 4.25)]:
            for s1, s2 in [(1.0, 1.0), (2.0, 0.5), (0.1, 3.0), (15.0, 14.0)]:
                entry = summary_case(m1, s1, n1, m2, s2, n2)
                if all(math.isfinite(entry[k]["p"]) and (entry[k]["p"] == 0 or entry[k]["p"] > 1e-300)
                       for k in ("student", "welch")) and entry["student"]["p"] > 0 and entry["welch"]["p"] > 0:
                    cases.append(entry)
    for m2, n in [(10.5, 200), (11.0, 400), (12.0, 400), (20.0, 60), (14.0, 400)]:
        entry = summary_case(10.0, 1.0, n, m2, 1.0, n)  # P values from 1e-12 down to 1e-300
        if entry["student"]["p"] > 1e-300 and entry["welch"]["p"] > 1e-300:
            cases.append(entry)
    return cases


def raw_case(first, second):
    entry = {"first": first, "second": second}
    for name, equal in (("student", True), ("welch", False)):
        result = stats.ttest_ind(first, second, equal_var=equal)
        entry[name] = {"t": float(result.statistic), "p": float(result.pvalue), "df": float(result.df),
                       "intervals": [[level, *map(float, result.confidence_interval(level))] for level in LEVELS]}
    m1, m2 = np.mean(first), np.mean(second)
    s1, s2 = np.std(first, ddof=1), np.std(second, ddof=1)
    g, var = effectsize_smd(m1, s1, len(first), m2, s2, len(second))
    entry["hedges"] = {"g": float(g), "variance": float(var),
                       "intervals": [[level, g - stats.norm.ppf((1 + level) / 2) * math.sqrt(var),
                                      g + stats.norm.ppf((1 + level) / 2) * math.sqrt(var)] for level in LEVELS]}
    return entry


def raw_cases():
    cases = []
    for n1, n2 in [(2, 2), (2, 5), (3, 3), (6, 4), (10, 10), (15, 25), (50, 40), (200, 300), (2000, 1500)]:
        for shift, ratio in [(0.0, 1.0), (0.3, 1.0), (1.0, 2.0), (5.0, 0.5), (-2.0, 3.0)]:
            first = sample(n1, 20.0 + shift, 4.0)
            second = sample(n2, 20.0, 4.0 * ratio)
            if np.std(first) > 0 and np.std(second) > 0:
                cases.append(raw_case(first, second))
    same = sample(12, 7.0, 2.0)
    cases.append(raw_case(same, list(same)))  # identical groups: t = 0, P = 1
    return cases


def anova_cases():
    cases = []
    layouts = [[2, 2], [3, 3, 3], [5, 8, 6, 7], [10] * 5, [1, 4, 3], [50, 60, 55], [300, 200, 250, 280],
               [2, 2, 2, 2, 2, 2], [1000, 1000, 1000], [20, 20]]
    for sizes in layouts:
        for shifts in ([0.0] * 6, [0.0, 0.5, 1.0, 1.5, 2.0, 2.5], [0.0, 3.0, -2.0, 8.0, 1.0, 4.0]):
            groups = [sample(n, 10.0 + shifts[i], 2.0) for i, n in enumerate(sizes)]
            result = stats.f_oneway(*groups)
            total = sum(sizes)
            cases.append({"groups": groups, "f": float(result.statistic), "p": float(result.pvalue),
                          "dfBetween": float(len(sizes) - 1), "dfWithin": float(total - len(sizes)),
                          "means": [float(np.mean(g)) for g in groups],
                          "sds": [float(np.std(g, ddof=1)) if len(g) > 1 else 0.0 for g in groups]})
    for shift in (5.0, 10.0):  # P values near 1e-100 and below
        groups = [sample(200, 10.0 + shift * i, 2.0) for i in range(3)]
        result = stats.f_oneway(*groups)
        if result.pvalue > 1e-300:
            cases.append({"groups": groups, "f": float(result.statistic), "p": float(result.pvalue),
                          "dfBetween": 2.0, "dfWithin": 597.0, "means": [float(np.mean(g)) for g in groups],
                          "sds": [float(np.std(g, ddof=1)) for g in groups]})
    return cases


if __name__ == "__main__":
    import scipy
    import statsmodels
    oracle = f"numpy {np.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}"
    write_vectors("descriptives", descriptive_cases(), oracle)
    write_vectors("two_sample_summaries", summary_cases(), oracle)
    write_vectors("two_sample_raw", raw_cases(), oracle)
    write_vectors("one_way_anova", anova_cases(), oracle)
