"""Golden vectors for the special functions and the distributions (normal, t, chi-square, F, beta,
hypergeometric).

Oracle: scipy.special (betainc, betaincinv, gammainc, gammaincc) and scipy.stats distributions.
Where scipy is itself approximate the expected value is replaced by a 50-digit mpmath evaluation,
and the case records both in "source": t cdf/sf (scipy squares t, so |t| > 1e154 gives 0, and
df = 1 near t = 0 is off by 1e-9), t and F densities with df near 1e6 (scipy loses 2e-9 to
log-gamma cancellation), t quantiles beyond 1e150 (scipy clamps them). betaincinv cases results whose round trip through
betainc misses p by more than 1e-8 are dropped (scipy's betaincinv gives up at
p = 1e-300 for large a), and so are quantiles above the median whose round trip through scipy's own
sf misses 1 - p by more than 1e-8.
The Swift tests compare with a relative tolerance of 1e-9 (absolute floor 1e-300).
Run from the repository root: python3 scripts/golden/distributions.py
"""
import math

import mpmath
import numpy as np
from scipy import special, stats

from common import write_vectors

PROBABILITIES = [1e-300, 1e-100, 1e-30, 1e-15, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5,
                 0.7, 0.9, 0.95, 0.975, 0.999, 1 - 1e-5, 1 - 1e-10, 1 - 1e-15]


mpmath.mp.dps = 50
np.seterr(all="ignore")  # scipy's t pdf overflows for |t| > 1e154; those cases are replaced by mpmath values


def exact_t_tail(df, t):
    """P(T > t) at 50 digits; for |t| > 1e150 the leading term of I_x(df/2, 1/2) is exact."""
    df, t = mpmath.mpf(df), mpmath.mpf(t)
    a, half = df / 2, mpmath.mpf(1) / 2
    x = df / (df + t * t)
    if abs(t) > 1e150:
        tail = x ** a / (a * mpmath.beta(a, half)) / 2
    elif x < mpmath.mpf(1) / 2:
        tail = mpmath.betainc(a, half, 0, x, regularized=True) / 2
    else:
        tail = (1 - mpmath.betainc(half, a, 0, t * t / (df + t * t), regularized=True)) / 2
    return tail if t >= 0 else 1 - tail  # callers ask for the small side: P(T <= t) = P(T > -t)


def exact_t_lower_quantile(df, p):
    """The t quantile for tiny p, from the leading term of the tail (x = df / (df + t^2) < 1e-290)."""
    df, p = mpmath.mpf(df), mpmath.mpf(p)
    a, half = df / 2, mpmath.mpf(1) / 2
    x = (2 * p * a * mpmath.beta(a, half)) ** (1 / a)
    return -mpmath.sqrt(df * (1 - x) / x)


def exact_pdf(name, params, x):
    x = mpmath.mpf(x)
    if name == "t":
        df = mpmath.mpf(params[0])
        return mpmath.exp(-(df + 1) / 2 * mpmath.log1p(x * x / df) - mpmath.log(df) / 2
                          - mpmath.log(mpmath.beta(df / 2, mpmath.mpf(1) / 2)))
    d1, d2 = mpmath.mpf(params[0]), mpmath.mpf(params[1])
    if x == 0:
        return None
    return mpmath.exp(d1 / 2 * mpmath.log(d1 / d2) + (d1 / 2 - 1) * mpmath.log(x)
                      - (d1 + d2) / 2 * mpmath.log1p(d1 * x / d2) - mpmath.log(mpmath.beta(d1 / 2, d2 / 2)))


def screened(value, exact):
    """scipy's value, or the 50-digit value (with a note) where scipy is off by more than 1e-11."""
    if exact is None:
        return value, "scipy"
    if value != 0 and abs(mpmath.mpf(value) - exact) <= 1e-11 * abs(exact):
        return value, "scipy"
    return float(exact), f"mpmath 50 digits (scipy gave {value!r})"


def keep(value):
    return math.isfinite(value) and (value == 0 or abs(value) >= 1e-300)


def special_cases():
    cases = []
    shapes = [0.25, 0.5, 1, 2.5, 10, 100, 1e3, 1e4, 5e5]
    for a in shapes:
        for b in shapes:
            mean = a / (a + b)
            xs = sorted({1e-300, 1e-12, 1e-5, 0.01, 0.3, 0.5, 0.9, 0.99999, 1 - 1e-12,
                         mean, mean * 0.9, min(0.999999, mean * 1.1), mean * 0.5, 0.0, 1.0})
            for x in xs:
                value = float(special.betainc(a, b, x))
                if keep(value):
                    cases.append({"function": "betainc", "a": a, "b": b, "x": x, "expected": value})
            for p in [1e-300, 1e-30, 1e-15, 1e-5, 0.05, 0.5, 0.95, 1 - 1e-10, 1 - 1e-15]:
                value = float(special.betaincinv(a, b, p))
                if p <= 0.5:
                    consistent = 0 < value < 1 and abs(special.betainc(a, b, value) / p - 1) < 1e-8
                else:
                    consistent = 0 < value < 1 and abs(special.betaincc(a, b, value) / (1 - p) - 1) < 1e-8
                if keep(value) and consistent:
                    cases.append({"function": "betaincinv", "a": a, "b": b, "x": p, "expected": value})
    for a in [0.25, 0.5, 1, 1.5, 2.5, 5, 13.5, 50, 500, 5e3, 5e5]:
        xs = sorted({0.0, 1e-300, 1e-10, 0.01, 0.5, 1, 2, 10, 100, 700, 1400,
                     a * 0.01, a * 0.5, a * 0.9, a, a * 1.1, a * 1.5, a * 2, a * 5, a + 1})
        for x in xs:
            for name, function in (("gammainc", special.gammainc), ("gammaincc", special.gammaincc)):
                value = float(function(a, x))
                if keep(value):
                    cases.append({"function": name, "a": a, "b": 0.0, "x": x, "expected": value})
    return cases


def distribution_cases():
    cases = []

    def add(name, params, frozen, xs):
        for x in xs:
            for function in ("pdf", "cdf", "sf"):
                value = float(getattr(frozen, function)(x))
                source = "scipy"
                if name == "t" and function != "pdf":
                    try:
                        tail = exact_t_tail(params[0], x if function == "sf" else -x)
                        value, source = screened(value, tail)
                    except (ValueError, mpmath.libmp.libhyper.NoConvergence):
                        source = "scipy (mpmath did not converge)"
                elif name in ("t", "f") and function == "pdf":
                    value, source = screened(value, exact_pdf(name, params, x))
                if keep(value):
                    cases.append({"distribution": name, "parameters": list(params), "function": function,
                                  "x": float(x), "expected": value, "source": source})
        for p in PROBABILITIES:
            value = float(frozen.ppf(p))
            source = "scipy"
            if p > 0.5 and math.isfinite(value) and abs(frozen.sf(value) / (1 - p) - 1) > 1e-8:
                continue  # scipy's own round trip misses the upper tail: the oracle is approximate here
            if name == "t" and abs(value) > 1e150:
                exact = exact_t_lower_quantile(params[0], p)
                value = float(exact) if abs(exact) < 1e308 else -math.inf
                source = "mpmath 50 digits (scipy clamps t quantiles near 1e153)"
            if keep(value) or value == -math.inf:
                cases.append({"distribution": name, "parameters": list(params), "function": "quantile",
                              "x": p, "expected": value, "source": source})

    for mean, sd in [(0, 1), (10, 2.5), (-3, 0.01)]:
        zs = [-38, -37, -20, -10, -5, -1.96, -1, -1e-10, 0, 0.5, 1, 1.96, 5, 10, 20, 37]
        add("normal", (mean, sd), stats.norm(mean, sd), [mean + sd * z for z in zs])
    for df in [0.5, 1, 1.5, 2, 3, 5, 10, 17.776, 30, 100, 1e3, 1e6]:
        ts = [-1e200, -1e10, -1e3, -50, -10, -3, -1.96, -1, -0.1, 0, 1e-8, 0.5, 1, 2.5, 10, 100, 1e5, 1e160]
        add("t", (df,), stats.t(df), ts)
    for df in [0.5, 1, 2, 3, 5, 10, 27, 100, 1000, 1e4, 1e6]:
        xs = sorted({0.0, 1e-10, 0.01 * df, 0.1 * df, 0.5 * df, 0.9 * df, df, 1.1 * df, 1.5 * df,
                     2 * df, 5 * df, 10 * df, 50.0, 200.0, 1000.0, 1400.0})
        add("chisquare", (df,), stats.chi2(df), xs)
    for d1, d2 in [(1, 1), (0.5, 0.5), (2, 27), (3, 10), (4, 45), (10, 3), (1, 1e6), (1e6, 1e6),
                   (5, 100), (100, 5), (2.5, 7.3), (1e6, 2)]:
        xs = [0, 1e-8, 0.01, 0.1, 0.5, 0.9, 1, 1.001, 2, 4.846, 10, 100, 1e4, 1e8, 1e100]
        add("f", (d1, d2), stats.f(d1, d2), xs)
    for a, b in [(0.5, 0.5), (1, 1), (2, 3), (0.1, 10), (10, 0.1), (50, 50), (1e3, 1e3), (0.5, 1e5),
                 (1e5, 0.5), (2.5, 7.5), (1e6, 1e6)]:
        xs = [0, 1e-300, 1e-10, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1 - 1e-10, 1]
        add("beta", (a, b), stats.beta(a, b), xs)
    return cases


def hypergeometric_cases():
    cases = []
    settings = [(10, 4, 5), (20, 7, 12), (50, 25, 25), (100, 1, 50), (100, 99, 50), (200, 30, 150),
                (1000, 500, 500), (1000, 3, 997), (10000, 5000, 5000), (10000, 100, 9000),
                (10000, 2500, 300), (10000, 9990, 40), (0, 0, 0), (7, 0, 3), (7, 7, 3), (7, 3, 7)]
    for total, good, drawn in settings:
        low, high = max(0, drawn - (total - good)), min(drawn, good)
        if high - low <= 40:
            ks = list(range(low - 1, high + 2))
        else:
            ks = sorted({low - 1, low, low + 1, low + 2, high - 2, high - 1, high, high + 1}
                        | {int(v) for v in np.linspace(low, high, 25)})
        frozen = stats.hypergeom(total, good, drawn)
        for k in ks:
            entry = {"N": total, "K": good, "n": drawn, "k": k,
                     "pmf": float(frozen.pmf(k)), "logpmf": float(frozen.logpmf(k)),
                     "cdf": float(frozen.cdf(k)), "sf": float(frozen.sf(k))}
            if all(keep(entry[key]) for key in ("pmf", "cdf", "sf")):
                cases.append(entry)
    return cases


if __name__ == "__main__":
    write_vectors("special_functions", special_cases(), f"scipy {__import__('scipy').__version__} scipy.special")
    write_vectors("distributions", distribution_cases(), f"scipy {__import__('scipy').__version__} scipy.stats")
    write_vectors("hypergeometric", hypergeometric_cases(), f"scipy {__import__('scipy').__version__} scipy.stats.hypergeom")
