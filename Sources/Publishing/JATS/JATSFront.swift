import Appraisal

/// The JATS `<journal-meta>` and `<article-meta>` of a report: only what the front matter
/// and the site say, so an absent author, date or DOI leaves its element out.
enum JATSFront {
    /// The site as the journal.
    static func journalMeta(_ record: AppraisalRecord) -> String {
        "<journal-meta>\n<journal-title-group><journal-title>\(XMLText.escape(record.journal))</journal-title></journal-title-group>\n</journal-meta>"
    }

    /// Identifiers, title, authors and affiliations, date, address, abstract and keywords; the
    /// authors' names as `names` has them read (the record's CSL item, which parsed them once).
    static func articleMeta(_ record: AppraisalRecord, names: [CSLReference.Name]) -> String {
        let escape = XMLText.escape
        var lines = ["<article-meta>"]
        if let doi = record.doi { lines.append("<article-id pub-id-type=\"doi\">\(escape(doi))</article-id>") }
        if let design = record.design {
            lines.append("<article-categories><subj-group subj-group-type=\"heading\"><subject>Critically appraised topic</subject></subj-group><subj-group subj-group-type=\"study-design\"><subject>\(escape(design))</subject></subj-group></article-categories>")
        }
        lines.append("<title-group><article-title>\(escape(record.title))</article-title></title-group>")
        let affiliations = record.authors.compactMap(\.affiliation).reduce(into: [String]()) { list, item in
            if !list.contains(item) { list.append(item) }
        }
        if !record.authors.isEmpty {
            lines.append("<contrib-group>")
            for (author, name) in zip(record.authors, names) {
                let xref = author.affiliation.flatMap { affiliations.firstIndex(of: $0) }
                    .map { "<xref ref-type=\"aff\" rid=\"aff-\($0 + 1)\"/>" } ?? ""
                lines.append("<contrib contrib-type=\"author\">\(JATSReference.name(name))\(xref)</contrib>")
            }
            lines.append("</contrib-group>")
        }
        for (index, affiliation) in affiliations.enumerated() {
            lines.append("<aff id=\"aff-\(index + 1)\">\(escape(affiliation))</aff>")
        }
        if let date = record.date {
            lines.append("<pub-date publication-format=\"electronic\" date-type=\"pub\" iso-8601-date=\"\(date)\"><day>\(pad(date.day))</day><month>\(pad(date.month))</month><year>\(date.year)</year></pub-date>")
        }
        if let url = record.url { lines.append("<self-uri xlink:href=\"\(escape(url))\"/>") }
        var abstract: [String] = []
        if let question = record.question { abstract.append("<sec><title>Clinical question</title><p>\(escape(question))</p></sec>") }
        if let bottomLine = record.bottomLine { abstract.append("<sec><title>Clinical bottom line</title><p>\(escape(bottomLine))</p></sec>") }
        if !abstract.isEmpty { lines.append("<abstract>\n\(abstract.joined(separator: "\n"))\n</abstract>") }
        if !record.keywords.isEmpty {
            lines.append("<kwd-group kwd-group-type=\"author\">\(record.keywords.map { "<kwd>\(escape($0))</kwd>" }.joined())</kwd-group>")
        }
        lines.append("</article-meta>")
        return lines.joined(separator: "\n")
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}
