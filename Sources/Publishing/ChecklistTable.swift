import Appraisal
import Markdown

/// The HTML table a `checklist` block is replaced by: questions grouped as validity, results
/// and applicability, each with its answer and note, under a one-line summary.
enum ChecklistTable {
    /// The table for `checklist`.
    static func html(_ checklist: Checklist) -> SafeHTML {
        var rows: [SafeHTML] = []
        for group in ChecklistQuestion.Group.allCases {
            let questions = checklist.design.questions.filter { $0.group == group }
            guard !questions.isEmpty else { continue }
            rows.append("<tr class=\"checklist-group\"><th scope=\"rowgroup\" colspan=\"3\">\(group.title)</th></tr>\n")
            for question in questions {
                let response = checklist.responses[question.key]
                let answer = response?.answer.className ?? "unanswered"
                let label = response?.answer.label ?? "Unanswered"
                rows.append("""
                    <tr data-key="\(question.key)"><th scope="row">\(question.text)</th>\
                    <td class="answer answer-\(answer)">\(label)</td><td class="note">\(response?.note ?? "")</td></tr>

                    """)
            }
        }
        return """
            <figure class="checklist">
            <figcaption>Appraisal checklist: \(checklist.design.name). <span class="checklist-summary">\(checklist.summary).</span></figcaption>
            <table>
            <thead><tr><th scope="col">Question</th><th scope="col">Answer</th><th scope="col">Note</th></tr></thead>
            <tbody>
            \(SafeHTML(joining: rows))</tbody>
            </table>
            </figure>

            """
    }
}
