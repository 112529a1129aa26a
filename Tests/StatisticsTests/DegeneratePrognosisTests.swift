import Testing
@testable import Statistics

/// Degenerate survival data: every prognosis statistic throws a reason or returns finite numbers.
@Suite("Degenerate prognosis data")
struct DegeneratePrognosisTests {
    static func records(_ experimental: [(Double, Bool)], _ control: [(Double, Bool)]) -> [SurvivalRecord] {
        experimental.map { SurvivalRecord(group: "E", time: $0.0, event: $0.1) }
            + control.map { SurvivalRecord(group: "C", time: $0.0, event: $0.1) }
    }

    /// The reason of the `.undefined` error `body` throws; nil if it returns or throws anything else.
    static func undefinedReason(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as StatisticsError {
            guard case .undefined(let reason) = error else { return nil }
            return reason
        } catch {
            return nil
        }
    }

    @Test func groupWithoutEvents() {
        let data = Self.records([(4, false), (6, false)], [(1, true), (2, true), (8, false)])
        let reason = Self.undefinedReason { _ = try ProportionalHazards.fit(data, experimental: "E", control: "C") }
        #expect(reason?.contains("'E' has no events") == true)
        let ratio = Self.undefinedReason { _ = try LogRankTest.test(data).hazardRatio(experimental: "E", control: "C") }
        #expect(ratio?.contains("no events") == true)
    }

    @Test func monotoneLikelihood() {
        let data = Self.records([(9, true), (10, true)], [(1, true), (2, true), (3, false)])
        let reason = Self.undefinedReason { _ = try ProportionalHazards.fit(data, experimental: "E", control: "C") }
        #expect(reason?.contains("monotone likelihood") == true)
        #expect(reason?.contains("zero") == true)
    }

    @Test func singlePatientPerArm() throws {
        let apart = Self.records([(3, true)], [(2, true)])
        #expect(Self.undefinedReason { _ = try ProportionalHazards.fit(apart, experimental: "E", control: "C") } != nil)
        let together = try ProportionalHazards.fit(Self.records([(3, true)], [(3, true)]), experimental: "E", control: "C")
        #expect(together.coefficient == 0)
        expectClose(together.standardError, 2.0.squareRoot(), "SE √2 (Efron information 1/2)")
        #expect(together.test.pValue == 1)
    }

    @Test func allTimesTied() throws {
        let data = Self.records(Array(repeating: (5, true), count: 4), Array(repeating: (5, true), count: 4))
        let fit = try ProportionalHazards.fit(data, experimental: "E", control: "C")
        #expect(fit.coefficient == 0 && fit.hazardRatio.value == 1)
        expectClose(fit.standardError, 0.5.squareRoot(), "SE 1/√2")
        #expect(throws: StatisticsError.self) { try LogRankTest.test(data) }
        let curve = try #require(try KaplanMeier.estimate(data).first)
        let estimate = try curve.survivalEstimate(at: 5)
        #expect(estimate.value == 0 && estimate.interval == nil)
        #expect(try curve.medianSurvival() == MedianSurvival(
            median: 5, low: nil, high: nil, level: 0.95, method: "Kaplan-Meier median, Brookmeyer-Crowley log-log interval"))
    }

    @Test func nearlyMonotoneStaysFinite() throws {
        let data = Self.records(
            [(1, true), (2, true), (3, true), (4, true), (20, false)],
            [(5, true), (6, true), (2.5, true), (30, false), (31, false)])
        let fit = try ProportionalHazards.fit(data, experimental: "E", control: "C")
        #expect(fit.coefficient.isFinite && fit.standardError.isFinite && fit.test.pValue.isFinite)
        #expect(fit.coefficient > 0.5)
        let interval = try #require(fit.hazardRatio.interval)
        #expect(interval.low.isFinite && interval.high.isFinite)
    }

    @Test func invalidArguments() {
        let data = Self.records([(1, true)], [(2, true)]) + [SurvivalRecord(group: "X", time: 1, event: true)]
        #expect(throws: StatisticsError.self) { try ProportionalHazards.fit(data, experimental: "E", control: "C") }
        #expect(throws: StatisticsError.self) { try ProportionalHazards.fit(data, experimental: "E", control: "E") }
        #expect(throws: StatisticsError.self) {
            try ProportionalHazards.fit(Self.records([(1, true)], []), experimental: "E", control: "C")
        }
        #expect(throws: StatisticsError.self) {
            try ProportionalHazards.fit(Self.records([(1, true), (3, true)], [(2, true), (4, false)]), experimental: "E", control: "C", level: 1)
        }
    }

    @Test func survivalAfterFollowUp() throws {
        let curve = try KaplanMeier.estimate(times: [1, 2, 3], events: [true, false, false])
        #expect(throws: StatisticsError.self) { try curve.survivalEstimate(at: 4) }
        #expect(try curve.survivalEstimate(at: 0.5).interval == nil)
        let median = try curve.medianSurvival()
        #expect(median.median == nil && median.low == 1 && median.high == nil, "statsmodels: (1, inf)")
    }
}
