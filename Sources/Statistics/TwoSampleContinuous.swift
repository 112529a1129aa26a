/// Checks and intermediate quantities shared by the two-sample continuous methods.
///
/// Variances are formed relative to the larger standard deviation, so neither tiny (1e-200) nor
/// huge (1e200) standard deviations underflow or overflow on squaring.
enum TwoSampleContinuous {
    /// Throws unless `level` lies strictly between 0 and 1.
    static func validateLevel(_ level: Double) throws(StatisticsError) {
        guard level > 0, level < 1 else {
            throw .invalidArgument("confidence level \(level) is not strictly between 0 and 1")
        }
    }

    /// The pooled standard deviation and its degrees of freedom, n₁ + n₂ − 2.
    static func pooled(_ first: SampleSummary, _ second: SampleSummary) throws(StatisticsError) -> (standardDeviation: Double, degreesOfFreedom: Double) {
        let n1 = Double(first.count)
        let n2 = Double(second.count)
        guard n1 + n2 >= 3 else {
            throw .undefined("a pooled variance needs at least three observations in the two groups together")
        }
        let scale = max(first.standardDeviation, second.standardDeviation)
        guard scale > 0 else { throw .undefined("zero variance in both groups: the statistic is undefined") }
        let u1 = first.standardDeviation / scale
        let u2 = second.standardDeviation / scale
        let scaledVariance = ((n1 - 1) * u1 * u1 + (n2 - 1) * u2 * u2) / (n1 + n2 - 2)
        guard scaledVariance > 0 else {
            throw .undefined("zero variance in both groups: the statistic is undefined")
        }
        return (scale * scaledVariance.squareRoot(), n1 + n2 - 2)
    }

    /// The Welch standard error of the difference in means and its Welch–Satterthwaite degrees of freedom.
    static func welch(_ first: SampleSummary, _ second: SampleSummary) throws(StatisticsError) -> (standardError: Double, degreesOfFreedom: Double) {
        guard first.count >= 2, second.count >= 2 else {
            throw .undefined("Welch's method needs at least two observations in each group")
        }
        let scale = max(first.standardDeviation, second.standardDeviation)
        guard scale > 0 else { throw .undefined("zero variance in both groups: the t statistic is undefined") }
        let u1 = first.standardDeviation / scale
        let u2 = second.standardDeviation / scale
        let w1 = u1 * u1 / Double(first.count)
        let w2 = u2 * u2 / Double(second.count)
        let df = (w1 + w2) * (w1 + w2) / (w1 * w1 / Double(first.count - 1) + w2 * w2 / Double(second.count - 1))
        return (scale * (w1 + w2).squareRoot(), df)
    }

    /// The difference mean₁ − mean₂; throws `.undefined` if it overflows.
    static func difference(_ first: SampleSummary, _ second: SampleSummary) throws(StatisticsError) -> Double {
        let difference = first.mean - second.mean
        guard difference.isFinite else { throw .undefined("the difference in means overflows a Double") }
        return difference
    }

    /// The two-sided critical value of Student's t with `degreesOfFreedom` for `level`.
    static func tCritical(level: Double, degreesOfFreedom: Double) throws(StatisticsError) -> Double {
        try validateLevel(level)
        return -(try StudentTDistribution(degreesOfFreedom: degreesOfFreedom)).quantile((1 - level) / 2)
    }
}
