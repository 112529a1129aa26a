/// The Mann-Whitney U test (Wilcoxon rank-sum test) comparing two independent groups of values.
///
/// U is reported for the first group: U = R₁ - n₁(n₁+1)/2, where R₁ is the first group's rank
/// sum with midranks for ties (R's W). The P value is two-sided. With `.automatic`, the exact
/// null distribution is used when both groups have fewer than 50 values and there are no ties
/// (R's wilcox.test rule); otherwise the normal approximation with tie and continuity
/// corrections, as R's wilcox.test (correct = TRUE) and scipy's mannwhitneyu (asymptotic) compute
/// it. Ranking costs O(n log n).
public enum MannWhitneyU {
    /// How the P value is computed.
    public enum Method: Equatable, Sendable {
        /// Exact when both groups have fewer than 50 values and no value is tied; otherwise normal.
        case automatic
        /// The exact permutation distribution of U; requires no ties.
        case exact
        /// The normal approximation with tie and continuity corrections.
        case normalApproximation
    }

    /// Tests whether values in `first` tend to be larger or smaller than values in `second`.
    ///
    /// Returns U for `first` as the statistic (degrees of freedom nil) and the two-sided P value.
    /// When every value is tied the data carry no evidence of a difference and P is 1 (scipy's
    /// value; the normal approximation's variance is zero). Throws `.invalidArgument` for an empty
    /// group, a non-finite value, or `.exact` with ties or with m·n above 10,000 (its cost grows as (m·n)²).
    public static func test(_ first: [Double], _ second: [Double], method: Method = .automatic) throws(StatisticsError) -> TestResult {
        guard !first.isEmpty, !second.isEmpty else {
            throw .invalidArgument("each group needs at least one value")
        }
        guard first.allSatisfy(\.isFinite), second.allSatisfy(\.isFinite) else {
            throw .invalidArgument("values must be finite numbers")
        }
        let ranks = RankSum(first, second)
        let m = Double(first.count)
        let n = Double(second.count)
        let u = ranks.firstRankSum - m * (m + 1) / 2
        let useExact: Bool
        switch method {
        case .automatic: useExact = first.count < 50 && second.count < 50 && !ranks.hasTies
        case .exact:
            guard !ranks.hasTies else { throw .invalidArgument("the exact Mann-Whitney distribution requires values without ties") }
            guard m * n <= 10_000 else {
                throw .invalidArgument("the exact Mann-Whitney distribution is limited to m·n <= 10,000; use the normal approximation")
            }
            useExact = true
        case .normalApproximation: useExact = false
        }
        if useExact {
            let law = MannWhitneyExactDistribution(m: first.count, n: second.count)
            let p = min(1, 2 * law.cdf(min(u, m * n - u)))
            return TestResult(statistic: u, degreesOfFreedom: nil, pValue: p, method: "Mann-Whitney U test (exact)")
        }
        let method = "Mann-Whitney U test (normal approximation with tie and continuity corrections)"
        let total = m + n
        let variance = m * n / 12 * ((total + 1) - ranks.tieTerm / (total * (total - 1)))
        let distance = abs(u - m * n / 2) - 0.5
        guard variance > 0, distance > 0 else {
            return TestResult(statistic: u, degreesOfFreedom: nil, pValue: 1, method: method)
        }
        let normal = try NormalDistribution()
        let p = min(1, 2 * normal.sf(distance / variance.squareRoot()))
        return TestResult(statistic: u, degreesOfFreedom: nil, pValue: p, method: method)
    }
}
