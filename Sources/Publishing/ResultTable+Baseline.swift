import Appraisal
import Markdown

extension ResultTable {
    /// A baseline table with the reported and recomputed P of every row and the verdict.
    static func baseline(_ table: BaselineTable, _ results: BlockResults, _ style: NumberStyle) -> [GeneratedTable] {
        let groupHeaders = table.groups.map { group -> SafeHTML in "\(group.name.display) (n = \(group.size))" }
        let checks = Dictionary(results.checks.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = table.rows.map { row -> GeneratedTable.Row in
            let values = row.values.map { GeneratedTable.Cell.data("\(text(of: $0))") }
            let check = checks["\(row.label): P"]
            let recomputed = results["\(row.slug).p"]
            let recomputedText = check?.outcome == .notVerifiable ? nil : recomputed.map { style.pFigure($0.quantity.value, decimals: 3) }
            let verdict = check.map(\.outcome.rawValue) ?? "no-P-reported"
            return GeneratedTable.Row(
                cells: [.header("\(row.label)", scope: .row)] + values + [
                    .data("\(row.reportedP?.text ?? "—")"), .data("\(recomputedText ?? "—")"),
                    .data("\(shortTestName(recomputed?.method, recomputed: recomputedText != nil))"),
                    .data("\(check?.outcome.label ?? "no P reported")", html: " class=\"verdict\""),
                ],
                htmlAttributes: " class=\"\(verdict)\"")
        }
        let note: SafeHTML = "Recomputed from the printed summaries: Student's t-test for mean ± SD (one-way ANOVA for more than two groups), Pearson chi-square without continuity correction for counts. Medians and quartiles cannot be retested."
        return [GeneratedTable(htmlAttributes: " class=\"baseline\"",
                               head: columns(["Characteristic"] + groupHeaders + ["Reported P", "Recomputed P", "Test", "Check"]), body: rows,
                               foot: GeneratedTable.Row(cells: [.data(note, colspan: table.groups.count + 5)]))]
    }

    /// A short name for the test column; the full method is in the verification panel.
    private static func shortTestName(_ method: String?, recomputed: Bool) -> String {
        guard recomputed, let method = method?.lowercased() else { return "—" }
        if method.contains("anova") { return "ANOVA" }
        if method.contains("t-test") { return "t-test" }
        if method.contains("chi-square") { return "chi-square" }
        return "—"
    }

    static func text(of value: BaselineTable.Value) -> String {
        switch value {
        case .meanSD(let mean, let sd): "\(mean.text) ± \(sd.text)"
        case .count(let count, let percent): percent.map { "\(count) (\($0.text)%)" } ?? "\(count)"
        case .median(let median, let q1, let q3): "\(clean(median)) (\(clean(q1))–\(clean(q3)))"
        }
    }

    private static func clean(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
