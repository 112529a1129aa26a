import Markdown
import Yams

/// Reads CSL items (CSL-YAML, or CSL-JSON, which YAML reads too) into `CSLReference`s.
///
/// CSL has many fields; unknown ones are ignored rather than warned about, since reference
/// managers export far more than a report prints.
struct CSLReferenceReader {
    var fields: YAMLFieldReader

    init(source: YAMLSource) {
        fields = YAMLFieldReader(source: source)
    }

    var diagnostics: [Diagnostic] { fields.diagnostics }

    /// The items of a CSL list.
    mutating func references(_ node: Node, key: String) -> [CSLReference] {
        guard let sequence = node.sequence else {
            fields.report(node, code: "yaml-type", "'\(key)' must be a list of CSL items",
                          hint: "each item starts with '- id: ...'")
            return []
        }
        return sequence.compactMap { reference($0, key: key) }
    }

    private mutating func reference(_ item: Node, key: String) -> CSLReference? {
        guard let mapping = fields.mapping(item, key: key) else { return nil }
        guard let idNode = mapping["id"] else {
            fields.report(item, code: "reference-missing-id", "a reference has no 'id'",
                          hint: "give each reference an id such as dalakas1993, and cite it as [@dalakas1993]")
            return nil
        }
        guard let id = text(idNode, key: "id") else { return nil }
        var reference = CSLReference(id: id)
        reference.position = fields.source.position(of: item)
        reference.type = text(mapping["type"], key: "type")
        reference.title = text(mapping["title"], key: "title")
        reference.containerTitle = text(mapping["container-title"], key: "container-title")
        reference.containerTitleShort = text(mapping["container-title-short"], key: "container-title-short")
            ?? text(mapping["journalAbbreviation"], key: "journalAbbreviation")
        reference.publisher = text(mapping["publisher"], key: "publisher")
        reference.volume = text(mapping["volume"], key: "volume")
        reference.issue = text(mapping["issue"], key: "issue")
        reference.page = text(mapping["page"], key: "page")
        reference.doi = text(mapping["DOI"] ?? mapping["doi"], key: "DOI")
        reference.pmid = text(mapping["PMID"] ?? mapping["pmid"], key: "PMID")
        reference.url = text(mapping["URL"] ?? mapping["url"], key: "URL")
        reference.abstract = text(mapping["abstract"], key: "abstract")
        let issued = dateParts(mapping["issued"])
        reference.year = issued.first
        reference.month = issued.count > 1 ? issued[1] : nil
        reference.day = issued.count > 2 ? issued[2] : nil
        if let authors = mapping["author"] { reference.authors = names(authors) }
        return reference
    }

    private mutating func text(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            fields.report(node, code: "yaml-type", "'\(key)' of a reference must be text, not \(YAMLFieldReader.describe(node))")
            return nil
        }
        let value = scalar.string.trimmingWhitespace()
        return value.isEmpty ? nil : value
    }

    private mutating func names(_ node: Node) -> [CSLReference.Name] {
        guard let sequence = node.sequence else {
            fields.report(node, code: "yaml-type", "'author' of a reference must be a list of names",
                          hint: "for example: author: [{family: Dalakas, given: M C}]")
            return []
        }
        return sequence.compactMap { item in
            if let literal = item.scalar?.string.trimmingWhitespace(), !literal.isEmpty {
                return CSLReference.Name(literal: literal)
            }
            guard let mapping = fields.mapping(item, key: "author") else { return nil }
            let name = CSLReference.Name(family: text(mapping["family"], key: "family"), given: text(mapping["given"], key: "given"),
                                         literal: text(mapping["literal"], key: "literal"),
                                         nonDroppingParticle: text(mapping["non-dropping-particle"], key: "non-dropping-particle"),
                                         droppingParticle: text(mapping["dropping-particle"], key: "dropping-particle"),
                                         suffix: text(mapping["suffix"], key: "suffix"))
            return name.family == nil && name.literal == nil ? nil : name
        }
    }

    /// Year, month and day of `issued` as far as given: `{date-parts: [[1993, 12]]}`, `{raw: ...}`,
    /// or a plain year or `YYYY-MM-DD` date.
    private mutating func dateParts(_ node: Node?) -> [Int] {
        guard let node else { return [] }
        if let scalar = node.scalar { return Self.parts(ofDate: scalar.string) }
        guard let mapping = node.mapping else { return [] }
        if let parts = mapping["date-parts"]?.sequence?.first?.sequence, let year = parts.first?.scalar.flatMap({ Int($0.string) }) {
            let rest = parts.dropFirst().prefix(2).map { $0.scalar.flatMap { Int($0.string) } }
            let valid = zip(rest, [1...12, 1...31]).prefix { value, range in value.map(range.contains) == true }
            return [year] + valid.compactMap(\.0)
        }
        if let raw = mapping["raw"]?.scalar?.string ?? mapping["literal"]?.scalar?.string { return Self.parts(ofDate: raw) }
        fields.report(node, severity: .warning, code: "reference-date", "the 'issued' date of a reference could not be read",
                      hint: "write issued: {date-parts: [[1993]]}")
        return []
    }

    /// `1993` → [1993]; `1993-12-30` → [1993, 12, 30]; anything unreadable after the year is left out.
    private static func parts(ofDate text: String) -> [Int] {
        guard let year = Int(text.prefix(4)) else { return [] }
        let rest = text.dropFirst(4).split(separator: "-").prefix(2).map { Int($0) }
        let valid = zip(rest, [1...12, 1...31]).prefix { value, range in value.map(range.contains) == true }
        return [year] + valid.compactMap(\.0)
    }
}
