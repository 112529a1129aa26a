/// Two-sample t-tests of equal means: Student's (pooled variance) and Welch's (unequal variances).
///
/// The statistic is t = (mean₁ − mean₂) / SE and the P value is two-sided, P(|T| ≥ |t|), computed
/// from the incomplete beta function directly so it stays accurate below 1e-300. Results match
/// `scipy.stats.ttest_ind` / `ttest_ind_from_stats` with `equal_var=True` and `False`.
/// Degenerate data throw rather than return NaN: zero variance in both groups (`.undefined`),
/// too few observations (`.undefined`), non-finite values (`.invalidArgument`). Only a P value
/// below the smallest Double (about 1e-308) is returned as 0.
public enum TTest {
    /// Student's two-sample t-test with pooled variance and n₁ + n₂ − 2 degrees of freedom.
    public static func student(_ first: SampleSummary, _ second: SampleSummary) throws(StatisticsError) -> TestResult {
        let pooled = try TwoSampleContinuous.pooled(first, second)
        let standardError = pooled.standardDeviation * (1 / Double(first.count) + 1 / Double(second.count)).squareRoot()
        return try result(
            difference: TwoSampleContinuous.difference(first, second), standardError: standardError,
            degreesOfFreedom: pooled.degreesOfFreedom, method: "Student two-sample t-test (pooled variance)")
    }

    /// Student's two-sample t-test from raw values.
    public static func student(_ first: [Double], _ second: [Double]) throws(StatisticsError) -> TestResult {
        try student(SampleSummary(values: first), SampleSummary(values: second))
    }

    /// Welch's two-sample t-test with Welch–Satterthwaite degrees of freedom (fractional).
    public static func welch(_ first: SampleSummary, _ second: SampleSummary) throws(StatisticsError) -> TestResult {
        let welch = try TwoSampleContinuous.welch(first, second)
        return try result(
            difference: TwoSampleContinuous.difference(first, second), standardError: welch.standardError,
            degreesOfFreedom: welch.degreesOfFreedom, method: "Welch two-sample t-test (unequal variances)")
    }

    /// Welch's two-sample t-test from raw values.
    public static func welch(_ first: [Double], _ second: [Double]) throws(StatisticsError) -> TestResult {
        try welch(SampleSummary(values: first), SampleSummary(values: second))
    }

    private static func result(difference: Double, standardError: Double, degreesOfFreedom: Double, method: String) throws(StatisticsError) -> TestResult {
        let t = difference / standardError
        guard t.isFinite else { throw .undefined("the t statistic overflows: the standard error is too small for the difference") }
        let distribution = try StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
        return TestResult(statistic: t, degreesOfFreedom: degreesOfFreedom, pValue: distribution.twoSidedPValue(t), method: method)
    }
}
