import Testing
@testable import Statistics

/// An estimate from scripts/golden/diagnostic.py, and whether 0.5 was added to every cell first.
struct DiagnosticGoldenEstimate: Decodable, Sendable {
    let value: Double, low: Double, high: Double, adjusted: Bool
}

/// One 2×2 table with every accuracy measure (statsmodels Wilson; formulas written out in Python).
struct DiagnosticTableCase: Decodable, Sendable {
    let tp: Int, fp: Int, fn: Int, tn: Int, level: Double, pretest: Double
    let sensitivity: DiagnosticGoldenEstimate, specificity: DiagnosticGoldenEstimate
    let ppv: DiagnosticGoldenEstimate?, npv: DiagnosticGoldenEstimate?
    let prevalence: DiagnosticGoldenEstimate, accuracy: DiagnosticGoldenEstimate
    let lrPositive: DiagnosticGoldenEstimate, lrNegative: DiagnosticGoldenEstimate
    let dor: DiagnosticGoldenEstimate, youden: DiagnosticGoldenEstimate
    let posttestPositive: DiagnosticGoldenEstimate, posttestNegative: DiagnosticGoldenEstimate
}

/// Ordered result levels with their stratum likelihood ratios, dichotomised tables and ROC area.
struct DiagnosticLevelsCase: Decodable, Sendable {
    let levels: [[Int]], level: Double
    let stratum: [DiagnosticGoldenEstimate], cuts: [[Int]], auc: DiagnosticGoldenEstimate
}

/// A case of Golden/diagnostic_accuracy.json: a table or a list of levels.
struct DiagnosticGoldenCase: Decodable, Sendable, CustomTestStringConvertible {
    let table: DiagnosticTableCase?
    let levels: DiagnosticLevelsCase?
    var testDescription: String {
        if let table { return "tp \(table.tp) fp \(table.fp) fn \(table.fn) tn \(table.tn) at \(table.level)" }
        return "levels \(levels?.levels ?? []) at \(levels?.level ?? .nan)"
    }
}

/// Compares an estimate with the oracle's to ~1e-12 relative, including whether it was corrected.
func expectEstimate(
    _ estimate: Estimate, _ golden: DiagnosticGoldenEstimate, _ label: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectClose(estimate.value, golden.value, relative: 1e-12, absolute: 1e-15, "\(label)", sourceLocation: sourceLocation)
    expectClose(estimate.interval?.low ?? .nan, golden.low, relative: 1e-12, absolute: 1e-15, "\(label) low",
                sourceLocation: sourceLocation)
    expectClose(estimate.interval?.high ?? .nan, golden.high, relative: 1e-12, absolute: 1e-15, "\(label) high",
                sourceLocation: sourceLocation)
    #expect(estimate.adjustments.isEmpty != golden.adjusted, "\(label) adjustments \(estimate.adjustments)",
            sourceLocation: sourceLocation)
}

@Suite("Diagnostic accuracy golden vectors")
struct DiagnosticGoldenTests {
    static let cases = (try? GoldenVectors.load("diagnostic_accuracy", as: DiagnosticGoldenCase.self)) ?? []
    static let tables = cases.compactMap(\.table)
    static let levels = cases.compactMap(\.levels)

    @Test func goldenFileLoads() {
        #expect(Self.tables.count >= 300)
        #expect(Self.levels.count >= 150)
    }

    @Test(arguments: tables)
    func tableMeasures(_ golden: DiagnosticTableCase) throws {
        let table = try DiagnosticTable(
            truePositives: golden.tp, falsePositives: golden.fp, falseNegatives: golden.fn, trueNegatives: golden.tn)
        let level = golden.level
        expectEstimate(try DiagnosticAccuracy.sensitivity(table, level: level), golden.sensitivity, "sensitivity")
        expectEstimate(try DiagnosticAccuracy.specificity(table, level: level), golden.specificity, "specificity")
        expectEstimate(try DiagnosticAccuracy.prevalence(table, level: level), golden.prevalence, "prevalence")
        expectEstimate(try DiagnosticAccuracy.accuracy(table, level: level), golden.accuracy, "accuracy")
        if let ppv = golden.ppv {
            expectEstimate(try DiagnosticAccuracy.positivePredictiveValue(table, level: level), ppv, "PPV")
        } else {
            #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.positivePredictiveValue(table, level: level) }
        }
        if let npv = golden.npv {
            expectEstimate(try DiagnosticAccuracy.negativePredictiveValue(table, level: level), npv, "NPV")
        } else {
            #expect(throws: StatisticsError.self) { try DiagnosticAccuracy.negativePredictiveValue(table, level: level) }
        }
        let positive = try DiagnosticAccuracy.positiveLikelihoodRatio(table, level: level)
        let negative = try DiagnosticAccuracy.negativeLikelihoodRatio(table, level: level)
        expectEstimate(positive, golden.lrPositive, "LR+")
        expectEstimate(negative, golden.lrNegative, "LR−")
        expectEstimate(try DiagnosticAccuracy.diagnosticOddsRatio(table, level: level), golden.dor, "DOR")
        expectEstimate(try DiagnosticAccuracy.youdenIndex(table, level: level), golden.youden, "Youden")
        expectEstimate(
            try DiagnosticAccuracy.postTestProbability(pretest: golden.pretest, likelihoodRatio: positive),
            golden.posttestPositive, "post-test after a positive result")
        expectEstimate(
            try DiagnosticAccuracy.postTestProbability(pretest: golden.pretest, likelihoodRatio: negative),
            golden.posttestNegative, "post-test after a negative result")
    }

    @Test(arguments: levels)
    func levelMeasures(_ golden: DiagnosticLevelsCase) throws {
        let levels = try golden.levels.map { (pair) throws(StatisticsError) in
            try DiagnosticLevel(withCondition: pair[0], withoutCondition: pair[1])
        }
        let ratios = try DiagnosticAccuracy.stratumLikelihoodRatios(levels: levels, level: golden.level)
        #expect(ratios.count == golden.stratum.count)
        for (index, (ratio, expected)) in zip(ratios, golden.stratum).enumerated() {
            expectEstimate(ratio, expected, "level \(index + 1) LR")
        }
        expectEstimate(try DiagnosticAccuracy.rocArea(levels: levels, level: golden.level), golden.auc, "ROC area")
        for (index, cut) in golden.cuts.enumerated() {
            let table = try DiagnosticTable(levels: levels, positive: index + 1)
            #expect([table.truePositives, table.falsePositives, table.falseNegatives, table.trueNegatives] == cut,
                    "first \(index + 1) levels positive")
        }
    }
}
