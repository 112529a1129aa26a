/// The difference in means, mean₁ − mean₂, with a t-based confidence interval.
///
/// `student` uses the pooled variance and n₁ + n₂ − 2 degrees of freedom (the interval that
/// accompanies Student's t-test, as `scipy.stats.ttest_ind(...).confidence_interval()` with
/// `equal_var=True`); `welch` uses the Welch standard error and Welch–Satterthwaite degrees of freedom.
public enum MeanDifference {
    /// mean₁ − mean₂ with the Student (pooled-variance) interval at `level` (default 0.95).
    public static func student(_ first: SampleSummary, _ second: SampleSummary, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try TwoSampleContinuous.validateLevel(level)
        let pooled = try TwoSampleContinuous.pooled(first, second)
        let standardError = pooled.standardDeviation * (1 / Double(first.count) + 1 / Double(second.count)).squareRoot()
        let critical = try TwoSampleContinuous.tCritical(level: level, degreesOfFreedom: pooled.degreesOfFreedom)
        return try estimate(TwoSampleContinuous.difference(first, second), critical * standardError, level, "Student t interval (pooled variance)")
    }

    /// mean₁ − mean₂ with the Student interval, from raw values.
    public static func student(_ first: [Double], _ second: [Double], level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try student(SampleSummary(values: first), SampleSummary(values: second), level: level)
    }

    /// mean₁ − mean₂ with the Welch (unequal-variance) interval at `level` (default 0.95).
    public static func welch(_ first: SampleSummary, _ second: SampleSummary, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try TwoSampleContinuous.validateLevel(level)
        let welch = try TwoSampleContinuous.welch(first, second)
        let critical = try TwoSampleContinuous.tCritical(level: level, degreesOfFreedom: welch.degreesOfFreedom)
        return try estimate(TwoSampleContinuous.difference(first, second), critical * welch.standardError, level, "Welch t interval (unequal variances)")
    }

    /// mean₁ − mean₂ with the Welch interval, from raw values.
    public static func welch(_ first: [Double], _ second: [Double], level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try welch(SampleSummary(values: first), SampleSummary(values: second), level: level)
    }

    private static func estimate(_ difference: Double, _ halfWidth: Double, _ level: Double, _ method: String) throws(StatisticsError) -> Estimate {
        guard (difference - halfWidth).isFinite, (difference + halfWidth).isFinite else {
            throw .undefined("the interval limits overflow a Double")
        }
        return Estimate(
            value: difference,
            interval: ConfidenceInterval(low: difference - halfWidth, high: difference + halfWidth, level: level),
            method: method)
    }
}
