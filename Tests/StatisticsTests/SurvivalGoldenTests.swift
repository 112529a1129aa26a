import Testing
@testable import Statistics

/// Golden cases from scripts/golden/survival.py (statsmodels SurvfuncRight and survdiff).
struct KaplanMeierCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Row: Decodable, Sendable {
        let time: Double, atRisk: Int, events: Int, censored: Int, survival: Double, standardError: Double?
    }
    struct Query: Decodable, Sendable { let time: Double, survival: Double? }
    let times: [Double], events: [Int], rows: [Row], median: Double?, medianStrict: Double?, at: [Query]
    var testDescription: String { "n=\(times.count), \(rows.count) event times" }
}

struct LogRankCase: Decodable, Sendable, CustomTestStringConvertible {
    let groups: [String], times: [Double], events: [Int], statistic: Double?, df: Double?, pValue: Double?
    var testDescription: String { "n=\(times.count), groups \(Set(groups).count)" }
}

@Suite("Survival golden vectors")
struct SurvivalGoldenTests {
    static let curves = (try? GoldenVectors.load("kaplan_meier", as: KaplanMeierCase.self)) ?? []
    static let logRanks = (try? GoldenVectors.load("log_rank", as: LogRankCase.self)) ?? []

    @Test func goldenFilesLoad() {
        #expect(Self.curves.count >= 100)
        #expect(Self.logRanks.count >= 150)
    }

    @Test(arguments: curves)
    func kaplanMeier(_ golden: KaplanMeierCase) throws {
        let curve = try KaplanMeier.estimate(times: golden.times, events: golden.events.map { $0 == 1 })
        #expect(curve.steps.count == golden.rows.count)
        for (step, row) in zip(curve.steps, golden.rows) {
            #expect(step.time == row.time && step.atRisk == row.atRisk && step.events == row.events && step.censored == row.censored)
            expectClose(step.survival, row.survival, absolute: 1e-15, "S(\(row.time))")
            if let expected = row.standardError {
                expectClose(step.standardError ?? .nan, expected, absolute: 1e-15, "SE(\(row.time))")
            } else {
                #expect(step.standardError == nil, "SE at S = 0")
            }
        }
        #expect(curve.median == golden.median)
        if curve.median != golden.medianStrict {
            #expect(curve.steps.contains { abs($0.survival - 0.5) < 1e-10 }, "medians differ only where S = 0.5")
        }
        for query in golden.at {
            if let expected = query.survival {
                expectClose(try curve.survival(at: query.time), expected, absolute: 1e-15, "S at \(query.time)")
            } else {
                #expect(throws: StatisticsError.self) { try curve.survival(at: query.time) }
            }
        }
    }

    @Test(arguments: logRanks)
    func logRank(_ golden: LogRankCase) throws {
        let records = golden.groups.indices.map {
            SurvivalRecord(group: golden.groups[$0], time: golden.times[$0], event: golden.events[$0] == 1)
        }
        guard let statistic = golden.statistic, let pValue = golden.pValue else {
            #expect(throws: StatisticsError.self) { try LogRankTest.test(records) }
            return
        }
        let result = try LogRankTest.test(records)
        expectClose(result.test.statistic ?? .nan, statistic, relative: 1e-9, absolute: 1e-12, "chi-square")
        #expect(result.test.degreesOfFreedom == golden.df)
        expectClose(result.test.pValue, pValue, relative: 1e-9, absolute: 1e-13, "P")
        expectClose(result.observed.reduce(0, +), result.expected.reduce(0, +), "ΣO = ΣE")
    }
}
