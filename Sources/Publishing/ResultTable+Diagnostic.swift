import Appraisal
import Markdown

extension DiagnosticData: ResultTableContent {
    /// The result levels (when given), the 2×2 table with totals, then every accuracy measure.
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] {
        levelTable(results, style) + [twoByTwo()] + ResultTable.measures(results, style, [
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

    private func twoByTwo() -> GeneratedTable {
        let c = counts
        let condition = SafeHTML(escaping: target ?? "the condition")
        let row = { (label: String, present: Int, absent: Int) -> GeneratedTable.Row in
            GeneratedTable.Row(cells: [.header("\(label)", scope: .row), .data("\(present)"), .data("\(absent)"), .data("\(present + absent)")])
        }
        let rows = [row("Test positive", c.truePositives, c.falsePositives), row("Test negative", c.falseNegatives, c.trueNegatives),
                    row("Total", c.truePositives + c.falseNegatives, c.falsePositives + c.trueNegatives)]
        return ResultTable.arms(rows, headings: ["Result", "With \(condition)", "Without", "Total"], classes: "arms two-by-two")
    }

    private func levelTable(_ results: BlockResults, _ style: NumberStyle) -> [GeneratedTable] {
        guard levels.count >= 2 else { return [] }
        let rows = levels.enumerated().map { offset, level -> GeneratedTable.Row in
            let side = offset < positive ? "positive" : "negative"
            return GeneratedTable.Row(cells: [.header("\(level.label)", scope: .row), .data("\(level.withCondition)"), .data("\(level.withoutCondition)"),
                                              .data(ResultTable.cell(results, "\(level.slug).lr", style)),
                                              .data(ResultTable.cell(results, "\(level.slug).posttest", style))],
                                      htmlAttributes: " class=\"level-\(side)\"")
        }
        let condition = SafeHTML(escaping: target ?? "the condition")
        return [ResultTable.arms(rows, headings: ["Result", "With \(condition)", "Without", "Likelihood ratio (95% CI)", "Post-test probability"],
                                 classes: "arms levels")]
    }
}
