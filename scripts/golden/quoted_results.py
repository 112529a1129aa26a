"""Vectors for quoted results checked as statcheck does.

Two files in Tests/AppraisalTests/QuotedResults/:
- statcheck_vectors.json: inputs and expected verdicts copied from statcheck's own test suite
  (MicheleNuijten/statcheck, tests/testthat/test-error.R and test-decisionerror.R, default options
  alpha = .05 and pEqualAlphaSig = TRUE, OneTailedTxt = TRUE since appraise honours one-tailed
  wording); where statcheck builds the text from qt()/pt() the numbers are computed here with
  scipy and printed with 15 significant digits, as R's paste() does.
- quoted_results.json: results whose verdict is computed here, with scipy as the oracle for every
  P value and the rules of statcheck (error_test.R, decision_error_test.R) written out again:
  every statistic, one-tailed wording, rounding edges, p = .000, decision errors, and effects
  with intervals (Altman and Bland 2011).
Run from the repository root: python3 scripts/golden/quoted_results.py
"""
import json
import math
import os

from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "AppraisalTests", "QuotedResults")
ALPHA = 0.05


def g15(x):
    return format(x, ".15g")


def statcheck_vectors():
    t04, t05, t06 = (stats.t.isf(p / 2, 28) for p in (0.04, 0.05, 0.06))
    lowp = stats.t.sf(2.25, 28) * 2
    upp = stats.t.sf(2.15, 28) * 2
    e = []  # (text, error, decision_error or None when statcheck's test does not say)
    for text in ["t(28) = 2.20, p = .03", "F(2, 28) = 2.20, p = .15", "r(28) = .22, p = .26", "chi2(28) = 22.20, p = .79",
                 " z = 2.20, p = .04", "Q(28) = 22.20, p = .79", "t(28) = -2.20, p = .03", "t(28) = 2.20, p > .05",
                 "t(28) = 1.20, p = .03", "t(28) = 2.20, p = .30", "t(28) = 2.20, p = .018", "t(28) = 2.20, p = .01, one-tailed",
                 "t(28) = 22.20, p = .000", "t(28) = 22.20, p < .000", "t(28) = 2.2, p = .08", "t(28) = 2.2, p = .02",
                 "t(28) = 2.2, p > .08", "t(28) = 2.2, p < .02", f"t(28) = 2.2, p > {g15(upp)}", f"t(28) = 2.2, p < {g15(lowp)}"]:
        e.append((text, True, None))
    for text in [" Z = -2.42, p = 0.016", "t(28) = 2.0, p < .05", "t(28) = 2, p = .02", "t(28) = 2, p = .14", "t(28) = 2.2, p = .03",
                 "t(28) = 2.2, p = .04", "t(28) = 2.20, p = .036", "t(28) = 2.20, p = .037", "t(28) = 2.20, p = .018, one-tailed",
                 "t(28) = 2.20, p = .018, one-sided", "t(28) = 2.20, p = .018, directional", "t(28) = 2.2, p = .036",
                 "t(28) = 2.2, p < .08", "t(28) = 2.2, p > .02"]:
        e.append((text, False, False))
    for text in ["t(28) = 2.20, p = .06", "t(28) = 1.20, p = .03", "F(2, 28) = 22.20, p = .06", "F(2, 28) = 2.20, p = .03",
                 "r(28) = .22, p = .03", "r(28) = .52, p = .06", "chi2(28) = 2.20, p = .03", "chi2(28) = 52.20, p = .06",
                 " z = 1.20, p = .03", " z = 2.20, p = .06", "Q(28) = 2.20, p = .03", "Q(28) = 52.20, p = .06"]:
        e.append((text, True, True))
    e.append(("t(28) = 2.20, p = .05", None, False))
    table = [  # t = ..., p = / < / > ...; (statistic, p text, decision error) under pEqualAlphaSig = TRUE
        (t04, "p = .04", False), (t05 + .0001, "p = .04", False), (t06, "p = .04", True),
        (t04, "p = .05", False), (t05, "p = .05", False), (t06, "p = .05", True),
        (t04, "p = .06", True), (t05 + .0001, "p = .06", True), (t06, "p = .06", False),
        (t04 - .001, "p < .04", False), (t05 + .0001, "p < .04", False), (t06, "p < .04", True),
        (t04, "p < .05", False), (t05 + .0001, "p < .0500", False), (t06, "p < .05", True),
        (t04, "p < .06", False), (t05 + .0001, "p < .06", False), (t06, "p < .06", False),
        (t04 + .001, "p > .04", False), (t05 + .0001, "p > .04", False), (t06, "p > .04", False),
        (t04, "p > .05", True), (t05 + .0001, "p > .05", True), (t06, "p > .05", False),
    ]
    for value, p, decision in table:
        e.append((f"t(28) = {g15(value)}, {p}", None, decision))
    return [{"text": text, "error": error, "decision_error": decision} for text, error, decision in e]


def decimals(text):
    return len(text.split(".")[1]) if "." in text else 0


def p_of(kind, value, df1, df2, two_tailed=True):
    v = abs(value)
    if kind == "t":
        p = stats.t.sf(v, df1) * 2
    elif kind == "z":
        p = stats.norm.sf(v) * 2
    elif kind == "r":
        t = v * math.sqrt(df1 / (1 - v * v))
        p = stats.t.sf(t, df1) * 2
    elif kind == "F":
        return stats.f.sf(v, df1, df2)
    else:
        return stats.chi2.sf(v, df1)
    return p if two_tailed else p / 2


def judge(kind, stat_text, df1, df2, comparison, p_text, one_tailed_words):
    value = float(stat_text)
    half = 0.5 / 10 ** decimals(stat_text)
    v = abs(value)
    high = min(v + half, 1 - 1e-12) if kind == "r" else v + half
    low = max(0.0, v - half)
    reported = float(p_text)
    pd = decimals(p_text)

    def error(two):
        smallest, largest = p_of(kind, high, df1, df2, two), p_of(kind, low, df1, df2, two)
        if comparison == "=":
            return reported > round(largest, pd) or reported < round(smallest, pd)
        return reported < smallest if comparison == "<" else reported > largest

    point = p_of(kind, v, df1, df2)
    if reported <= 0:
        return "p-zero", point
    if not error(True):
        return "consistent", point
    if one_tailed_words and kind in ("t", "z", "r") and not error(False):
        return "consistent", p_of(kind, v, df1, df2, False)
    flips = {"=": (reported <= ALPHA and point > ALPHA) or (reported > ALPHA and point <= ALPHA),
             "<": reported <= ALPHA and point > ALPHA, ">": reported >= ALPHA and point <= ALPHA}[comparison]
    return ("decision-error" if flips else "inconsistent"), point


def test_cases():
    cases = []
    specs = [  # (kind, text head, df1, df2, statistic text)
        ("t", "t(28)", 28, None, "2.20"), ("t", "t(45.3)", 45.3, None, "-3.1"), ("t", "t(10)", 10, None, "0.95"),
        ("F", "F(2, 45)", 2, 45, "3.10"), ("F", "F(1, 120)", 1, 120, "12.4"), ("F", "F(3, 12)", 3, 12, "0.88"),
        ("r", "r(97)", 97, None, ".17"), ("r", "r(30)", 30, None, "-.45"), ("r", "r(200)", 200, None, ".08"),
        ("chi2", "χ2(1, N = 42)", 1, None, "7.30"), ("chi2", "chi2(3)", 3, None, "11.2"), ("chi2", "X2(2)", 2, None, "4.61"),
        ("chi2", "χ²(4)", 4, None, "9.49"), ("z", "z", None, None, "2.10"), ("z", "Z", None, None, "-1.64"),
        ("z", "z", None, None, "3.291"), ("Q", "Q(12)", 12, None, "152.2"), ("Q", "Q(5)", 5, None, "8.9"),
    ]
    for kind, head, df1, df2, stat in specs:
        scipy_kind = "chi2" if kind in ("chi2", "Q") else kind
        point = p_of(scipy_kind, float(stat), df1, df2)
        candidates = set()
        for places in (2, 3):
            exact = round(point, places)
            fmt = f"{{:.{places}f}}"
            for p in (exact, exact + 10 ** -places, exact - 10 ** -places, exact + 3 * 10 ** -places):
                if 0 < p < 1:
                    candidates.add(("=", fmt.format(p)))
        for bound in ("0.05", "0.01", "0.001", "0.10"):
            candidates.add(("<", bound))
            candidates.add((">", bound))
        candidates.add(("=", "0.000"))
        candidates.add(("=", fmt.format(point / 2) if point / 2 >= 0.001 else "0.001"))
        for comparison, p in sorted(candidates):
            shown = p[1:] if p.startswith("0.") and head != "Z" else p
            for wording in ((False, "{}"), (True, "{}, one-tailed")) if kind in ("t", "z", "r") else ((False, "{}"),):
                text = wording[1].format(f"{head} = {stat}, p {comparison} {shown}")
                verdict, recomputed = judge(scipy_kind, stat, df1, df2, comparison, p, wording[0])
                cases.append({"text": text, "verdict": verdict, "recomputed": recomputed})
    return cases


def effect_judge(ratio, est, lo, hi, level, comparison, p_text):
    """appraise's rule for effects: P by Altman and Bland over every rounding of the printed
    numbers, z allowed 10% either way for the interval's method; estimate within 20% of the
    half-width of its interval's middle (log scale for ratios)."""
    f = math.log if ratio else (lambda x: x)
    floor = 5e-324 if ratio else -math.inf
    h = {k: 0.5 / 10 ** decimals(v) for k, v in (("e", est), ("l", lo), ("u", hi))}
    e, l, u = float(est.replace("−", "-")), float(lo.replace("−", "-")), float(hi.replace("−", "-"))
    crit = stats.norm.isf((1 - level) / 2)
    point = 2 * stats.norm.sf(abs(f(e)) / ((f(u) - f(l)) / (2 * crit)))
    narrow = max(0.0, f(max(u - h["u"], floor)) - f(l + h["l"])) / (2 * crit)
    wide = (f(u + h["u"]) - f(max(l - h["l"], floor))) / (2 * crit)
    ends = [f(max(e - h["e"], floor)), f(e + h["e"])]
    nearest = 0.0 if ends[0] <= 0 <= ends[1] else min(abs(x) for x in ends)
    largest_z = max(abs(x) for x in ends) / narrow * 1.1 if narrow > 0 else math.inf
    smallest_z = nearest / wide / 1.1
    reported = float(p_text)
    pd = decimals(p_text)
    smallest, largest = 2 * stats.norm.sf(largest_z), 2 * stats.norm.sf(smallest_z)
    if reported <= 0:
        return "p-zero", point
    if comparison == "=":
        error = reported > round(largest, pd) or reported < round(smallest, pd)
    else:
        error = reported < smallest if comparison == "<" else reported > largest
    if error:
        flips = {"=": (reported <= ALPHA and point > ALPHA) or (reported > ALPHA and point <= ALPHA),
                 "<": reported <= ALPHA and point > ALPHA, ">": reported >= ALPHA and point <= ALPHA}[comparison]
        return ("decision-error" if flips else "inconsistent"), point
    centres = ((f(max(l - h["l"], floor)) + f(max(u - h["u"], floor))) / 2, (f(l + h["l"]) + f(u + h["u"])) / 2)
    gap = max(0.0, centres[0] - ends[1], ends[0] - centres[1])
    if gap > 0.2 * (f(u) - f(l)) / 2:
        return "off-centre", point
    return "consistent", point


def effect_cases():
    """Effects with intervals in the spellings appraise reads, with P values around the implied one."""
    cases = []
    rows = [  # (template, ratio, estimate, lower, upper, level)
        ("RR {e} (95% CI {l}-{u}), P {c} {p}", True, "0.80", "0.70", "0.91", 0.95),
        ("OR = {e} (95% CI: {l} to {u}; P {c} {p})", True, "1.50", "1.10", "2.05", 0.95),
        ("HR, {e}; 95% CI, {l}-{u}; P {c} {p}", True, "0.71", "0.58", "0.87", 0.95),
        ("hazard ratio {e} (95% confidence interval {l}–{u}), P {c} {p}", True, "0.90", "0.75", "1.08", 0.95),
        ("odds ratio {e} (90% CI {l} to {u}), P {c} {p}", True, "2.0", "1.2", "3.3", 0.90),
        ("risk ratio {e} (95% CI {l} to {u}), P {c} {p}", True, "1.32", "1.02", "1.71", 0.95),
        ("MD {e} (95% CI {l} to {u}), P {c} {p}", False, "−2.1", "−3.5", "−0.7", 0.95),
        ("mean difference {e} (95% CI, {l} to {u}), P {c} {p}", False, "1.2", "0.4", "2.0", 0.95),
        ("RR {e} (95% CI {l}-{u}), P {c} {p}", True, "2.50", "0.70", "0.91", 0.95),
        ("MD {e} (95% CI {l} to {u}), P {c} {p}", False, "3.4", "0.5", "4.1", 0.95),
        ("OR {e} (95% CI {l}-{u}), P {c} {p}", True, "3.0", "1.2", "9.5", 0.95),
    ]
    for template, ratio, est, lo, hi, level in rows:
        e, l, u = (float(x.replace("−", "-")) for x in (est, lo, hi))
        f = math.log if ratio else (lambda x: x)
        point = 2 * stats.norm.sf(abs(f(e)) / ((f(u) - f(l)) / (2 * stats.norm.isf((1 - level) / 2))))
        candidates = {("=", "0.000"), ("<", "0.001"), ("<", "0.05"), (">", "0.05")}
        for places in (2, 3):
            exact = round(point, places)
            for p in (exact, exact + 10 ** -places, exact - 2 * 10 ** -places, exact * 3):
                if 0 < p < 1:
                    candidates.add(("=", f"{{:.{places}f}}".format(p)))
        for comparison, p in sorted(candidates):
            verdict, recomputed = effect_judge(ratio, est, lo, hi, level, comparison, p)
            text = template.format(e=est, l=lo, u=hi, c=comparison, p=p[1:])
            cases.append({"text": text, "verdict": verdict, "recomputed": recomputed})
    return cases


def write(name, cases, oracle):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
        json.dump({"generator": "scripts/golden/quoted_results.py", "oracle": oracle, "cases": cases}, handle,
                  indent=1, sort_keys=True, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {len(cases)} cases to {name}")


if __name__ == "__main__":
    write("statcheck_vectors.json", statcheck_vectors(),
          "statcheck tests/testthat test-error.R, test-decisionerror.R (commit b288d948); qt/pt via scipy")
    write("quoted_results.json", test_cases() + effect_cases(), "scipy.stats; statcheck's rules; Altman and Bland 2011")
