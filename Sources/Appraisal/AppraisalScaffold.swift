import Foundation

/// The skeleton of a critically appraised topic that `appraise new` writes: every section, the
/// checklist of the chosen design, and a data block to fill in where the design has numbers, with
/// `TODO:` placeholders that `appraise check --strict` reports until they are replaced.
public enum AppraisalScaffold {
    /// The file name (without `.md`) for a title: lower-case ASCII letters and digits joined by
    /// hyphens, accents removed (`Ärzte` → `arzte`).
    public static func slug(_ title: String) -> String {
        var slug = ""
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        for scalar in folded.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        let short = String(slug.prefix(80))
        return short.isEmpty ? "appraisal" : (short.hasSuffix("-") ? String(short.dropLast()) : short)
    }

    /// The Markdown text of a new appraisal dated `date`, re-appraisal due two years later.
    public static func markdown(title: String, design: ChecklistDesign, date: ISODate) -> String {
        let expires = ISODate(year: date.year + 2, month: date.month, day: date.month == 2 && date.day == 29 ? 28 : date.day)
        return frontMatter(title: title, design: design, date: date, expires: expires) + body(design: design)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    private static func frontMatter(title: String, design: ChecklistDesign, date: ISODate, expires: ISODate) -> String {
        """
        ---
        title: \(quoted(title))
        author: "TODO: your name"
        date: \(date)
        tags: []
        question: "\(questionTemplate(design))"
        pico:
          population: "TODO: who the question is about"
          intervention: "TODO: the treatment, exposure or test"
          comparison: "TODO: what it is compared with"
          outcome: "TODO: the outcome that matters to the patient"
        appraises: study
        design: \(design.key)
        evidence: {scale: sort, level: \(design.key == "systematic-review" ? 1 : 2)}   # TODO: check the level (sort 1-3, oxford 1-5, grade)
        bottom_line: "TODO: the one-sentence answer to the question"
        expires: \(expires)
        references:
          - id: study
            type: article-journal
            author: [{family: "TODO: Surname", given: "TODO: Initials"}]
            title: "TODO: title of the appraised study"
            container-title: "TODO: journal abbreviation"
            issued: {date-parts: [[2000]]}   # TODO: year; add volume, issue, page, DOI and PMID
        ---

        """
    }

    private static func body(design: ChecklistDesign) -> String {
        let checklist = design.questions.map { "# \($0.text)\n\($0.key):" }.joined(separator: "\n")
        return """

        # Clinical scenario

        TODO: describe the patient whose care raised the question.

        # Clinical question

        TODO: state the question in one sentence; its PICO is in the front matter and shows in the header.

        # Search

        TODO: where you searched, with which terms, on what date, and why you chose this study.

        # The study

        TODO: summarise the appraised study [@study]: setting, patients, \(design.name.lowercased()) design, follow-up.

        # Critical appraisal

        TODO: answer every question below with yes, no, unclear or n/a, and a note after a dash if you like, e.g. `\(design.keys.dropFirst().first ?? "focused_question"): unclear — the methods do not say`.

        ```checklist \(design.key)
        \(checklist)
        ```

        # Results

        \(results(design))
        # Clinical bottom line

        TODO: the answer to the question, and how sure you are of it.

        # Clinical application

        TODO: what this means for the patient in the scenario.

        # Learning points

        - TODO: one thing you learnt about appraising this kind of study.

        # References

        """
    }
}
