/// Hedges' g: the bias-corrected standardized mean difference (mean₁ − mean₂) / pooled SD, with a
/// normal-approximation confidence interval.
///
/// Computed as `statsmodels.stats.meta_analysis.effectsize_smd` does (Borenstein et al. 2009,
/// Introduction to Meta-Analysis, ch. 4): d = (mean₁ − mean₂) / s_pooled, the approximate
/// correction J = 1 − 3 / (4(n₁ + n₂) − 9), g = J·d, and the usual large-sample variance
/// Var(g) = (n₁ + n₂)/(n₁ n₂) + g² / (2(n₁ + n₂ − 3.94)). The interval is g ± z·√Var(g).
public struct HedgesG: Equatable, Sendable {
    /// The bias-corrected standardized mean difference g.
    public let value: Double
    /// The large-sample variance of g.
    public let variance: Double
    /// The interval g ± z √Var(g) at the requested level.
    public let interval: ConfidenceInterval

    /// The standard error √Var(g).
    public var standardError: Double { variance.squareRoot() }

    /// g as an `Estimate` a report can print with its method.
    public var estimate: Estimate {
        Estimate(value: value, interval: interval,
                 method: "Hedges' g (J = 1 − 3/(4N − 9)) with large-sample normal interval")
    }

    /// Hedges' g of the first group against the second, with its interval at `level`; throws
    /// `.undefined` with fewer than two observations in a group or zero variance in both.
    public init(_ first: SampleSummary, _ second: SampleSummary, level: Double = 0.95) throws(StatisticsError) {
        try TwoSampleContinuous.validateLevel(level)
        guard first.count >= 2, second.count >= 2 else {
            throw .undefined("Hedges' g needs at least two observations in each group")
        }
        let pooled = try TwoSampleContinuous.pooled(first, second)
        let n1 = Double(first.count)
        let n2 = Double(second.count)
        let total = n1 + n2
        let d = try TwoSampleContinuous.difference(first, second) / pooled.standardDeviation
        let g = (1 - 3 / (4 * total - 9)) * d
        guard g.isFinite else { throw .undefined("the standardized difference overflows: the pooled SD is too small") }
        let variance = total / (n1 * n2) + g * g / (2 * (total - 3.94))
        let z = -NormalDistribution.standardQuantile((1 - level) / 2)
        let halfWidth = z * variance.squareRoot()
        self.value = g
        self.variance = variance
        self.interval = ConfidenceInterval(low: g - halfWidth, high: g + halfWidth, level: level)
    }

    /// Hedges' g from raw values.
    public init(_ first: [Double], _ second: [Double], level: Double = 0.95) throws(StatisticsError) {
        try self.init(SampleSummary(values: first), SampleSummary(values: second), level: level)
    }
}
