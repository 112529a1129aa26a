import Appraisal

/// CSL items as CSL-JSON, the format of citeproc, Zotero and Pandoc: a list of objects with
/// CSL's own field names.
enum CSLJSONWriter {
    /// The list of items as a JSON document.
    static func document(_ references: [CSLReference]) -> String {
        JSONValue.array(references.map(item)).text
    }

    /// One item.
    static func item(_ reference: CSLReference) -> JSONValue {
        let dateParts = [reference.year, reference.month, reference.day].prefix { $0 != nil }.compactMap { $0 }
        return .object(dropping: [
            "id": .string(reference.id),
            "type": .string(reference.type ?? (reference.containerTitle == nil ? "document" : "article-journal")),
            "author": reference.authors.isEmpty ? nil : .array(reference.authors.map(name)),
            "title": reference.title.map(JSONValue.string),
            "container-title": reference.containerTitle.map(JSONValue.string),
            "container-title-short": reference.containerTitleShort.map(JSONValue.string),
            "publisher": reference.publisher.map(JSONValue.string),
            "issued": dateParts.isEmpty ? nil : .object(["date-parts": .array([.array(dateParts.map(JSONValue.int))])]),
            "volume": reference.volume.map(JSONValue.string),
            "issue": reference.issue.map(JSONValue.string),
            "page": reference.page.map(JSONValue.string),
            "DOI": reference.doi.map { .string(AMAReference.bareDOI($0)) },
            "PMID": reference.pmid.map(JSONValue.string),
            "URL": reference.url.map(JSONValue.string),
            "abstract": reference.abstract.map(JSONValue.string),
        ])
    }

    /// A CSL name object: its parts, or `literal` for an organisation.
    static func name(_ name: CSLReference.Name) -> JSONValue {
        guard name.family != nil else { return .object(["literal": .string(name.literal ?? "")]) }
        return .object(dropping: [
            "family": name.family.map(JSONValue.string), "given": name.given.map(JSONValue.string),
            "non-dropping-particle": name.nonDroppingParticle.map(JSONValue.string),
            "dropping-particle": name.droppingParticle.map(JSONValue.string), "suffix": name.suffix.map(JSONValue.string),
        ])
    }
}
