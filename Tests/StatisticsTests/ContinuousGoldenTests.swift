import Testing
import Statistics

/// Golden vectors from numpy, scipy and statsmodels (scripts/golden/continuous.py) for descriptive
/// statistics, t-tests, mean differences, Hedges' g and one-way ANOVA, to 1e-9 relative.
@Suite("Continuous methods against numpy, scipy and statsmodels")
struct ContinuousGoldenTests {
    struct DescriptiveCase: Decodable, Sendable {
        let values: [Double]
        let count: Int
        let mean: Double
        let sd: Double?
        let median: Double
        let q1: Double
        let q3: Double
        let min: Double
        let max: Double
        let p10: Double
        let p90: Double
    }

    struct TestCase: Decodable, Sendable {
        let t: Double
        let p: Double
        let df: Double
        let intervals: [[Double]]
    }

    struct HedgesCase: Decodable, Sendable {
        let g: Double
        let variance: Double
        let intervals: [[Double]]
    }

    struct SummaryCase: Decodable, Sendable {
        let mean1: Double, sd1: Double, n1: Int
        let mean2: Double, sd2: Double, n2: Int
        let student: TestCase
        let welch: TestCase
        let hedges: HedgesCase
    }

    struct RawCase: Decodable, Sendable {
        let first: [Double]
        let second: [Double]
        let student: TestCase
        let welch: TestCase
        let hedges: HedgesCase
    }

    struct AnovaCase: Decodable, Sendable {
        let groups: [[Double]]
        let f: Double
        let p: Double
        let dfBetween: Double
        let dfWithin: Double
        let means: [Double]
        let sds: [Double]
    }

    @Test("descriptive statistics match numpy (type 7 quantiles)")
    func descriptives() throws {
        let cases = try GoldenVectors.load("descriptives", as: DescriptiveCase.self)
        #expect(cases.count >= 40)
        for item in cases {
            let d = try Descriptives(item.values)
            let label = "n = \(item.count)"
            #expect(d.count == item.count)
            expectClose(d.mean, item.mean, absolute: 1e-12, "mean, \(label)")
            if let sd = item.sd {
                expectClose(d.standardDeviation ?? .nan, sd, absolute: 1e-12, "SD, \(label)")
            } else {
                #expect(d.standardDeviation == nil)
            }
            expectClose(d.median, item.median, "median, \(label)")
            expectClose(d.lowerQuartile, item.q1, "Q1, \(label)")
            expectClose(d.upperQuartile, item.q3, "Q3, \(label)")
            expectClose(try Descriptives.quantile(item.values, 0.1), item.p10, "P10, \(label)")
            expectClose(try Descriptives.quantile(item.values, 0.9), item.p90, "P90, \(label)")
            #expect(d.minimum == item.min && d.maximum == item.max)
        }
    }

    @Test("t-tests, intervals and Hedges' g from summaries match scipy and statsmodels")
    func fromSummaries() throws {
        let cases = try GoldenVectors.load("two_sample_summaries", as: SummaryCase.self)
        #expect(cases.count >= 200)
        for item in cases {
            let first = try SampleSummary(mean: item.mean1, standardDeviation: item.sd1, count: item.n1)
            let second = try SampleSummary(mean: item.mean2, standardDeviation: item.sd2, count: item.n2)
            let label = "\(item.mean1)±\(item.sd1) (\(item.n1)) vs \(item.mean2)±\(item.sd2) (\(item.n2))"
            check(try TTest.student(first, second), item.student, "Student, \(label)")
            check(try TTest.welch(first, second), item.welch, "Welch, \(label)")
            for row in item.student.intervals {
                checkInterval(try MeanDifference.student(first, second, level: row[0]).interval, row, "Student CI, \(label)")
            }
            for row in item.welch.intervals {
                checkInterval(try MeanDifference.welch(first, second, level: row[0]).interval, row, "Welch CI, \(label)")
            }
            checkHedges({ level throws(StatisticsError) in try HedgesG(first, second, level: level) }, item.hedges, label)
        }
    }

    @Test("t-tests, intervals and Hedges' g from raw values match scipy and statsmodels")
    func fromRawValues() throws {
        let cases = try GoldenVectors.load("two_sample_raw", as: RawCase.self)
        #expect(cases.count >= 40)
        for item in cases {
            let label = "n = \(item.first.count) vs \(item.second.count)"
            check(try TTest.student(item.first, item.second), item.student, "Student, \(label)")
            check(try TTest.welch(item.first, item.second), item.welch, "Welch, \(label)")
            for row in item.student.intervals {
                checkInterval(try MeanDifference.student(item.first, item.second, level: row[0]).interval, row, "Student CI, \(label)")
            }
            for row in item.welch.intervals {
                checkInterval(try MeanDifference.welch(item.first, item.second, level: row[0]).interval, row, "Welch CI, \(label)")
            }
            checkHedges({ level throws(StatisticsError) in try HedgesG(item.first, item.second, level: level) }, item.hedges, label)
        }
    }

    @Test("one-way ANOVA from raw groups and from summaries matches scipy.stats.f_oneway")
    func anova() throws {
        let cases = try GoldenVectors.load("one_way_anova", as: AnovaCase.self)
        #expect(cases.count >= 30)
        for item in cases {
            let label = "groups of \(item.groups.map(\.count))"
            let raw = try OneWayANOVA.test(item.groups)
            expectClose(raw.statistic ?? .nan, item.f, absolute: 1e-12, "F, \(label)")
            expectClose(raw.pValue, item.p, absolute: 1e-300, "P, \(label)")
            #expect(raw.degreesOfFreedom == item.dfBetween && raw.denominatorDegreesOfFreedom == item.dfWithin)
            let summaries = try zip(item.means, zip(item.sds, item.groups)).map { entry throws(StatisticsError) in
                try SampleSummary(mean: entry.0, standardDeviation: entry.1.0, count: entry.1.1.count)
            }
            let fromSummaries = try OneWayANOVA.test(summaries: summaries)
            expectClose(fromSummaries.statistic ?? .nan, item.f, relative: 1e-9, absolute: 1e-12, "F from summaries, \(label)")
            expectClose(fromSummaries.pValue, item.p, relative: 1e-9, absolute: 1e-300, "P from summaries, \(label)")
        }
    }

    private func check(_ result: TestResult, _ expected: TestCase, _ label: String) {
        expectClose(result.statistic ?? .nan, expected.t, absolute: 1e-12, "t, \(label)")
        expectClose(result.degreesOfFreedom ?? .nan, expected.df, "df, \(label)")
        expectClose(result.pValue, expected.p, absolute: 1e-300, "P, \(label)")
    }

    private func checkInterval(_ interval: ConfidenceInterval?, _ row: [Double], _ label: String) {
        expectClose(interval?.low ?? .nan, row[1], absolute: 1e-12, "\(label) low at \(row[0])")
        expectClose(interval?.high ?? .nan, row[2], absolute: 1e-12, "\(label) high at \(row[0])")
    }

    private func checkHedges(_ make: (Double) throws(StatisticsError) -> HedgesG, _ expected: HedgesCase, _ label: String) {
        for row in expected.intervals {
            do {
                let g = try make(row[0])
                expectClose(g.value, expected.g, absolute: 1e-12, "g, \(label)")
                expectClose(g.variance, expected.variance, "Var(g), \(label)")
                checkInterval(g.interval, row, "Hedges' g CI, \(label)")
            } catch {
                Issue.record("Hedges' g threw \(error) for \(label)")
            }
        }
    }
}
