import Appraisal
import Markdown

/// The traffic-light table a `risk-of-bias` block is replaced by: one row per study, one
/// column per domain and the overall judgement, each cell a coloured symbol and the word.
enum RiskOfBiasTable {
    /// The table for `assessment`; the summary chart follows it separately.
    static func html(_ assessment: RiskOfBiasAssessment) -> SafeHTML {
        let tool = assessment.tool
        let id = "rob-\(assessment.position.line)"
        let codes = Self.codes(tool)
        let headings = zip(tool.domains, codes).map { domain, code -> SafeHTML in
            "<th scope=\"col\"><abbr title=\"\(domain.title)\"><span class=\"rob-heading\">\(domain.heading)</span><span class=\"rob-code\" aria-hidden=\"true\">\(code)</span></abbr></th>"
        }
        let domainKey = zip(tool.domains, codes).map { domain, code -> SafeHTML in "<span class=\"rob-domain\">\(code) (\(domain.heading)): \(domain.title)</span>" }
        var notes: [String] = []
        var rows: [SafeHTML] = []
        for study in assessment.studies {
            var cells = tool.domains.map { domain -> SafeHTML in
                study.judgements[domain.key].map { cell($0) } ?? "<td>not judged</td>"
            }
            var overall = cell(study.shownOverall, overall: true)
            if let author = study.authorOverall, author != study.overall {
                notes.append("\(study.name): the overall judgement is the author's; \(tool.name)'s rule (the worst domain) gives \(study.overall.word).")
                overall = cell(author, overall: true, note: "\(id)-note-\(notes.count)", number: notes.count)
            }
            cells.append(overall)
            rows.append("<tr><th scope=\"row\">\(study.name)</th>\(SafeHTML(joining: cells))</tr>\n")
        }
        let legend = tool.judgements.map { judgement -> SafeHTML in
            let mark = RiskOfBiasMarks.mark(judgement)
            return "<span class=\"rob-key\">\(markSpan(mark)) \(judgement.label)</span>"
        }
        let scope: SafeHTML = assessment.block.map { " of the studies in meta-analysis <code>\($0)</code>" } ?? ""
        let noteList: SafeHTML = notes.isEmpty ? "" : "<ol class=\"rob-notes\">\n"
            + SafeHTML(joining: notes.enumerated().map { "<li id=\"\(id)-note-\($0.offset + 1)\">\($0.element)</li>\n" }) + "</ol>\n"
        return """
            <figure class="risk-of-bias" id="\(id)">
            <figcaption>Risk of bias (\(tool.name))\(scope): judgement per domain</figcaption>
            <div class="rob-scroll">
            <table class="traffic-light">
            <thead><tr><th scope="col">Study</th>\(SafeHTML(joining: headings))<th scope="col">Overall</th></tr></thead>
            <tbody>
            \(SafeHTML(joining: rows))</tbody>
            </table>
            </div>
            \(noteList)<p class="rob-legend">\(SafeHTML(joining: legend, separator: " "))</p>
            <p class="rob-domains">\(SafeHTML(joining: domainKey, separator: "; ")).</p>
            </figure>

            """
    }

    /// Short column codes: D1, D2... for risk-of-bias domains, A1, A2... for applicability.
    static func codes(_ tool: RiskOfBiasTool) -> [String] {
        var bias = 0, applicability = 0
        return tool.domains.map { domain in
            if domain.applicability {
                applicability += 1
                return "A\(applicability)"
            }
            bias += 1
            return "D\(bias)"
        }
    }

    private static func markSpan(_ mark: RiskOfBiasMarks.Mark) -> SafeHTML {
        "<span class=\"rob-mark\" aria-hidden=\"true\" style=\"background:\(mark.fill);color:\(mark.ink)\">\(mark.symbol)</span>"
    }

    private static func cell(_ judgement: RiskOfBiasTool.Judgement, overall: Bool = false, note: String? = nil, number: Int = 0) -> SafeHTML {
        let noteMark: SafeHTML = note.map { "<sup><a href=\"#\($0)\" aria-label=\"note \(number)\">\(number)</a></sup>" } ?? ""
        return "<td class=\"rob rob-\(judgement.className)\(overall ? " rob-overall" : "")\">\(markSpan(RiskOfBiasMarks.mark(judgement))) <span class=\"rob-word\">\(judgement.label)</span>\(noteMark)</td>"
    }
}
