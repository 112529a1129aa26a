/// The P value implied by an estimate and its confidence interval (Altman and Bland, BMJ 2011;343:d2090).
///
/// The standard error is the interval's width over 2 z, where z is the normal quantile of the
/// interval's level (1.96 for 95%); the test statistic is the estimate over that standard error,
/// and P its two-sided normal tail. Ratios (risk, odds, hazard) are taken on the log scale, where
/// their intervals are symmetric.
public enum IntervalPValue {
    /// The z statistic of `estimate` with the interval (`lower`, `upper`) at `level`.
    ///
    /// Throws `.invalidArgument` unless lower < upper, the level lies in (0, 1), and, for ratios,
    /// the estimate and limits are positive.
    public static func z(estimate: Double, lower: Double, upper: Double, level: Double = 0.95, ratio: Bool) throws(StatisticsError) -> Double {
        guard level > 0, level < 1 else { throw .invalidArgument("the interval's level must lie between 0 and 1") }
        guard lower < upper, estimate.isFinite, lower.isFinite, upper.isFinite else {
            throw .invalidArgument("the interval's lower limit must be below its upper limit")
        }
        guard !ratio || (estimate > 0 && lower > 0) else { throw .invalidArgument("a ratio and its limits must be positive") }
        let scale: (Double) -> Double = ratio ? { Double.log($0) } : { $0 }
        let critical = try NormalDistribution().quantile(1 - (1 - level) / 2)
        let standardError = (scale(upper) - scale(lower)) / (2 * critical)
        return scale(estimate) / standardError
    }

    /// The two-sided P value implied by the estimate and its interval.
    public static func pValue(estimate: Double, lower: Double, upper: Double, level: Double = 0.95, ratio: Bool) throws(StatisticsError) -> Double {
        NormalDistribution.twoSidedStandardPValue(try z(estimate: estimate, lower: lower, upper: upper, level: level, ratio: ratio))
    }

    /// The two-sided P value of a standard normal deviate.
    public static func pValue(ofZ z: Double) -> Double { NormalDistribution.twoSidedStandardPValue(z) }

    /// The normal quantile that bounds an interval at `level` (1.959964 for 0.95).
    public static func critical(level: Double) throws(StatisticsError) -> Double {
        guard level > 0, level < 1 else { throw .invalidArgument("the interval's level must lie between 0 and 1") }
        return try NormalDistribution().quantile(1 - (1 - level) / 2)
    }
}
