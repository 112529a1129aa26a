/// One-way analysis of variance: are the means of two or more groups equal?
///
/// F = [SS_between / (k − 1)] / [SS_within / (N − k)] with P = P(F(k − 1, N − k) > F) computed
/// from the upper tail directly; matches `scipy.stats.f_oneway`. From summaries, SS_within is
/// Σ (nᵢ − 1) sᵢ² and SS_between Σ nᵢ (meanᵢ − grand mean)². Only a P value below the smallest
/// Double (about 1e-308) is returned as 0.
public enum OneWayANOVA {
    /// The F test from raw groups; throws with fewer than two groups, an empty group, N − k < 1,
    /// a non-finite value, or no variation within any group.
    public static func test(_ groups: [[Double]]) throws(StatisticsError) -> TestResult {
        guard groups.count >= 2 else { throw .invalidArgument("one-way ANOVA needs at least two groups") }
        var summaries: [(mean: Double, sumOfSquares: Double, count: Int)] = []
        for group in groups {
            let moments = try SampleSummary.moments(group)
            summaries.append((moments.mean, moments.sumOfSquares, group.count))
        }
        return try test(summaries)
    }

    /// The F test from group summaries (mean, SD, n), as published in a trial report.
    public static func test(summaries: [SampleSummary]) throws(StatisticsError) -> TestResult {
        guard summaries.count >= 2 else { throw .invalidArgument("one-way ANOVA needs at least two groups") }
        return try test(summaries.map { ($0.mean, Double($0.count - 1) * $0.variance, $0.count) })
    }

    private static func test(_ groups: [(mean: Double, sumOfSquares: Double, count: Int)]) throws(StatisticsError) -> TestResult {
        let total = groups.reduce(0.0) { $0 + Double($1.count) }
        let k = Double(groups.count)
        guard total - k >= 1 else {
            throw .undefined("one-way ANOVA needs more observations than groups")
        }
        let grandMean = SampleSummary.compensatedSum(groups.map { Double($0.count) * $0.mean }) / total
        let between = SampleSummary.compensatedSum(groups.map { Double($0.count) * ($0.mean - grandMean) * ($0.mean - grandMean) })
        let within = SampleSummary.compensatedSum(groups.map { $0.sumOfSquares })
        guard between.isFinite, within.isFinite else {
            throw .undefined("the sums of squares overflow a Double")
        }
        guard within > 0 else {
            throw .undefined("no variation within any group: the F statistic is undefined")
        }
        let f = (between / (k - 1)) / (within / (total - k))
        guard f.isFinite else { throw .undefined("the F statistic overflows") }
        let distribution = try FDistribution(numeratorDegreesOfFreedom: k - 1, denominatorDegreesOfFreedom: total - k)
        return TestResult(
            statistic: f, degreesOfFreedom: k - 1, denominatorDegreesOfFreedom: total - k,
            pValue: distribution.sf(f), method: "one-way ANOVA (F test)")
    }
}
