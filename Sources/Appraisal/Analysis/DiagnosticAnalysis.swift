import Markdown
import Statistics

extension DiagnosticData: DataBlockContent {
    /// `type: diagnostic`.
    public static let kind = "diagnostic"
    /// The result levels, by `levelN` and by their label's slug.
    public var namedParts: [ArmName] { levels.map { ArmName(display: $0.alias ?? $0.slug, slug: $0.slug) } }

    /// Accuracy, likelihood ratios, post-test probabilities, and per level the stratum LRs and
    /// the ROC area; a note when a zero cell needed the 0.5 correction.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        DiagnosticAnalysis.compute(self, into: &results)
        let corrected = results.statistics.contains { !$0.adjustments.isEmpty }
        guard corrected else { return [] }
        return [Diagnostic(file: context.file, position: results.block.position, length: 3, severity: .note, code: "diagnostic-zero-cell",
                           message: "data block '\(results.block.id)' has a zero cell: the likelihood ratios and odds ratio it touches add 0.5 to every cell",
                           hint: "the result table names each corrected measure; a zero cell usually means a small study")]
    }
}

/// Computes a diagnostic block's statistics through `DiagnosticAccuracy`.
enum DiagnosticAnalysis {
    static func compute(_ data: DiagnosticData, into results: inout BlockResults) {
        let counts = data.counts
        for (name, value) in [("tp", counts.truePositives), ("fp", counts.falsePositives), ("fn", counts.falseNegatives), ("tn", counts.trueNegatives)] {
            results.add(name, Quantity(Double(value), kind: .count, defaultDecimals: 0), method: "count")
        }
        let names = ["sensitivity", "specificity", "ppv", "npv", "prevalence", "accuracy", "lr_positive", "lr_negative", "dor", "youden",
                     "pretest", "posttest_positive", "posttest_negative"]
        results.attempt(names) { (results: inout BlockResults) throws(StatisticsError) in
            let table = try DiagnosticTable(truePositives: counts.truePositives, falsePositives: counts.falsePositives,
                                            falseNegatives: counts.falseNegatives, trueNegatives: counts.trueNegatives)
            try proportions(table, into: &results)
            let positive = try DiagnosticAccuracy.positiveLikelihoodRatio(table)
            let negative = try DiagnosticAccuracy.negativeLikelihoodRatio(table)
            results.add("lr_positive", positive, kind: .ratio, decimals: 2)
            results.add("lr_negative", negative, kind: .ratio, decimals: 2)
            results.attempt(["dor"]) { (results: inout BlockResults) throws(StatisticsError) in
                results.add("dor", try DiagnosticAccuracy.diagnosticOddsRatio(table), kind: .ratio, decimals: 2)
            }
            results.attempt(["youden"]) { (results: inout BlockResults) throws(StatisticsError) in
                results.add("youden", try DiagnosticAccuracy.youdenIndex(table), kind: .statistic, decimals: 2)
            }
            let pretest = data.pretest ?? Double(table.withCondition) / Double(table.total)
            let source = data.pretest == nil ? "the study's prevalence" : "pretest as given"
            let decimals = NumberStyle.standard.percentDecimals(probability: pretest)
            results.add("pretest", Quantity(pretest, kind: .proportion, defaultDecimals: decimals), method: source)
            results.add("posttest_positive", try DiagnosticAccuracy.postTestProbability(pretest: pretest, likelihoodRatio: positive),
                        kind: .proportion, decimals: NumberStyle.standard.percentDecimals(probability: 1 - pretest))
            results.add("posttest_negative", try DiagnosticAccuracy.postTestProbability(pretest: pretest, likelihoodRatio: negative),
                        kind: .proportion, decimals: decimals)
        }
        if data.levels.count >= 2 { levels(data, into: &results) }
    }

    private static func proportions(_ table: DiagnosticTable, into results: inout BlockResults) throws(StatisticsError) {
        let decimals = { (denominator: Int) in NumberStyle.standard.percentDecimals(denominator: denominator) }
        results.add("sensitivity", try DiagnosticAccuracy.sensitivity(table), kind: .proportion, decimals: decimals(table.withCondition))
        results.add("specificity", try DiagnosticAccuracy.specificity(table), kind: .proportion, decimals: decimals(table.withoutCondition))
        results.attempt(["ppv"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add("ppv", try DiagnosticAccuracy.positivePredictiveValue(table), kind: .proportion, decimals: decimals(table.testPositives))
        }
        results.attempt(["npv"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add("npv", try DiagnosticAccuracy.negativePredictiveValue(table), kind: .proportion, decimals: decimals(table.testNegatives))
        }
        results.add("prevalence", try DiagnosticAccuracy.prevalence(table), kind: .proportion, decimals: decimals(table.total))
        results.add("accuracy", try DiagnosticAccuracy.accuracy(table), kind: .proportion, decimals: decimals(table.total))
    }

    /// Stratum-specific likelihood ratios, their post-test probabilities, and the ROC area.
    private static func levels(_ data: DiagnosticData, into results: inout BlockResults) {
        let names = data.levels.flatMap { ["\($0.slug).lr", "\($0.slug).posttest"] } + ["auc"]
        for level in data.levels {
            results.add("\(level.slug).with", Quantity(Double(level.withCondition), kind: .count, defaultDecimals: 0), method: "count")
            results.add("\(level.slug).without", Quantity(Double(level.withoutCondition), kind: .count, defaultDecimals: 0), method: "count")
        }
        results.attempt(names) { (results: inout BlockResults) throws(StatisticsError) in
            let levels = try data.levels.map { (level) throws(StatisticsError) in
                try DiagnosticLevel(withCondition: level.withCondition, withoutCondition: level.withoutCondition)
            }
            let pretest = results["pretest"]?.quantity.value
            for (level, ratio) in zip(data.levels, try DiagnosticAccuracy.stratumLikelihoodRatios(levels: levels)) {
                results.add("\(level.slug).lr", ratio, kind: .ratio, decimals: 2)
                if let pretest {
                    let posttest = try DiagnosticAccuracy.postTestProbability(pretest: pretest, likelihoodRatio: ratio)
                    results.add("\(level.slug).posttest", posttest, kind: .proportion, decimals: NumberStyle.standard.percentDecimals(probability: min(posttest.value, 1 - posttest.value)))
                }
            }
            results.add("auc", try DiagnosticAccuracy.rocArea(levels: levels), kind: .statistic, decimals: 2)
        }
    }
}
