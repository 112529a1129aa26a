import Testing
@testable import Statistics
import TestRandom

private func levels(_ pairs: [(Int, Int)]) throws -> [DiagnosticLevel] {
    try pairs.map { (pair) throws(StatisticsError) in try DiagnosticLevel(withCondition: pair.0, withoutCondition: pair.1) }
}

/// Properties of stratum likelihood ratios and the ROC area, and their degenerate input.
@Suite("Diagnostic result levels")
struct DiagnosticLevelsPropertyTests {
    @Test func invalidLevelsThrow() throws {
        #expect(throws: StatisticsError.invalidArgument("a result level has no one in it")) {
            try DiagnosticLevel(withCondition: 0, withoutCondition: 0)
        }
        #expect(throws: StatisticsError.self) { try DiagnosticLevel(withCondition: -1, withoutCondition: 3) }
        #expect(throws: StatisticsError.self) { try DiagnosticLevel(withCondition: 1 << 51, withoutCondition: 3) }
        let one = try levels([(3, 4)])
        #expect(throws: StatisticsError.invalidArgument("at least 2 result levels are needed (there are 1)")) {
            try DiagnosticAccuracy.rocArea(levels: one)
        }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.stratumLikelihoodRatios(levels: []) }
        #expect(throws: StatisticsError.invalidArgument("no one in the levels has the condition")) {
            try DiagnosticAccuracy.stratumLikelihoodRatios(levels: levels([(0, 4), (0, 2)]))
        }
        #expect(throws: StatisticsError.invalidArgument("everyone in the levels has the condition")) {
            try DiagnosticAccuracy.rocArea(levels: levels([(5, 0), (1, 0)]))
        }
        let huge = try levels([(1 << 49, 1 << 49), (1 << 49, 1)])
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.rocArea(levels: huge) }
        let three = try levels([(5, 1), (3, 3), (1, 6)])
        for positive in [0, 3, -1] {
            #expect(throws: StatisticsError.self) { try DiagnosticTable(levels: three, positive: positive) }
        }
    }

    /// Small level sets with zero cells: finite likelihood ratios, corrections recorded per level,
    /// and an area in [0, 1].
    @Test(arguments: 0..<100)
    func zeroCellsNeverGiveNaNOrInfinity(_ seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        let count = 2 + Int(generator.next() % 4)
        var pairs = (0..<count).map { _ in (Int(generator.next() % 4), Int(generator.next() % 4)) }
        pairs = pairs.map { $0.0 + $0.1 == 0 ? (1, 0) : $0 }
        if pairs.allSatisfy({ $0.1 == 0 }) { pairs.append((0, 1)) }
        let input = try levels(pairs)
        let ratios = try DiagnosticAccuracy.stratumLikelihoodRatios(levels: input)
        for (pair, ratio) in zip(pairs, ratios) {
            #expect(ratio.value.isFinite && ratio.value > 0, "\(pairs): LR \(ratio.value)")
            #expect((ratio.interval?.low ?? .nan).isFinite && (ratio.interval?.high ?? .nan).isFinite)
            #expect(ratio.adjustments.isEmpty == (pair.0 > 0 && pair.1 > 0), "\(pairs): \(ratio.adjustments)")
        }
        let area = try DiagnosticAccuracy.rocArea(levels: input)
        let interval = try #require(area.interval)
        #expect(0 <= interval.low && interval.low <= area.value && area.value <= interval.high && interval.high <= 1)
    }

    /// With two levels the ROC curve has one corner, so its area is (sensitivity + specificity) / 2,
    /// and the stratum likelihood ratios are LR+ and LR−.
    @Test func twoLevelsAreATwoByTwoTable() throws {
        let input = try levels([(40, 7), (10, 33)])
        let table = try DiagnosticTable(levels: input)
        let sensitivity = try DiagnosticAccuracy.sensitivity(table).value
        let specificity = try DiagnosticAccuracy.specificity(table).value
        expectClose(try DiagnosticAccuracy.rocArea(levels: input).value, (sensitivity + specificity) / 2, relative: 1e-15, "AUC")
        let ratios = try DiagnosticAccuracy.stratumLikelihoodRatios(levels: input)
        let positive = try DiagnosticAccuracy.positiveLikelihoodRatio(table)
        let negative = try DiagnosticAccuracy.negativeLikelihoodRatio(table)
        #expect(ratios == [positive, negative])
    }

    @Test func separatedAndIdenticalDistributions() throws {
        let perfect = try DiagnosticAccuracy.rocArea(levels: levels([(9, 0), (0, 4), (0, 3)]))
        #expect(perfect.value == 1 && perfect.interval?.low == 1 && perfect.interval?.high == 1)
        let reversed = try DiagnosticAccuracy.rocArea(levels: levels([(0, 4), (9, 0)]))
        #expect(reversed.value == 0 && reversed.interval?.low == 0)
        let chance = try DiagnosticAccuracy.rocArea(levels: levels([(2, 4), (3, 6), (1, 2)]))
        #expect(chance.value == 0.5)
        let ratios = try DiagnosticAccuracy.stratumLikelihoodRatios(levels: levels([(2, 4), (3, 6), (1, 2)]))
        for ratio in ratios { expectClose(ratio.value, 1, relative: 1e-15, "LR of a level equally common in both groups") }
    }
}
