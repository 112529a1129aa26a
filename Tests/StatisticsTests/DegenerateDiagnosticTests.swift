import Testing
@testable import Statistics

/// Every estimate a table gives, with its name.
private func allEstimates(_ table: DiagnosticTable, level: Double = 0.95) throws -> [(String, Estimate)] {
    var estimates: [(String, Estimate)] = [
        ("sensitivity", try DiagnosticAccuracy.sensitivity(table, level: level)),
        ("specificity", try DiagnosticAccuracy.specificity(table, level: level)),
        ("prevalence", try DiagnosticAccuracy.prevalence(table, level: level)),
        ("accuracy", try DiagnosticAccuracy.accuracy(table, level: level)),
        ("LR+", try DiagnosticAccuracy.positiveLikelihoodRatio(table, level: level)),
        ("LR−", try DiagnosticAccuracy.negativeLikelihoodRatio(table, level: level)),
        ("DOR", try DiagnosticAccuracy.diagnosticOddsRatio(table, level: level)),
        ("Youden", try DiagnosticAccuracy.youdenIndex(table, level: level)),
    ]
    if table.testPositives > 0 { estimates.append(("PPV", try DiagnosticAccuracy.positivePredictiveValue(table, level: level))) }
    if table.testNegatives > 0 { estimates.append(("NPV", try DiagnosticAccuracy.negativePredictiveValue(table, level: level))) }
    for (name, estimate) in estimates.filter({ $0.0.hasPrefix("LR") }) {
        for pretest in [1e-9, 0.3, 1 - 1e-9] {
            estimates.append(("post-test (\(name), \(pretest))",
                              try DiagnosticAccuracy.postTestProbability(pretest: pretest, likelihoodRatio: estimate)))
        }
    }
    return estimates
}

/// Records an issue unless the estimate and its limits are finite and ordered low ≤ value ≤ high.
private func expectFinite(_ estimate: Estimate, _ label: String) {
    guard let interval = estimate.interval else {
        Issue.record("\(label): no interval")
        return
    }
    #expect(estimate.value.isFinite && interval.low.isFinite && interval.high.isFinite,
            "\(label): \(estimate.value) (\(interval.low) to \(interval.high))")
    #expect(interval.low <= estimate.value && estimate.value <= interval.high,
            "\(label): \(estimate.value) (\(interval.low) to \(interval.high))")
}

/// Degenerate diagnostic data gives a finite estimate or a typed reason: never NaN, never infinity.
@Suite("Degenerate diagnostic accuracy")
struct DegenerateDiagnosticTests {
    /// Every table with cells 0...3 (and some with one huge cell) gives finite, ordered estimates.
    @Test(arguments: [0, 1, 3, 1 << 40])
    func zeroCellsNeverGiveNaNOrInfinity(_ large: Int) throws {
        for tp in [0, 1, 3, large] {
            for fp in 0...3 {
                for fn in [0, 2, large] {
                    for tn in 0...3 where tp + fn > 0 && fp + tn > 0 {
                        let table = try DiagnosticTable(truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn)
                        for (name, estimate) in try allEstimates(table) {
                            expectFinite(estimate, "\(name) of \(tp) \(fp) \(fn) \(tn)")
                        }
                    }
                }
            }
        }
    }

    @Test func zeroCellCorrectionIsRecorded() throws {
        let table = try DiagnosticTable(truePositives: 10, falsePositives: 0, falseNegatives: 5, trueNegatives: 20)
        let positive = try DiagnosticAccuracy.positiveLikelihoodRatio(table)
        #expect(positive.adjustments == ["0.5 added to every cell because a cell is zero"])
        expectClose(positive.value, (10.5 / 16) / (0.5 / 21), "LR+ with 0.5 added")
        let negative = try DiagnosticAccuracy.negativeLikelihoodRatio(table)
        #expect(negative.adjustments.isEmpty, "LR− uses c and d, neither zero")
        expectClose(negative.value, (5.0 / 15) / (20.0 / 20), "LR−")
        let odds = try DiagnosticAccuracy.diagnosticOddsRatio(table)
        #expect(odds.adjustments == positive.adjustments)
        expectClose(odds.value, (10.5 * 20.5) / (0.5 * 5.5), "DOR with 0.5 added")
        let posttest = try DiagnosticAccuracy.postTestProbability(pretest: 0.2, likelihoodRatio: positive)
        #expect(posttest.adjustments == positive.adjustments, "post-test carries the LR's adjustment")
    }

    @Test func invalidTablesThrow() {
        #expect(throws: StatisticsError.invalidArgument("the false positives (-1) must not be negative")) {
            try DiagnosticTable(truePositives: 1, falsePositives: -1, falseNegatives: 1, trueNegatives: 1)
        }
        #expect(throws: StatisticsError.invalidArgument("no one in the study has the condition, so sensitivity is undefined")) {
            try DiagnosticTable(truePositives: 0, falsePositives: 3, falseNegatives: 0, trueNegatives: 4)
        }
        #expect(throws: StatisticsError.invalidArgument("everyone in the study has the condition, so specificity is undefined")) {
            try DiagnosticTable(truePositives: 3, falsePositives: 0, falseNegatives: 4, trueNegatives: 0)
        }
        #expect(throws: StatisticsError.self) {
            try DiagnosticTable(truePositives: 1 << 50, falsePositives: 1, falseNegatives: 0, trueNegatives: 0)
        }
        #expect(throws: StatisticsError.self) {
            try DiagnosticTable(truePositives: Int.max, falsePositives: Int.max, falseNegatives: 0, trueNegatives: 1)
        }
    }

    @Test func predictiveValuesWithoutPositivesOrNegativesAreUndefined() throws {
        let noPositives = try DiagnosticTable(truePositives: 0, falsePositives: 0, falseNegatives: 4, trueNegatives: 6)
        #expect(throws: StatisticsError.undefined("no one tested positive, so the positive predictive value is 0/0")) {
            try DiagnosticAccuracy.positivePredictiveValue(noPositives)
        }
        let noNegatives = try DiagnosticTable(truePositives: 4, falsePositives: 6, falseNegatives: 0, trueNegatives: 0)
        #expect(throws: StatisticsError.undefined("no one tested negative, so the negative predictive value is 0/0")) {
            try DiagnosticAccuracy.negativePredictiveValue(noNegatives)
        }
    }

    @Test(arguments: [0.0, 1.0, -0.1, 1.5, .nan, .infinity])
    func invalidConfidenceLevelsThrow(_ level: Double) throws {
        let table = try DiagnosticTable(truePositives: 5, falsePositives: 2, falseNegatives: 1, trueNegatives: 9)
        let levels = try [DiagnosticLevel(withCondition: 3, withoutCondition: 1), DiagnosticLevel(withCondition: 1, withoutCondition: 4)]
        #expect(throws: StatisticsError.self) { try allEstimates(table, level: level) }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.positiveLikelihoodRatio(table, level: level) }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.diagnosticOddsRatio(table, level: level) }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.youdenIndex(table, level: level) }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.stratumLikelihoodRatios(levels: levels, level: level) }
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.rocArea(levels: levels, level: level) }
    }

    @Test(arguments: [0.0, 1.0, -0.2, 1.2, .nan, .infinity])
    func invalidPretestProbabilitiesThrow(_ pretest: Double) throws {
        let ratio = Estimate(value: 2, interval: ConfidenceInterval(low: 1, high: 4), method: "given")
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.postTestProbability(pretest: pretest, likelihoodRatio: ratio) }
    }

    @Test(arguments: [Double.nan, .infinity, -1])
    func invalidLikelihoodRatiosThrow(_ value: Double) {
        let bad = Estimate(value: value, interval: nil, method: "given")
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.postTestProbability(pretest: 0.3, likelihoodRatio: bad) }
        let badLimit = Estimate(value: 2, interval: ConfidenceInterval(low: 1, high: value), method: "given")
        #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.postTestProbability(pretest: 0.3, likelihoodRatio: badLimit) }
    }

    @Test func postTestProbabilityOfExtremeRatios() throws {
        let huge = Estimate(value: 1e308, interval: ConfidenceInterval(low: 0, high: 1e308), method: "given")
        let posttest = try DiagnosticAccuracy.postTestProbability(pretest: 0.9, likelihoodRatio: huge)
        #expect(posttest.value == 1 && posttest.interval?.low == 0 && posttest.interval?.high == 1)
        let noInterval = Estimate(value: 1, interval: nil, method: "given")
        let unchanged = try DiagnosticAccuracy.postTestProbability(pretest: 0.25, likelihoodRatio: noInterval)
        expectClose(unchanged.value, 0.25, relative: 1e-15, "LR 1 leaves the probability unchanged")
        #expect(unchanged.interval == nil)
    }
}
