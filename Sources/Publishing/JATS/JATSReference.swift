import Appraisal

/// CSL items as JATS `<ref>`s with `<element-citation>`s: each part in its own element, so a
/// journal's production system reads the reference rather than parsing a formatted string.
enum JATSReference {
    /// Reference `number` (its id is `ref-N`, as `<xref rid>` names it).
    static func ref(_ reference: CSLReference, number: Int) -> String {
        let escape = XMLText.escape
        var parts: [String] = []
        let people = reference.authors.filter { !CSLReference.Name.isEtAl($0.literal ?? "") }
        if !reference.authors.isEmpty {
            let etAl = people.count < reference.authors.count ? "<etal/>" : ""
            parts.append("<person-group person-group-type=\"author\">\(people.map(name).joined())\(etAl)</person-group>")
        }
        let isBook = reference.type == "book"
        if let title = reference.title { parts.append(isBook ? "<source>\(escape(title))</source>" : "<article-title>\(escape(title))</article-title>") }
        if !isBook, let source = reference.containerTitle ?? reference.containerTitleShort { parts.append("<source>\(escape(source))</source>") }
        if let publisher = reference.publisher { parts.append("<publisher-name>\(escape(publisher))</publisher-name>") }
        if let year = reference.year { parts.append("<year iso-8601-date=\"\(year)\">\(year)</year>") }
        if let volume = reference.volume { parts.append("<volume>\(escape(volume))</volume>") }
        if let issue = reference.issue { parts.append("<issue>\(escape(issue))</issue>") }
        if let page = reference.page {
            let pages = page.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { String($0).trimmingWhitespace() }
            if pages.count == 2 {
                parts.append("<fpage>\(escape(pages[0]))</fpage><lpage>\(escape(pages[1]))</lpage>")
            } else {
                parts.append("<elocation-id>\(escape(page))</elocation-id>")
            }
        }
        if let doi = reference.doi.map(AMAReference.bareDOI) { parts.append("<pub-id pub-id-type=\"doi\">\(escape(doi))</pub-id>") }
        if let pmid = reference.pmid { parts.append("<pub-id pub-id-type=\"pmid\">\(escape(pmid))</pub-id>") }
        if let url = reference.url { parts.append("<ext-link ext-link-type=\"uri\" xlink:href=\"\(escape(url))\">\(escape(url))</ext-link>") }
        let type = isBook ? "book" : reference.type == "webpage" ? "webpage" : (reference.containerTitle ?? reference.containerTitleShort) == nil ? "other" : "journal"
        return "<ref id=\"ref-\(number)\"><label>\(number)</label><element-citation publication-type=\"\(type)\">\(parts.joined())</element-citation></ref>"
    }

    /// A person as `<name>` (the particle kept with the surname), an organisation as `<collab>`.
    static func name(_ name: CSLReference.Name) -> String {
        let escape = XMLText.escape
        guard let family = name.fullFamily else { return "<collab>\(escape(name.literal ?? ""))</collab>" }
        let given = name.given.map { "<given-names>\(escape($0))</given-names>" } ?? ""
        let suffix = name.suffix.map { "<suffix>\(escape($0))</suffix>" } ?? ""
        return "<name><surname>\(escape(family))</surname>\(given)\(suffix)</name>"
    }
}
