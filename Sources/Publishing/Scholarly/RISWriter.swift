import Appraisal

/// CSL items as RIS records (the RefMan tagged format every reference manager imports):
/// `TAG  - value` lines ending in CR LF, `TY` first and `ER` last.
enum RISWriter {
    /// Every item as one record, one after another.
    static func document(_ references: [CSLReference]) -> String {
        references.map(record).joined()
    }

    /// One record, leaving out whatever is missing.
    static func record(_ reference: CSLReference) -> String {
        var lines: [(String, String)] = [("TY", type(reference))]
        lines += reference.authors.filter { !CSLReference.Name.isEtAl($0.literal ?? "") }.map { ("AU", name($0)) }
        if let title = reference.title { lines.append(("TI", title)) }
        if reference.type != "book", let container = reference.containerTitle ?? reference.containerTitleShort {
            lines.append(("T2", container))
        }
        if let short = reference.containerTitleShort, reference.containerTitle != nil { lines.append(("J2", short)) }
        if let publisher = reference.publisher { lines.append(("PB", publisher)) }
        if let year = reference.year {
            lines.append(("PY", String(year)))
            let month = reference.month.map { pad($0) } ?? ""
            let day = reference.day.map { pad($0) } ?? ""
            lines.append(("DA", "\(year)/\(month)/\(day)/"))
        }
        if let volume = reference.volume { lines.append(("VL", volume)) }
        if let issue = reference.issue { lines.append(("IS", issue)) }
        if let page = reference.page {
            let parts = page.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
            if let first = parts.first { lines.append(("SP", first)) }
            if parts.count > 1, let last = parts.last { lines.append(("EP", last)) }
        }
        if let doi = reference.doi.map(AMAReference.bareDOI) { lines.append(("DO", doi)) }
        if let url = reference.url { lines.append(("UR", url)) }
        if let abstract = reference.abstract { lines.append(("AB", abstract)) }
        if let pmid = reference.pmid { lines.append(("AN", pmid)) }
        lines.append(("ID", reference.id))
        let text = lines.map { "\($0.0)  - \(oneLine($0.1))\r\n" }.joined()
        return text + "ER  - \r\n"
    }

    /// The RIS reference type for a CSL type.
    static func type(_ reference: CSLReference) -> String {
        switch reference.type {
        case "book": "BOOK"
        case "chapter": "CHAP"
        case "paper-conference": "CPAPER"
        case "report": "RPRT"
        case "thesis": "THES"
        case "webpage", "post-weblog": "ELEC"
        case "dataset": "DATA"
        case nil: reference.containerTitle == nil ? "GEN" : "JOUR"
        default: "JOUR"
        }
    }

    /// `Family, Given[, Suffix]` with the particles before the family name; an organisation
    /// as written, without a comma, which reference managers read as one name.
    static func name(_ name: CSLReference.Name) -> String {
        guard let family = name.fullFamily else { return name.literal ?? "" }
        let parts = [family, name.given ?? "", name.suffix].compactMap { $0 }
        return parts.joined(separator: ", ")
    }

    /// Line breaks and tabs as spaces: an RIS value is one line.
    private static func oneLine(_ text: String) -> String {
        // A tab and every line break start with one of these bytes (U+0085 with C2, U+2028 and
        // U+2029 with E2): text without any (nearly all) is one line already.
        guard text.utf8.contains(where: { (0x09...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}
