import Appraisal
import Markdown

/// What a report's `<head>` tells indexers and reference managers: Highwire Press `citation_*`
/// tags (Google Scholar), Open Graph and Twitter card tags, a canonical link when the site has
/// a base URL, and the schema.org JSON-LD. Every value is escaped by `SafeHTML`.
enum HeadMetadata {
    /// The tags, each on its own line starting with a line break.
    static func html(_ record: AppraisalRecord, appraised: CSLReference?) -> SafeHTML {
        // Built as bytes, each tag appended where it goes: appending some 130 pieces to a string
        // cost 350 instructions each, an interpolated tag 3,700.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8192)
        func tag(_ attribute: StaticString, _ name: StaticString, _ content: String) {
            ByteSearch.appendLiteral("\n<meta ", to: &bytes)
            ByteSearch.appendLiteral(attribute, to: &bytes)
            ByteSearch.appendLiteral("=\"", to: &bytes)
            ByteSearch.appendLiteral(name, to: &bytes)
            ByteSearch.appendLiteral("\" content=\"", to: &bytes)
            SafeHTML.appendEscaped(content, to: &bytes)
            ByteSearch.appendLiteral("\">", to: &bytes)
        }
        func meta(_ name: StaticString, _ content: String) { tag("name", name, content) }
        func property(_ name: StaticString, _ content: String) { tag("property", name, content) }
        let description = record.bottomLine ?? record.question
        if let description { meta("description", description) }
        if let url = record.url {
            ByteSearch.appendLiteral("\n<link rel=\"canonical\" href=\"", to: &bytes)
            SafeHTML.appendEscaped(url, to: &bytes)
            ByteSearch.appendLiteral("\">", to: &bytes)
        }
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
        // The JSON is the writer's, every string in it escaped for a `<script>` element.
        ByteSearch.appendLiteral("\n<script type=\"application/ld+json\">\n", to: &bytes)
        bytes += ScholarlyJSONLD.document(record, appraised: appraised).scriptBytes
        ByteSearch.appendLiteral("</script>", to: &bytes)
        return SafeHTML(writtenMarkup: bytes)
    }

    /// Highwire's date form, `YYYY/MM/DD`.
    static func highwireDate(_ date: ISODate) -> String {
        let text = date.description
        // A four-digit year's date is ten ASCII digits and hyphens: each hyphen becomes a slash.
        guard (1000...9999).contains(date.year) else { return text.split(separator: "-").joined(separator: "/") }
        return String(decoding: text.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }
}
