import Appraisal
import Markdown

/// The HTML table a `summary-of-findings` block is replaced by: GRADE's layout, one row per
/// outcome, the reasons for rating down as numbered notes under it.
enum SummaryOfFindingsTable {
    /// The table for `table`.
    static func html(_ table: SummaryOfFindings, style: NumberStyle) -> SafeHTML {
        let id = "sof-\(table.position.line)"
        var notes: [String] = []
        var rows: [SafeHTML] = []
        for outcome in table.outcomes {
            var references: [SafeHTML] = []
            for downgrade in outcome.downgrades {
                notes.append(downgrade.footnote)
                references.append("<a href=\"#\(id)-note-\(notes.count)\" aria-label=\"note \(notes.count)\">\(notes.count)</a>")
            }
            rows.append(row(outcome, references: references, style: style))
        }
        let comparison = table.comparison ?? "the comparison"
        let noteList: SafeHTML = notes.isEmpty ? "" : "<ol class=\"sof-notes\">\n"
            + SafeHTML(joining: notes.enumerated().map { "<li id=\"\(id)-note-\($0.offset + 1)\">\($0.element)</li>\n" }) + "</ol>\n"
        return """
            <figure class="summary-of-findings" id="\(id)">
            <figcaption><span class="sof-title">Summary of findings: \(title(table))</span>\(context(table))</figcaption>
            <div class="sof-scroll">
            <table>
            <thead>
            <tr><th scope="col" rowspan="2">Outcome</th><th scope="colgroup" colspan="2">Anticipated absolute effects (95% CI)</th>\
            <th scope="col" rowspan="2">Relative effect (95% CI)</th><th scope="col" rowspan="2">Participants (studies)</th>\
            <th scope="col" rowspan="2">Certainty of the evidence (GRADE)</th><th scope="col" rowspan="2">Comment</th></tr>
            <tr><th scope="col">Risk with \(comparison)</th><th scope="col">Risk difference with \(table.intervention ?? "the intervention")</th></tr>
            </thead>
            <tbody>
            \(SafeHTML(joining: rows))</tbody>
            </table>
            </div>
            \(noteList)<p class="sof-method">The risk with the intervention (and its 95% CI) is the assumed risk with \(comparison) \
            changed by the relative effect of the intervention (and its 95% CI). GRADE certainty: high ⊕⊕⊕⊕, moderate ⊕⊕⊕◯, low ⊕⊕◯◯, very low ⊕◯◯◯.</p>
            </figure>

            """
    }

    private static func title(_ table: SummaryOfFindings) -> String {
        var title = table.intervention ?? "the intervention"
        if let comparison = table.comparison { title += " compared with \(comparison)" }
        if let population = table.population { title += " for \(population)" }
        return title
    }

    private static func context(_ table: SummaryOfFindings) -> SafeHTML {
        let parts = [("Population", table.population), ("Intervention", table.intervention), ("Comparison", table.comparison)]
            .compactMap { label, value in value.map { "\(label): \($0)" } }
        return parts.isEmpty ? "" : "<span class=\"sof-context\">\(parts.joined(separator: ". ")).</span>"
    }

    private static func row(_ outcome: SummaryOfFindings.Outcome, references: [SafeHTML], style: NumberStyle) -> SafeHTML {
        let followUp: SafeHTML = outcome.followUp.map { "<span class=\"sof-detail\">follow-up: \($0)</span>" } ?? ""
        let comparison: SafeHTML, difference: SafeHTML
        if let absolute = outcome.absolute {
            comparison = "<strong class=\"sof-risk\">\(absolute.comparisonText)</strong><span class=\"sof-detail\">\(outcome.baselineSource == "assumed" ? "assumed risk" : outcome.baselineSource)</span>"
            difference = "<strong>\(AbsoluteEffect.words(absolute.difference)) per 1,000</strong><span class=\"sof-detail\">(from \(AbsoluteEffect.words(absolute.low)) to \(AbsoluteEffect.words(absolute.high)))</span>"
        } else {
            comparison = "not computed: no baseline risk"
            difference = "not computed: no baseline risk"
        }
        let relative: SafeHTML = outcome.relative.map {
            "<strong>\($0.label) \(style.ratio($0.value))</strong><span class=\"sof-detail sof-interval\">(\(style.ratio($0.low)) to \(style.ratio($0.high)))</span>"
        } ?? "not a ratio (risk difference)"
        let participants = outcome.participants.map { AbsoluteEffect.grouped($0) } ?? "not reported"
        let studies = outcome.studies.map { "\($0) \($0 == 1 ? "study" : "studies")" } ?? "studies not reported"
        let certainty = outcome.certainty
        let marks: SafeHTML = references.isEmpty ? "" : "<sup class=\"sof-note-refs\">\(SafeHTML(joining: references, separator: ","))</sup>"
        return """
            <tr data-block="\(outcome.block)"><th scope="row">\(outcome.name)\(followUp)</th><td>\(comparison)</td><td>\(difference)</td>\
            <td>\(relative)</td><td>\(participants)<span class="sof-detail">(\(studies))</span></td>\
            <td class="certainty certainty-\(certainty.className)"><span class="certainty-symbols" role="img" aria-label="\(certainty.rawValue) of 4">\(certainty.symbols)</span> \
            <span class="certainty-word">\(certainty.word.uppercased())</span>\(marks)</td><td>\(outcome.comment ?? "")</td></tr>

            """
    }
}
