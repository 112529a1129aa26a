import Testing
@testable import Statistics

/// Golden cases from scripts/golden/prognosis.py (statsmodels PHReg and SurvfuncRight).
struct PrognosisCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Cox: Decodable, Sendable {
        let beta: Double, standardError: Double, pValue: Double, hazardRatio: Double, low: Double, high: Double
    }
    struct Ratio: Decodable, Sendable { let hazardRatio: Double, low: Double, high: Double }
    struct Query: Decodable, Sendable { let time: Double, survival: Double?, low: Double?, high: Double? }
    struct Arm: Decodable, Sendable {
        let at: [Query], median: Double?, medianLow: Double?, medianHigh: Double?, medianHighUnbounded: Bool
    }
    let label: String, times: [Double], events: [Int], experimental: [Int]
    let cox: Cox?, coxError: String?, logRank: Ratio?, arms: [Arm]
    var testDescription: String { label }

    var records: [SurvivalRecord] {
        times.indices.map {
            SurvivalRecord(group: experimental[$0] == 1 ? "E" : "C", time: times[$0], event: events[$0] == 1)
        }
    }
}

@Suite("Prognosis golden vectors")
struct PrognosisGoldenTests {
    static let cases = (try? GoldenVectors.load("prognosis", as: PrognosisCase.self)) ?? []

    @Test func goldenFileLoads() {
        #expect(Self.cases.count >= 240)
        #expect(Self.cases.contains { $0.coxError == "monotone" } && Self.cases.contains { $0.coxError == "no events" })
    }

    @Test(arguments: cases)
    func coxProportionalHazards(_ golden: PrognosisCase) throws {
        guard let expected = golden.cox else {
            #expect(throws: StatisticsError.self) { try ProportionalHazards.fit(golden.records, experimental: "E", control: "C") }
            return
        }
        let fit = try ProportionalHazards.fit(golden.records, experimental: "E", control: "C")
        expectClose(fit.coefficient, expected.beta, relative: 1e-9, absolute: 1e-10, "β")
        expectClose(fit.standardError, expected.standardError, relative: 1e-9, "SE")
        expectClose(fit.test.pValue, expected.pValue, relative: 1e-8, absolute: 1e-14, "Wald P")
        expectClose(fit.hazardRatio.value, expected.hazardRatio, relative: 1e-9, "HR")
        expectClose(fit.hazardRatio.interval?.low ?? .nan, expected.low, relative: 1e-9, "HR low")
        expectClose(fit.hazardRatio.interval?.high ?? .nan, expected.high, relative: 1e-9, "HR high")
        #expect(fit.iterations < 30)
    }

    @Test(arguments: cases)
    func logRankHazardRatio(_ golden: PrognosisCase) throws {
        guard let expected = golden.logRank else {
            #expect(throws: StatisticsError.self) {
                try LogRankTest.test(golden.records).hazardRatio(experimental: "E", control: "C")
            }
            return
        }
        let ratio = try LogRankTest.test(golden.records).hazardRatio(experimental: "E", control: "C")
        expectClose(ratio.value, expected.hazardRatio, relative: 1e-12, "O/E HR")
        expectClose(ratio.interval?.low ?? .nan, expected.low, relative: 1e-12, "O/E HR low")
        expectClose(ratio.interval?.high ?? .nan, expected.high, relative: 1e-12, "O/E HR high")
    }

    @Test(arguments: cases)
    func survivalIntervalsAndMedians(_ golden: PrognosisCase) throws {
        let curves = try KaplanMeier.estimate(golden.records)
        for (label, arm) in zip(["E", "C"], golden.arms) {
            let curve = try #require(curves.first { $0.group == label })
            for query in arm.at {
                guard let survival = query.survival else {
                    #expect(throws: StatisticsError.self) { try curve.survivalEstimate(at: query.time) }
                    continue
                }
                let estimate = try curve.survivalEstimate(at: query.time)
                expectClose(estimate.value, survival, absolute: 1e-15, "\(label) S(\(query.time))")
                if let low = query.low, let high = query.high {
                    expectClose(estimate.interval?.low ?? .nan, low, relative: 1e-12, "\(label) S low at \(query.time)")
                    expectClose(estimate.interval?.high ?? .nan, high, relative: 1e-12, "\(label) S high at \(query.time)")
                } else {
                    #expect(estimate.interval == nil, "no interval where S is 1 or 0")
                }
            }
            let median = try curve.medianSurvival()
            #expect(median.median == arm.median, "\(label) median")
            #expect(median.low == arm.medianLow, "\(label) median low")
            #expect(median.high == arm.medianHigh, "\(label) median high")
            if arm.medianHighUnbounded { #expect(median.high == nil && median.low != nil) }
        }
    }
}
