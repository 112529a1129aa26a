import Testing
import Statistics

/// Degenerate input to the continuous methods and distributions: never a crash, never a silent
/// NaN — a documented value or a `StatisticsError` with a reason.
@Suite("Degenerate input to continuous methods and distributions")
struct DegenerateContinuousTests {
    static func isUndefined(_ error: StatisticsError) -> Bool {
        if case .undefined = error { return true }
        return false
    }

    static func isInvalid(_ error: StatisticsError) -> Bool {
        if case .invalidArgument = error { return true }
        return false
    }

    @Test("zero variance in both groups is a typed error, not NaN or infinity")
    func zeroVarianceBothGroups() throws {
        let first = try SampleSummary(mean: 5, standardDeviation: 0, count: 8)
        let second = try SampleSummary(mean: 7, standardDeviation: 0, count: 6)
        #expect(throws: StatisticsError.self) { try TTest.student(first, second) }
        #expect(throws: StatisticsError.self) { try TTest.welch(first, second) }
        #expect(throws: StatisticsError.self) { try MeanDifference.student(first, second) }
        #expect(throws: StatisticsError.self) { try HedgesG(first, second) }
        do {
            _ = try TTest.welch([3, 3, 3], [3, 3, 3, 3])
            Issue.record("Welch's test of constant groups returned a value")
        } catch {
            #expect(Self.isUndefined(error))
            #expect(error.description.contains("zero variance"))
        }
    }

    @Test("zero variance in one group only still gives finite results")
    func zeroVarianceOneGroup() throws {
        let first = try SampleSummary(mean: 5, standardDeviation: 0, count: 8)
        let second = try SampleSummary(mean: 7, standardDeviation: 2, count: 6)
        let welch = try TTest.welch(first, second)
        #expect(welch.degreesOfFreedom == 5)
        #expect(welch.pValue > 0 && welch.pValue < 1)
        let student = try TTest.student(first, second)
        #expect(student.pValue.isFinite && student.pValue > 0)
    }

    @Test("identical groups give t = 0 and P = 1")
    func identicalGroups() throws {
        let values = [4.1, 5.2, 3.3, 6.4, 5.0]
        for result in [try TTest.student(values, values), try TTest.welch(values, values)] {
            #expect(result.statistic == 0)
            #expect(result.pValue == 1)
        }
        let g = try HedgesG(values, values)
        #expect(g.value == 0 && g.interval.contains(0))
    }

    @Test("too few observations throw with a reason")
    func tooFewObservations() throws {
        let single = try SampleSummary(mean: 1, standardDeviation: 0, count: 1)
        let pair = try SampleSummary(mean: 2, standardDeviation: 1, count: 2)
        #expect(throws: StatisticsError.self) { try TTest.student(single, single) }
        #expect(throws: StatisticsError.self) { try TTest.welch(single, pair) }
        #expect(throws: StatisticsError.self) { try HedgesG(single, pair) }
        #expect(throws: StatisticsError.self) { try SampleSummary(values: []) }
        let student = try TTest.student(single, pair)
        #expect(student.degreesOfFreedom == 1 && student.pValue.isFinite)
        let tiny = try TTest.welch([1, 2], [3, 5])
        #expect(tiny.degreesOfFreedom.map { $0 > 1 && $0 < 2 } == true)
    }

    @Test("invalid summaries and values are rejected", arguments: [
        (Double.nan, 1.0, 5), (1.0, -1.0, 5), (1.0, .infinity, 5), (.infinity, 1.0, 5), (1.0, 1.0, 0), (1.0, 1.0, -3),
    ])
    func invalidSummaries(mean: Double, sd: Double, count: Int) {
        #expect(throws: StatisticsError.self) { try SampleSummary(mean: mean, standardDeviation: sd, count: count) }
    }

    @Test("non-finite raw values are rejected by every method")
    func nonFiniteValues() {
        let bad = [1.0, .nan, 3.0]
        let good = [1.0, 2.0, 3.0]
        #expect(throws: StatisticsError.self) { try TTest.student(bad, good) }
        #expect(throws: StatisticsError.self) { try TTest.welch(good, [1, .infinity]) }
        #expect(throws: StatisticsError.self) { try Descriptives(bad) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test([good, bad]) }
        #expect(throws: StatisticsError.self) { try Descriptives.quantile(good, 1.5) }
        #expect(throws: StatisticsError.self) { try Descriptives.quantile([], 0.5) }
    }

    @Test("values whose spread overflows throw instead of giving infinity")
    func overflowingSpread() {
        #expect(throws: StatisticsError.self) { try TTest.welch([-1e308, 1e308, 0], [1, 2, 3]) }
    }

    @Test("tiny and huge scales give the same t, df and P as unit scale", arguments: [1e-200, 1e-150, 1e150, 1e200])
    func extremeScales(scale: Double) throws {
        let unitFirst = try SampleSummary(mean: 10, standardDeviation: 1, count: 10)
        let unitSecond = try SampleSummary(mean: 20, standardDeviation: 3, count: 12)
        let first = try SampleSummary(mean: 10 * scale, standardDeviation: scale, count: 10)
        let second = try SampleSummary(mean: 20 * scale, standardDeviation: 3 * scale, count: 12)
        for (scaled, unit) in [(try TTest.welch(first, second), try TTest.welch(unitFirst, unitSecond)),
                               (try TTest.student(first, second), try TTest.student(unitFirst, unitSecond))] {
            expectClose(scaled.statistic ?? .nan, unit.statistic ?? .nan, relative: 1e-13, "t at scale \(scale)")
            expectClose(scaled.degreesOfFreedom ?? .nan, unit.degreesOfFreedom ?? .nan, relative: 1e-13, "df at scale \(scale)")
            expectClose(scaled.pValue, unit.pValue, relative: 1e-12, "P at scale \(scale)")
        }
        expectClose(try HedgesG(first, second).value, try HedgesG(unitFirst, unitSecond).value, relative: 1e-13, "g at scale \(scale)")
        let interval = try #require(try MeanDifference.welch(first, second).interval)
        #expect(interval.low.isFinite && interval.high.isFinite && interval.contains(-10 * scale))
    }

    @Test("confidence levels outside (0, 1) are rejected", arguments: [0.0, 1.0, -0.5, 95.0, Double.nan])
    func invalidLevels(level: Double) throws {
        let first = [1.0, 2.0, 4.0]
        let second = [2.0, 3.5, 6.0, 1.0]
        #expect(throws: StatisticsError.self) { try MeanDifference.student(first, second, level: level) }
        #expect(throws: StatisticsError.self) { try MeanDifference.welch(first, second, level: level) }
        #expect(throws: StatisticsError.self) { try HedgesG(first, second, level: level) }
    }

    @Test("degenerate ANOVA layouts throw with a reason")
    func degenerateAnova() throws {
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test([[1, 2, 3]]) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test([[1, 2], []]) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test([[1], [2]]) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test([[2, 2], [5, 5, 5]]) }
        #expect(throws: StatisticsError.self) { try OneWayANOVA.test(summaries: []) }
        let equalMeans = try OneWayANOVA.test([[1, 2, 3], [3, 2, 1], [2, 1, 3]])
        #expect(equalMeans.statistic == 0 && equalMeans.pValue == 1)
        let singletons = try OneWayANOVA.test([[1], [2, 3], [5, 6, 7]])
        #expect(singletons.pValue.isFinite && singletons.denominatorDegreesOfFreedom == 3)
    }

    @Test("descriptives of one value have no SD; of constant values an SD of 0")
    func smallDescriptives() throws {
        let one = try Descriptives([42])
        #expect(one.standardDeviation == nil && one.median == 42 && one.lowerQuartile == 42 && one.upperQuartile == 42)
        #expect(throws: StatisticsError.self) { try one.summary() }
        let constant = try Descriptives([3, 3, 3, 3])
        #expect(constant.standardDeviation == 0 && constant.mean == 3)
        #expect(throws: StatisticsError.self) { try Descriptives([]) }
    }

    @Test("invalid distribution parameters throw .invalidArgument")
    func invalidDistributionParameters() {
        for df in [0.0, -1.0, .nan] {
            #expect(throws: StatisticsError.self) { try StudentTDistribution(degreesOfFreedom: df) }
            #expect(throws: StatisticsError.self) { try ChiSquaredDistribution(degreesOfFreedom: df) }
            #expect(throws: StatisticsError.self) { try FDistribution(numeratorDegreesOfFreedom: df, denominatorDegreesOfFreedom: 3) }
            #expect(throws: StatisticsError.self) { try FDistribution(numeratorDegreesOfFreedom: 3, denominatorDegreesOfFreedom: df) }
            #expect(throws: StatisticsError.self) { try BetaDistribution(alpha: df, beta: 1) }
            #expect(throws: StatisticsError.self) { try NormalDistribution(mean: 0, standardDeviation: df) }
        }
        #expect(throws: StatisticsError.self) { try HypergeometricDistribution(populationSize: -1, successes: 0, draws: 0) }
        #expect(throws: StatisticsError.self) { try HypergeometricDistribution(populationSize: 10, successes: 11, draws: 2) }
        #expect(throws: StatisticsError.self) { try HypergeometricDistribution(populationSize: 10, successes: 3, draws: 12) }
    }

    @Test("quantiles at 0, 1 and 1e-15 from either end are the bounds or finite")
    func quantileBounds() throws {
        let distributions: [any ContinuousDistribution] = [
            try NormalDistribution(), try StudentTDistribution(degreesOfFreedom: 0.5),
            try StudentTDistribution(degreesOfFreedom: 1e6), try ChiSquaredDistribution(degreesOfFreedom: 0.5),
            try FDistribution(numeratorDegreesOfFreedom: 1, denominatorDegreesOfFreedom: 1e6),
            try BetaDistribution(alpha: 0.5, beta: 2),
        ]
        for distribution in distributions {
            let low = distribution.quantile(0)
            let high = distribution.quantile(1)
            #expect(!low.isNaN && !high.isNaN && low < high)
            for p in [1e-15, 1e-5, 0.5, 1 - 1e-5, 1 - 1e-15] {
                let x = distribution.quantile(p)
                #expect(x.isFinite, "\(distribution).quantile(\(p)) = \(x)")
            }
            #expect(distribution.quantile(-0.1).isNaN || distribution.quantile(-0.1) == low)
        }
    }

    @Test("hypergeometric edge cases: empty population, full draws, k outside the support")
    func hypergeometricEdges() throws {
        let empty = try HypergeometricDistribution(populationSize: 0, successes: 0, draws: 0)
        #expect(empty.support == 0...0 && empty.pmf(0) == 1 && empty.cdf(0) == 1 && empty.sf(0) == 0)
        let all = try HypergeometricDistribution(populationSize: 20, successes: 7, draws: 20)
        #expect(all.pmf(7) == 1 && all.sf(6) == 1 && all.cdf(6) == 0)
        let law = try HypergeometricDistribution(populationSize: 1_000_000, successes: 400_000, draws: 500_000)
        #expect(law.logPMF(-1) == -.infinity && law.pmf(500_001) == 0)
        #expect(law.cdf(-5) == 0 && law.sf(-5) == 1 && law.cdf(500_000) == 1 && law.sf(500_000) == 0)
        expectClose(law.cdf(200_000), 0.5008143368511114, "cdf at the mode (scipy)")
        #expect((law.cdf(199_000) + law.sf(199_000) - 1).magnitude < 1e-12)
        expectClose(law.cdf(196_000), 3.1039113809154777e-60, "far lower tail (scipy)")
        expectClose(law.sf(204_500), 1.0645221414269477e-75, "far upper tail (scipy)")
    }
}
