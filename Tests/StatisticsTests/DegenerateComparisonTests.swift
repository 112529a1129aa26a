import Testing
@testable import Statistics
import TestRandom

/// Degenerate input gives a value or a typed reason: never a crash, never a silent NaN.
@Suite("Degenerate comparisons")
struct DegenerateComparisonTests {
    @Test func proportionArgumentsAreChecked() throws {
        #expect(throws: StatisticsError.invalidArgument("a proportion needs at least one patient (total is 0)")) {
            try Proportion.wilson(events: 0, total: 0)
        }
        #expect(throws: StatisticsError.self) { try Proportion.clopperPearson(events: 5, total: 4) }
        #expect(throws: StatisticsError.self) { try Proportion.wilson(events: 1, total: 4, level: 1) }
        #expect(throws: StatisticsError.self) { try Proportion.wilson(events: 1, total: 4, level: .nan) }
        let none = try Proportion.clopperPearson(events: 0, total: 1)
        #expect(none.interval?.low == 0)
        expectClose(none.interval?.high ?? .nan, 0.975, "1 - α/2 for 0/1")
        let all = try Proportion.wilson(events: 10, total: 10)
        #expect(all.interval?.high == 1)
    }

    @Test func noEventsInEitherArm() throws {
        let table = try TwoByTwoTable(experimentalEvents: 0, experimentalTotal: 10, controlEvents: 0, controlTotal: 12)
        #expect(throws: StatisticsError.undefined("no events in either arm, so the risk ratio is 0/0")) { try table.riskRatio() }
        #expect(throws: StatisticsError.self) { try table.oddsRatio() }
        #expect(throws: StatisticsError.self) { try ChiSquareTest.pearson(table) }
        #expect(try FisherExactTest.test(table).pValue == 1)
        let difference = try table.riskDifference()
        #expect(difference.value == 0)
        let nnt = try table.numberNeededToTreat(eventIsDesirable: false)
        #expect(nnt.value == .infinity && nnt.kind == .noDifference)
        guard case .throughInfinity(let benefit, let harm) = nnt.interval else {
            Issue.record("RD interval includes 0, so the NNT interval must pass through infinity")
            return
        }
        #expect(benefit.isFinite && harm.isFinite && benefit > 1 && harm > 1)
        #expect(!nnt.description.contains("nan"))
    }

    @Test func zeroCellIsCorrectedAndRecorded() throws {
        let table = try TwoByTwoTable(experimentalEvents: 0, experimentalTotal: 20, controlEvents: 5, controlTotal: 20)
        let ratio = try table.riskRatio()
        #expect(ratio.adjustments == ["0.5 added to every cell because a cell is zero"])
        expectClose(ratio.value, (0.5 / 21) / (5.5 / 21), "corrected RR")
        let odds = try table.oddsRatio()
        expectClose(odds.value, (0.5 * 15.5) / (20.5 * 5.5), "corrected OR")
        let everyone = try TwoByTwoTable(experimentalEvents: 7, experimentalTotal: 7, controlEvents: 9, controlTotal: 9)
        #expect(throws: StatisticsError.self) { try everyone.oddsRatio() }
        expectClose(try everyone.riskRatio().value, (7.5 / 8) / (9.5 / 10), "RR with every patient an event")
        #expect(throws: StatisticsError.self) {
            try TwoByTwoTable(experimentalEvents: 1, experimentalTotal: 0, controlEvents: 0, controlTotal: 3)
        }
        #expect(throws: StatisticsError.self) {
            try TwoByTwoTable(experimentalEvents: 0, experimentalTotal: Int.max, controlEvents: 0, controlTotal: Int.max)
        }
        #expect(throws: StatisticsError.self) {
            try TwoByTwoTable(experimentalEvents: -1, experimentalTotal: 3, controlEvents: 0, controlTotal: 3)
        }
    }

    @Test func numberNeededToTreatSides() {
        let harmful = Estimate(value: 0.1, interval: ConfidenceInterval(low: 0.05, high: 0.2), method: "test")
        let asHarm = NumberNeededToTreat(riskDifference: harmful, eventIsDesirable: false)
        #expect(asHarm.kind == .harm)
        #expect(asHarm.interval == .harm(low: 5, high: 20))
        let crossing = Estimate(value: -0.05, interval: ConfidenceInterval(low: -0.25, high: 0.1), method: "test")
        let nnt = NumberNeededToTreat(riskDifference: crossing, eventIsDesirable: false)
        #expect(nnt.kind == .benefit && nnt.value == 20)
        #expect(nnt.interval == .throughInfinity(benefit: 4, harm: 10))
        #expect(nnt.description == "NNTB 20 (95% CI NNTB 4 to ∞ to NNTH 10)")
        let touching = Estimate(value: 0.1, interval: ConfidenceInterval(low: 0, high: 0.2), method: "test")
        #expect(NumberNeededToTreat(riskDifference: touching, eventIsDesirable: true).interval
            == .throughInfinity(benefit: 5, harm: .infinity))
    }

    @Test func chiSquareShapesAreChecked() {
        #expect(throws: StatisticsError.self) { try ChiSquareTest.pearson([[1, 2, 3]]) }
        #expect(throws: StatisticsError.self) { try ChiSquareTest.pearson([[1, 2], [3]]) }
        #expect(throws: StatisticsError.self) { try ChiSquareTest.pearson([[1, -2], [3, 4]]) }
        #expect(throws: StatisticsError.undefined("column 2 has no observations, so its expected counts are zero")) {
            try ChiSquareTest.pearson([[1, 0], [3, 0]])
        }
    }

    @Test func everySmallTableGivesFiniteValuesOrReasons() throws {
        for n1 in 1...6 {
            for n2 in 1...6 {
                for a in 0...n1 {
                    for c in 0...n2 {
                        let table = try TwoByTwoTable(experimentalEvents: a, experimentalTotal: n1, controlEvents: c, controlTotal: n2)
                        var values: [Double] = []
                        for compute in [table.riskDifference, table.riskRatio, table.oddsRatio] {
                            if let estimate = try? compute(0.95) {
                                values += [estimate.value, estimate.interval?.low ?? 0, estimate.interval?.high ?? 0]
                            }
                        }
                        for alternative in [FisherExactTest.Alternative.twoSided, .less, .greater] {
                            values.append(try FisherExactTest.test(table, alternative: alternative).pValue)
                        }
                        if let chi = try? ChiSquareTest.pearson(table, continuityCorrection: true) {
                            values += [chi.test.pValue, chi.test.statistic ?? .nan]
                        }
                        #expect(values.allSatisfy { $0.isFinite }, "\(a)/\(n1) vs \(c)/\(n2): \(values)")
                        let nnt = try table.numberNeededToTreat(eventIsDesirable: true)
                        #expect(!nnt.value.isNaN && !nnt.description.contains("nan"))
                    }
                }
            }
        }
    }

    @Test func mannWhitneyDegenerateGroups() throws {
        #expect(throws: StatisticsError.self) { try MannWhitneyU.test([], [1, 2]) }
        #expect(throws: StatisticsError.self) { try MannWhitneyU.test([1, .nan], [1, 2]) }
        let tied = try MannWhitneyU.test([4, 4, 4], [4, 4])
        #expect(tied.statistic == 3 && tied.pValue == 1)
        let wide = (0..<200).map(Double.init)
        #expect(throws: StatisticsError.self) { try MannWhitneyU.test(wide, wide.map { $0 + 0.5 }, method: .exact) }
        let single = try MannWhitneyU.test([1], [2])
        #expect(single.statistic == 0 && single.pValue == 1)
    }

    @Test func kaplanMeierDegenerateGroups() throws {
        let censored = try KaplanMeier.estimate(times: [3, 4, 5], events: [false, false, false])
        #expect(censored.steps.isEmpty && censored.median == nil)
        #expect(try censored.survival(at: 4.5) == 1)
        #expect(throws: StatisticsError.self) { try censored.survival(at: 6) }
        let together = try KaplanMeier.estimate(times: [7, 7, 7], events: [true, true, true])
        #expect(together.steps.count == 1 && together.steps[0].survival == 0 && together.steps[0].standardError == nil)
        #expect(together.median == 7)
        #expect(try together.survival(at: 100) == 0)
        let single = try KaplanMeier.estimate(times: [2], events: [true])
        #expect(single.median == 2)
        #expect(throws: StatisticsError.self) { try KaplanMeier.estimate(times: [], events: []) }
        #expect(throws: StatisticsError.self) { try KaplanMeier.estimate(times: [-1], events: [true]) }
        #expect(throws: StatisticsError.self) { try KaplanMeier.estimate(times: [.infinity], events: [true]) }
        #expect(throws: StatisticsError.self) { try KaplanMeier.estimate(times: [1, 2], events: [true]) }
    }

    @Test func logRankDegenerateGroups() throws {
        func records(_ rows: [(String, Double, Bool)]) -> [SurvivalRecord] {
            rows.map { SurvivalRecord(group: $0.0, time: $0.1, event: $0.2) }
        }
        #expect(throws: StatisticsError.self) { try LogRankTest.test(records([("a", 1, true), ("a", 2, true)])) }
        #expect(throws: StatisticsError.undefined("no events were observed in any group")) {
            try LogRankTest.test(records([("a", 1, false), ("b", 2, false)]))
        }
        #expect(throws: StatisticsError.self) {
            try LogRankTest.test(records([("a", 5, true), ("a", 5, true), ("b", 5, true), ("b", 5, true)]))
        }
        let same = records([("a", 1, true), ("a", 3, false), ("a", 4, true), ("b", 1, true), ("b", 3, false), ("b", 4, true)])
        let identical = try LogRankTest.test(same)
        #expect(identical.test.statistic == 0 && identical.test.pValue == 1)
        let early = records([("a", 1, false), ("a", 2, false), ("b", 3, true), ("b", 4, true), ("c", 3, true), ("c", 6, false)])
        let dropped = try LogRankTest.test(early)
        #expect(dropped.test.degreesOfFreedom == 1, "a group with no one at risk at any event time is dropped, as in R")
        #expect(dropped.expected[0] == 0)
    }

    @Test func largeInputsStayFinite() throws {
        var generator = SplitMix64(seed: 11)
        let records = (0..<100_000).map { index in
            SurvivalRecord(group: index % 3 == 0 ? "x" : "y", time: Double(generator.next() % 1000), event: generator.next() % 4 != 0)
        }
        let logRank = try LogRankTest.test(records)
        #expect(logRank.test.pValue.isFinite && (logRank.test.statistic ?? .nan).isFinite)
        let curves = try KaplanMeier.estimate(records)
        #expect(curves.count == 2 && curves.allSatisfy { $0.steps.allSatisfy { $0.survival.isFinite } })
        let first = (0..<10_000).map { _ in Double(generator.next() % 500) }
        let second = (0..<10_000).map { _ in Double(generator.next() % 520) }
        let rank = try MannWhitneyU.test(first, second)
        #expect(rank.pValue.isFinite && rank.pValue > 0)
        let table = try TwoByTwoTable(experimentalEvents: 4_000, experimentalTotal: 10_000, controlEvents: 6_000, controlTotal: 10_000)
        let fisher = try FisherExactTest.test(table)
        #expect(fisher.pValue >= 0 && fisher.pValue < 1e-100)
    }
}
