"""Golden vectors for GRIMMER and DEBIT (SummaryConsistency).

Oracle: brute force. Every multiset of n whole numbers from a small scale is enumerated and its
mean and sample SD rounded to two decimals; a printed (mean, SD) pair is possible exactly when
some multiset rounds to it. For 0/1 data every count of ones is enumerated. Pairs are drawn both
from achieved values (possible) and from near misses (mostly impossible); the scale enumerated is
wide enough that no sample outside it can give a listed pair, so the oracle is exact.
Run from the repository root: python3 scripts/golden/consistency.py
"""
import itertools
import math
import random
import statistics

from common import write_vectors


def rounded(x):
    return f"{x + 1e-12:.2f}"


def achievable(n, values):
    pairs = set()
    for sample in itertools.combinations_with_replacement(values, n):
        pairs.add((rounded(statistics.fmean(sample)), rounded(statistics.stdev(sample))))
    return pairs


def grimmer_cases(rng):
    cases = []
    for n in (3, 4, 5, 6):
        # An SD of at most 2.5 keeps every value within 2.5·√(n − 1) < 5.6 of a mean in [1, 7],
        # so enumerating -5..14 finds every sample that could give such a pair: the oracle is exact.
        pairs = achievable(n, range(-5, 15))
        means = sorted({m for m, _ in pairs if 1.0 <= float(m) <= 7.0})
        for _ in range(60):
            mean = rng.choice(means)
            possible = [sd for m, sd in pairs if m == mean and float(sd) <= 2.5]
            sd = rng.choice(possible)
            cases.append({"n": n, "mean": mean, "sd": sd, "consistent": True})
            near = f"{float(sd) + rng.choice([-0.02, -0.01, 0.01, 0.02]):.2f}"
            if float(near) > 0.05 and float(near) <= 2.5:
                cases.append({"n": n, "mean": mean, "sd": near, "consistent": (mean, near) in pairs})
    return cases


def debit_cases(rng):
    cases = []
    for n in (5, 10, 24, 37, 60, 150):
        achieved = {(rounded(k / n), rounded(math.sqrt(k * (n - k) / (n * (n - 1))))) for k in range(n + 1)}
        for k in rng.sample(range(1, n), min(8, n - 1)):
            mean, sd = rounded(k / n), rounded(math.sqrt(k * (n - k) / (n * (n - 1))))
            cases.append({"n": n, "mean": mean, "sd": sd, "consistent": True})
            near = f"{float(sd) + rng.choice([-0.03, -0.02, 0.02, 0.03]):.2f}"
            cases.append({"n": n, "mean": mean, "sd": near, "consistent": (mean, near) in achieved})
    return cases


if __name__ == "__main__":
    rng = random.Random(1729)
    write_vectors("summary_consistency",
                  [dict(case, test="grimmer") for case in grimmer_cases(rng)] + [dict(case, test="debit") for case in debit_cases(rng)],
                  "brute-force enumeration of whole-number and 0/1 samples")
