import Appraisal
import Markdown

extension DiagnosticData: ResultTableContent {
    /// The result levels (when given), the 2×2 table with totals, then every accuracy measure.
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML {
        levelTable(results, style) + twoByTwo() + ResultTable.measures(results, style, [
            ("Sensitivity", "sensitivity"), ("Specificity", "specificity"),
            ("Positive predictive value", "ppv"), ("Negative predictive value", "npv"),
            ("Prevalence", "prevalence"), ("Accuracy", "accuracy"),
            ("Likelihood ratio, positive result", "lr_positive"), ("Likelihood ratio, negative result", "lr_negative"),
            ("Diagnostic odds ratio", "dor"), ("Youden index", "youden"), ("Pre-test probability", "pretest"),
            ("Post-test probability, positive result", "posttest_positive"), ("Post-test probability, negative result", "posttest_negative"),
            ("Area under the ROC curve", "auc"),
        ], note: note)
    }

    /// What was tested against what, for the table's foot.
    private var note: String? {
        let parts = [target.map { "Target condition: \($0)." }, test.map { "Index test: \($0)." }, reference.map { "Reference standard: \($0)." }]
            .compactMap { $0 }
        let cut = levels.count >= 2 ? ["A positive result is \(positive == 1 ? "the first level" : "the first \(positive) levels") (\(levels.prefix(positive).map(\.label).joined(separator: ", ")))."] : []
        let sentences = parts + cut
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    private func twoByTwo() -> SafeHTML {
        let c = counts
        let condition = SafeHTML(escaping: target ?? "the condition")
        let row = { (label: String, present: Int, absent: Int) -> SafeHTML in
            "<tr><th scope=\"row\">\(label)</th><td>\(present)</td><td>\(absent)</td><td>\(present + absent)</td></tr>\n"
        }
        let rows = row("Test positive", c.truePositives, c.falsePositives) + row("Test negative", c.falseNegatives, c.trueNegatives)
            + row("Total", c.truePositives + c.falseNegatives, c.falsePositives + c.trueNegatives)
        return "<table class=\"arms two-by-two\">\n<thead><tr><th scope=\"col\">Result</th><th scope=\"col\">With \(condition)</th><th scope=\"col\">Without</th><th scope=\"col\">Total</th></tr></thead>\n<tbody>\n\(rows)</tbody>\n</table>\n"
    }

    private func levelTable(_ results: BlockResults, _ style: NumberStyle) -> SafeHTML {
        guard levels.count >= 2 else { return "" }
        let rows = levels.enumerated().map { offset, level -> SafeHTML in
            let side = offset < positive ? "positive" : "negative"
            return "<tr class=\"level-\(side)\"><th scope=\"row\">\(level.label)</th><td>\(level.withCondition)</td><td>\(level.withoutCondition)</td><td>\(ResultTable.cell(results, "\(level.slug).lr", style))</td><td>\(ResultTable.cell(results, "\(level.slug).posttest", style))</td></tr>\n"
        }
        let condition = SafeHTML(escaping: target ?? "the condition")
        return "<table class=\"arms levels\">\n<thead><tr><th scope=\"col\">Result</th><th scope=\"col\">With \(condition)</th><th scope=\"col\">Without</th><th scope=\"col\">Likelihood ratio (95% CI)</th><th scope=\"col\">Post-test probability</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: rows))</tbody>\n</table>\n"
    }
}
