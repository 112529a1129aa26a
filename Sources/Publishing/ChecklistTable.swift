import Appraisal
import Markdown

/// The table a `checklist` block is replaced by, on the page and in the JATS article: questions
/// grouped as validity, results and applicability, each with its answer and note, under a
/// one-line summary.
enum ChecklistTable {
    /// The checklist's table under its one-line summary.
    static func tables(_ checklist: Checklist) -> CaptionedTables {
        var rows: [GeneratedTable.Row] = []
        for group in ChecklistQuestion.Group.allCases {
            let questions = checklist.design.questions.filter { $0.group == group }
            guard !questions.isEmpty else { continue }
            rows.append(GeneratedTable.Row(cells: [.header("\(group.title)", scope: .rowgroup, colspan: 3)], htmlAttributes: " class=\"checklist-group\""))
            for question in questions {
                let response = checklist.responses[question.key]
                let answer = response?.answer.className ?? "unanswered"
                let label = response?.answer.label ?? "Unanswered"
                rows.append(GeneratedTable.Row(
                    cells: [.header("\(question.text)", scope: .row), .data("\(label)", html: " class=\"answer answer-\(answer)\""),
                            .data("\(response?.note ?? "")", html: " class=\"note\"")],
                    htmlAttributes: " data-key=\"\(question.key)\""))
            }
        }
        let caption: SafeHTML = "Appraisal checklist: \(checklist.design.name). <span class=\"checklist-summary\">\(checklist.summary).</span>"
        return CaptionedTables(caption: caption, tables: [GeneratedTable(htmlAttributes: "", head: ResultTable.columns(["Question", "Answer", "Note"]), body: rows)])
    }

    /// The table for `checklist` as the page shows it.
    static func html(_ checklist: Checklist) -> SafeHTML {
        let figure = tables(checklist)
        return "<figure class=\"checklist\">\n<figcaption>\(figure.caption)</figcaption>\n\(SafeHTML(joining: figure.tables.map(\.html)))</figure>\n"
    }
}
