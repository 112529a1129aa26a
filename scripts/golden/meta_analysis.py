"""Golden vectors for meta-analysis: study effects, fixed and random pooling, heterogeneity,
HKSJ, prediction intervals and Egger's test on seeded random sets of studies.

Oracles: statsmodels.stats.meta_analysis (effectsize_2proportions with zero_correction=0.5 for
log RR, log OR and RD; combine_effects for the inverse-variance fixed effect, DerSimonian-Laird
with method_re="chi2" (clipped at 0, which statsmodels does not do) and Paule-Mandel with
method_re="iterated", and its var_hksj_re for HKSJ); statsmodels OLS for Egger's regression.
Written out here from the textbook formulas: REML by Fisher scoring (checked against scipy's
bounded minimiser of the restricted likelihood), Mantel-Haenszel (Robins-Breslow-Greenland,
Greenland-Robins, Sato-Greenland-Robins variances as in metafor's rma.mh), Yusuf-Peto, Hedges' g
with metafor's measure="SMD" definitions, and the Higgins 2009 prediction interval.
Run from the repository root: python3 scripts/golden/meta_analysis.py
"""
import math
import random
import warnings

import numpy as np
import statsmodels.api as sm
from scipy import optimize, special, stats
from statsmodels.stats.meta_analysis import combine_effects, effectsize_2proportions

from common import write_vectors

SM_STATISTIC = {"rr": "risk-ratio", "or": "odds-ratio", "rd": "diff"}


def count_effects(studies, measure):
    # statsmodels adds its zero_correction to every study's counts once any study has a zero
    # cell, so each study is passed alone: corrected only when one of its own cells is zero.
    y, v = [], []
    for a, n1, c, n2 in studies:
        correction = 0.5 if 0 in (a, n1 - a, c, n2 - c) else None
        yi, vi = effectsize_2proportions(np.array([a]), np.array([n1]), np.array([c]), np.array([n2]),
                                         statistic=SM_STATISTIC[measure], zero_correction=correction)
        y.append(float(yi[0]))
        v.append(float(vi[0]))
    if measure in ("rr", "or"):
        excluded = [(s[0] == 0 and s[2] == 0) or (s[0] == s[1] and s[2] == s[3]) for s in studies]
    else:
        excluded = [False] * len(studies)
    return y, v, excluded


def mean_effects(studies, measure):
    ys, vs = [], []
    for m1, s1, n1, m2, s2, n2 in studies:
        if measure == "md":
            ys.append(m1 - m2)
            vs.append(s1 * s1 / n1 + s2 * s2 / n2)
        else:
            m = n1 + n2 - 2
            sp = math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / m)
            j = math.exp(special.gammaln(m / 2) - 0.5 * math.log(m / 2) - special.gammaln((m - 1) / 2))
            g = j * (m1 - m2) / sp
            ys.append(g)
            vs.append(1 / n1 + 1 / n2 + g * g / (2 * (n1 + n2)))
    return ys, vs, [False] * len(studies)


def estimate_effects(studies, measure):
    ys, vs = [], []
    for value, low, high, level in studies:
        z = stats.norm.isf((1 - level) / 2)
        if measure == "ratio":
            ys.append(math.log(value))
            se = (math.log(high) - math.log(low)) / (2 * z)
        else:
            ys.append(value)
            se = (high - low) / (2 * z)
        vs.append(se * se)
    return ys, vs, [False] * len(studies)


def reml_loglik(tau2, y, v):
    w = 1 / (v + tau2)
    mu = (w * y).sum() / w.sum()
    return -0.5 * (np.log(v + tau2).sum() + math.log(w.sum()) + (w * (y - mu) ** 2).sum())


def reml(y, v):
    """Fisher scoring on the REML score, from 0, clipped at 0; checked against a bounded minimiser."""
    tau2 = 0.0
    for _ in range(10000):
        w = 1 / (v + tau2)
        mu = (w * y).sum() / w.sum()
        s1, s2, s3 = w.sum(), (w ** 2).sum(), (w ** 3).sum()
        score = (w ** 2 * (y - mu) ** 2).sum() - (s1 - s2 / s1)
        info = s2 - 2 * s3 / s1 + (s2 / s1) ** 2
        new = max(0.0, tau2 + score / info)
        if abs(new - tau2) <= 1e-14 * max(1.0, tau2):
            tau2 = new
            break
        tau2 = new
    upper = max(10 * tau2, 10 * float(np.var(y)) + 1e-8)
    check = optimize.minimize_scalar(lambda t: -reml_loglik(t, y, v), bounds=(0, upper), method="bounded",
                                     options={"xatol": 1e-12})
    assert reml_loglik(tau2, y, v) >= reml_loglik(check.x, y, v) - 1e-9, (tau2, check.x)
    return tau2


def generalised_q(tau2, y, v):
    w = 1 / (v + tau2)
    return (w * (y - (w * y).sum() / w.sum()) ** 2).sum()


def paule_mandel(y, v):
    """The root of Q(tau2) = k - 1 by Brent's method. statsmodels' own iteration (checked against
    this where it succeeds) returns 0 when a step overshoots the root, so it is not used alone."""
    target = len(y) - 1
    if generalised_q(0.0, y, v) <= target:
        return 0.0
    high = 1.0
    while generalised_q(high, y, v) > target:
        high *= 2
    return optimize.brentq(lambda t: generalised_q(t, y, v) - target, 0.0, high, xtol=1e-15, rtol=1e-15)


def mantel_haenszel(studies, measure):
    a, n1, c, n2 = (np.array([s[i] for s in studies], dtype=float) for i in range(4))
    b, d, n = n1 - a, n2 - c, n1 + n2
    if measure == "or":
        r, s = a * d / n, b * c / n
        p, q = (a + d) / n, (b + c) / n
        R, S = r.sum(), s.sum()
        if R == 0 or S == 0:
            return None
        var = 0.5 * ((p * r).sum() / R ** 2 + (p * s + q * r).sum() / (R * S) + (q * s).sum() / S ** 2)
        return math.log(R / S), math.sqrt(var), s
    if measure == "rr":
        r, s = a * n2 / n, c * n1 / n
        R, S = r.sum(), s.sum()
        if R == 0 or S == 0:
            return None
        var = ((n1 * n2 * (a + c) / n - a * c) / n).sum() / (R * S)
        return math.log(R / S), math.sqrt(var), s
    w = n1 * n2 / n
    rd = ((a * n2 - c * n1) / n).sum() / w.sum()
    p = ((c * n1 ** 2 - a * n2 ** 2 + n1 * n2 * (n2 - n1) / 2) / n ** 2).sum()
    q = ((a * (n2 - c) + c * (n1 - a)) / n).sum() / 2
    return rd, math.sqrt(max(0.0, rd * p + q) / w.sum() ** 2), w


def peto(studies):
    a, n1, c, n2 = (np.array([s[i] for s in studies], dtype=float) for i in range(4))
    n = n1 + n2
    e = (a + c) * n1 / n
    v = (a + c) * (n - a - c) * (n1 / n) * (n2 / n) / (n - 1)
    return (a - e).sum() / v.sum(), math.sqrt(1 / v.sum()), v


def egger(y, v):
    if len(y) < 10:
        return None
    se = np.sqrt(v)
    fit = sm.OLS(y / se, sm.add_constant(1 / se)).fit()
    return {"t": fit.tvalues[0], "p": fit.pvalues[0]}


def analyse(kind, studies, measure, fixed, tau2_method, hksj, level):
    effects = {"counts": count_effects, "means": mean_effects, "estimates": estimate_effects}[kind]
    y_all, v_all, excluded = effects(studies, measure)
    keep = [i for i, e in enumerate(excluded) if not e]
    if len(keep) < 2:
        return None
    y = np.array([y_all[i] for i in keep])
    v = np.array([v_all[i] for i in keep])
    k = len(y)
    alpha = 1 - level
    z = stats.norm.isf(alpha / 2)
    natural = math.exp if measure in ("rr", "or", "ratio") else (lambda x: x)

    if tau2_method == "pm":
        res = combine_effects(y, v, method_re="iterated", alpha=alpha, atol=1e-10, maxiter=1000)
        tau2 = paule_mandel(y, v)
        if float(res.tau2) > 0 or float(res.q) <= k - 1:
            assert abs(float(res.tau2) - tau2) <= 1e-7 * max(1.0, tau2), (float(res.tau2), tau2)
    elif tau2_method == "dl":
        res = combine_effects(y, v, method_re="chi2", alpha=alpha)
        tau2 = max(0.0, float(res.tau2))
    else:
        res = combine_effects(y, v, method_re="chi2", alpha=alpha)
        tau2 = reml(y, v)
    q = float(res.q)

    if fixed == "iv":
        fmean, fse, fweights = float(res.mean_effect_fe), float(res.sd_eff_w_fe), 1 / v
    elif fixed == "mh":
        pooled = mantel_haenszel([studies[i] for i in keep], measure)
        if pooled is None:
            return None
        fmean, fse, fweights = pooled
    else:
        fmean, fse, fweights = peto([studies[i] for i in keep])

    w = 1 / (v + tau2)
    rmean = (w * y).sum() / w.sum()
    rse = math.sqrt(1 / w.sum())
    if tau2_method == "dl" and float(res.tau2) >= 0:
        assert abs(rmean - float(res.mean_effect_re)) <= 1e-12 * max(1, abs(rmean))
    if hksj:
        rse = math.sqrt((w * (y - rmean) ** 2).sum() / (k - 1) / w.sum())
        if tau2_method == "dl" and float(res.tau2) >= 0:
            assert abs(rse - math.sqrt(float(res.var_hksj_re))) <= 1e-12 * rse
        crit = stats.t.isf(alpha / 2, k - 1)
        rstat = rmean / rse
        rp = 2 * stats.t.sf(abs(rstat), k - 1)
    else:
        crit = z
        rstat = rmean / rse
        rp = 2 * stats.norm.sf(abs(rstat))
    prediction = None
    if k >= 3:
        half = stats.t.isf(alpha / 2, k - 2) * math.sqrt(tau2 + rse * rse)
        prediction = [natural(rmean - half), natural(rmean + half)]
    fz = fmean / fse
    weights_fixed, weights_random = [0.0] * len(studies), [0.0] * len(studies)
    for position, i in enumerate(keep):
        weights_fixed[i] = 100 * fweights[position] / np.sum(fweights)
        weights_random[i] = 100 * w[position] / w.sum()
    return {
        "kind": kind, "studies": studies, "measure": measure, "fixedMethod": fixed, "tau2Method": tau2_method,
        "hksj": hksj, "level": level, "excluded": excluded, "effects": y_all, "variances": v_all, "k": k,
        "fixed": natural(fmean), "fixedLow": natural(fmean - z * fse), "fixedHigh": natural(fmean + z * fse),
        "fixedZ": fz, "fixedP": 2 * stats.norm.sf(abs(fz)),
        "random": natural(rmean), "randomLow": natural(rmean - crit * rse), "randomHigh": natural(rmean + crit * rse),
        "randomStatistic": rstat, "randomP": rp, "prediction": prediction,
        "q": q, "qP": stats.chi2.sf(q, k - 1), "i2": max(0.0, (q - (k - 1)) / q) * 100 if q > 0 else 0.0,
        "tau2": tau2, "egger": egger(y, v), "weightsFixed": weights_fixed, "weightsRandom": weights_random,
    }


def random_counts(rng, k):
    base = rng.choice([0.01, 0.03, 0.1, 0.3, 0.5])
    studies = []
    for _ in range(k):
        n1, n2 = rng.randint(10, 400), rng.randint(10, 400)
        p2 = min(0.95, base * math.exp(rng.gauss(0, 0.5)))
        p1 = min(0.95, p2 * math.exp(rng.gauss(-0.3, 0.4)))
        studies.append([sum(rng.random() < p1 for _ in range(n1)), n1, sum(rng.random() < p2 for _ in range(n2)), n2])
    return studies


def random_means(rng, k):
    spread = rng.choice([0.0, 0.3, 1.0])
    studies = []
    for _ in range(k):
        sd = rng.uniform(0.5, 20)
        n1, n2 = rng.randint(3, 200), rng.randint(3, 200)
        delta = rng.gauss(-0.4, spread) * sd
        m2 = rng.uniform(-50, 50)
        studies.append([round(m2 + delta + rng.gauss(0, sd / math.sqrt(n1)), 3), round(sd * rng.uniform(0.7, 1.3), 3), n1,
                        round(m2, 3), round(sd * rng.uniform(0.7, 1.3), 3), n2])
    return studies


def random_estimates(rng, k, measure):
    spread = rng.choice([0.0, 0.2, 0.6])
    mu = rng.gauss(-0.3, 0.3)
    studies = []
    for _ in range(k):
        se = rng.uniform(0.05, 0.8)
        y = mu + rng.gauss(0, spread) + rng.gauss(0, se)
        level = rng.choice([0.95, 0.95, 0.9, 0.99])
        z = stats.norm.isf((1 - level) / 2)
        if measure == "ratio":
            studies.append([round(math.exp(y), 4), round(math.exp(y - z * se), 4), round(math.exp(y + z * se), 4), level])
        else:
            studies.append([round(y, 4), round(y - z * se, 4), round(y + z * se, 4), level])
    return studies


def cases():
    rng = random.Random(20240611)
    out = []
    sizes = [2, 3, 4, 5, 7, 10, 12, 15, 25]
    for index in range(50):
        k = sizes[index % len(sizes)]
        studies = random_counts(rng, k)
        for measure, fixed in [("rr", "mh"), ("or", "mh"), ("rd", "mh"), ("or", "peto"), ("rr", "iv")]:
            tau2_method = ["reml", "dl", "pm"][(index + len(out)) % 3]
            result = analyse("counts", studies, measure, fixed, tau2_method, (index + len(out)) % 4 == 0, 0.95)
            if result:
                out.append(result)
    for index in range(30):
        k = sizes[index % len(sizes)]
        studies = random_means(rng, k)
        for measure in ["md", "smd"]:
            for tau2_method in ["reml", "dl", "pm"]:
                result = analyse("means", studies, measure, "iv", tau2_method, index % 3 == 0, [0.95, 0.9][index % 2])
                if result:
                    out.append(result)
    for index in range(30):
        k = sizes[index % len(sizes)]
        measure = ["ratio", "difference"][index % 2]
        studies = random_estimates(rng, k, measure)
        for tau2_method in ["reml", "dl", "pm"]:
            result = analyse("estimates", studies, measure, "iv", tau2_method, index % 2 == 0, 0.95)
            if result:
                out.append(result)
    return out


if __name__ == "__main__":
    # statsmodels takes the square root of an unclipped negative DL tau2; those values are not used.
    warnings.filterwarnings("ignore", message="invalid value encountered in sqrt")
    write_vectors("meta_analysis", cases(), "statsmodels 0.15 meta_analysis + scipy; REML, MH, Peto, SMD, prediction written out")
