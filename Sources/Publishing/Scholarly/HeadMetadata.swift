import Appraisal
import Markdown

/// What a report's `<head>` tells indexers and reference managers: Highwire Press `citation_*`
/// tags (Google Scholar), Open Graph and Twitter card tags, a canonical link when the site has
/// a base URL, and the schema.org JSON-LD. Every value is escaped by `SafeHTML`.
enum HeadMetadata {
    /// The tags, each on its own line starting with a line break.
    static func html(_ record: AppraisalRecord, appraised: CSLReference?) -> SafeHTML {
        // Each tag is appended where it goes: an array of tags, each prefixed with its line break
        // and then joined, copied every tag three times (5 M of this function's 39 M instructions
        // for 200 pages).
        var tags: SafeHTML = ""
        tags.reserveCapacity(4096)
        func append(_ tag: SafeHTML) {
            tags += "\n"
            tags += tag
        }
        // Appended piece by piece: an interpolated tag was a string of its own, made, copied in and
        // freed, 3,700 instructions for each of a page's twenty tags.
        func tag(_ attribute: SafeHTML, _ name: SafeHTML, _ content: String) {
            tags += "\n<meta "
            tags += attribute
            tags += "=\""
            tags += name
            tags += "\" content=\""
            tags += SafeHTML(escaping: content)
            tags += "\">"
        }
        func meta(_ name: SafeHTML, _ content: String) { tag("name", name, content) }
        func property(_ name: SafeHTML, _ content: String) { tag("property", name, content) }
        let description = record.bottomLine ?? record.question
        if let description { meta("description", description) }
        if let url = record.url { append("<link rel=\"canonical\" href=\"\(url)\">") }
        meta("citation_title", record.title)
        for author in record.authors {
            meta("citation_author", author.name)
            if let affiliation = author.affiliation { meta("citation_author_institution", affiliation) }
        }
        if let date = record.date { meta("citation_publication_date", highwireDate(date)) }
        meta("citation_journal_title", record.journal)
        if let doi = record.doi { meta("citation_doi", doi) }
        meta("citation_language", record.language)
        if let url = record.url { meta("citation_fulltext_html_url", url) }
        if let abstract = record.abstract { meta("citation_abstract", abstract) }
        for keyword in record.keywords { meta("citation_keywords", keyword) }
        property("og:type", "article")
        property("og:title", record.title)
        if let description { property("og:description", description) }
        property("og:site_name", record.journal)
        if let url = record.url { property("og:url", url) }
        if let date = record.date { property("article:published_time", date.description) }
        for keyword in record.keywords { property("article:tag", keyword) }
        meta("twitter:card", "summary")
        meta("twitter:title", record.title)
        if let description { meta("twitter:description", description) }
        let json = SafeHTML(trustedJSON: ScholarlyJSONLD.document(record, appraised: appraised).scriptText)
        append("<script type=\"application/ld+json\">\n\(json)</script>")
        return tags
    }

    /// Highwire's date form, `YYYY/MM/DD`.
    static func highwireDate(_ date: ISODate) -> String {
        date.description.split(separator: "-").joined(separator: "/")
    }
}

extension SafeHTML {
    /// JSON whose `<`, `>` and `&` are `\u003c`-style escapes (`JSONValue.scriptText`), so that
    /// it cannot end a `<script>` element or open a comment.
    init(trustedJSON json: String) {
        self = SafeHTML(stringLiteral: json)
    }
}
