import Appraisal
import Foundation
import Markdown

/// CSL items as BibTeX entries (UTF-8, for biber and bibtex8; BibTeX's special characters
/// escaped, capitals in titles protected by braces, organisations braced whole).
enum BibTeXWriter {
    /// Every item as one entry, separated by blank lines.
    static func document(_ references: [CSLReference]) -> String {
        references.map(entry).joined(separator: "\n")
    }

    /// One entry: `@article{key,\n  field = {value},\n...}`, leaving out whatever is missing.
    static func entry(_ reference: CSLReference) -> String {
        var fields: [(String, String)] = []
        if !reference.authors.isEmpty { fields.append(("author", reference.authors.map(name).joined(separator: " and "))) }
        if let title = reference.title { fields.append(("title", protectCapitals(title))) }
        let isBook = reference.type == "book"
        if let container = reference.containerTitle ?? reference.containerTitleShort, !isBook {
            fields.append((entryType(reference) == "article" ? "journal" : "howpublished", escape(container)))
        }
        if let publisher = reference.publisher { fields.append(("publisher", escape(publisher))) }
        if let year = reference.year { fields.append(("year", String(year))) }
        if let month = reference.month { fields.append(("month", String(month))) }
        if let day = reference.day { fields.append(("day", String(day))) }
        if let volume = reference.volume { fields.append(("volume", escape(volume))) }
        if let issue = reference.issue { fields.append(("number", escape(issue))) }
        if let page = reference.page { fields.append(("pages", escape(pageRange(page)))) }
        if let doi = reference.doi.map(AMAReference.bareDOI) { fields.append(("doi", escape(doi))) }
        if let pmid = reference.pmid { fields.append(("pmid", escape(pmid))) }
        if let url = reference.url { fields.append(("url", escapeURL(url))) }
        if let abstract = reference.abstract { fields.append(("abstract", escape(abstract))) }
        let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(entryType(reference)){\(key(reference.id)),\n\(body)\n}\n"
    }

    /// `1993-2000` or `1993–2000` as BibTeX's `1993--2000`; anything else as written.
    static func pageRange(_ page: String) -> String {
        let parts = page.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(" ") } ? parts.joined(separator: "--") : page
    }

    /// The BibTeX entry type for a CSL type.
    static func entryType(_ reference: CSLReference) -> String {
        switch reference.type {
        case "book": "book"
        case "chapter": "incollection"
        case "paper-conference": "inproceedings"
        case "report": "techreport"
        case "thesis": "phdthesis"
        case "webpage", "post-weblog", "dataset", "software": "misc"
        case nil: reference.containerTitle == nil ? "misc" : "article"
        default: "article"
        }
    }

    /// One name in BibTeX's `von Last, Jr, First` form; an organisation in double braces so that
    /// BibTeX takes it as one last name.
    static func name(_ name: CSLReference.Name) -> String {
        guard let family = name.family else {
            let literal = name.literal ?? ""
            return CSLReference.Name.isEtAl(literal) ? "others" : "{\(escape(literal))}"
        }
        var last = braceIfNeeded(escape(family))
        if let particle = [name.droppingParticle, name.nonDroppingParticle].compactMap({ $0 }).joined(separator: " ").nilIfEmpty {
            last = escape(particle) + " " + last
        }
        let given = name.given.map { braceIfNeeded(escape($0)) }
        switch (name.suffix, given) {
        case (let suffix?, let given?): return "\(last), \(escape(suffix)), \(given)"
        case (let suffix?, nil): return "\(last), \(escape(suffix)), "
        case (nil, let given?): return "\(last), \(given)"
        case (nil, nil): return last
        }
    }

    /// A citation key of letters, digits and `-_:.` only.
    static func key(_ id: String) -> String {
        // Among ASCII scalars the alphabetic ones are the letters and the numeric ones the digits,
        // so one byte test per scalar decides.
        let kept = id.unicodeScalars.map { scalar -> Character in
            guard scalar.isASCII, BibTeXWriter.keyBytes.contains(UInt8(scalar.value)) else { return "-" }
            return Character(scalar)
        }
        return kept.isEmpty ? "item" : String(kept)
    }

    /// The bytes a citation key keeps.
    private static let keyBytes = ASCIISet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:.")

    /// Text with BibTeX's and LaTeX's special characters escaped and line breaks as spaces.
    ///
    /// Braces become `\textbraceleft{}`: BibTeX counts `\{` as a brace, so it would unbalance
    /// the field.
    static func escape(_ text: String) -> String {
        // Text without any of the bytes below (most titles and names) has nothing to escape.
        guard text.utf8.contains(where: { BibTeXWriter.special.contains($0) }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\textbackslash{}"
            case "{": result += "\\textbraceleft{}"
            case "}": result += "\\textbraceright{}"
            case "$", "&", "%", "#", "_": result += "\\\(character)"
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            case "\n", "\r", "\t", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// The bytes of the characters `escape` changes.
    private static let special = ASCIISet("\\{}$&%#_~^\n\r\t")

    /// A URL as `url` fields take it: verbatim, with braces (which would unbalance the field)
    /// and spaces percent-encoded.
    static func escapeURL(_ url: String) -> String {
        guard url.utf8.contains(where: { BibTeXWriter.urlSpecial.contains($0) }) else { return url }
        return url.map { character -> String in
            switch character {
            case "{": "%7B"
            case "}": "%7D"
            case " ": "%20"
            case "\\": "%5C"
            default: String(character)
            }
        }.joined()
    }

    /// The bytes of the characters `escapeURL` changes.
    private static let urlSpecial = ASCIISet("{} \\")

    /// The title with every word that holds a capital after its first letter, or is an
    /// acronym, or follows the first word with a capital, wrapped in braces so styles keep its case.
    static func protectCapitals(_ title: String) -> String {
        var result = ""
        result.reserveCapacity(title.utf8.count + 16)
        func append(_ word: String, index: Int, hasCapital: Bool) {
            if index > 0 { result += " " }
            let escaped = escape(word)
            result += hasCapital ? "{" + escaped + "}" : escaped
        }
        // An ASCII title's words end at space bytes: it is split in place, without asking for
        // its Characters (which a combining mark after a space would join to it).
        let isASCII = ByteSearch.withUTF8(of: title) { bytes -> Bool in
            guard ByteWords.isASCII(bytes) else { return false }
            var start = 0, index = 0
            while start <= bytes.count {
                let end = ByteSearch.firstOffset(of: UInt8(ascii: " "), in: bytes, from: start) ?? bytes.count
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let capital = word.dropFirst(index == 0 ? 1 : 0).contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                append(String(decoding: word, as: UTF8.self), index: index, hasCapital: capital)
                start = end + 1
                index += 1
            }
            return true
        }
        guard !isASCII else { return result }
        for (index, word) in title.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            append(String(word), index: index, hasCapital: hasCapital(word, afterFirst: index == 0))
        }
        return result
    }

    /// Whether `word` holds a capital letter (after its first character, with `afterFirst`). An
    /// ASCII word is looked at byte by byte; Unicode's letter tables are asked only about others
    /// (asking them about every character was half of a report's BibTeX).
    private static func hasCapital(_ word: Substring, afterFirst: Bool) -> Bool {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return word.dropFirst(afterFirst ? 1 : 0).contains(where: \.isUppercase) }
        return utf8.dropFirst(afterFirst ? 1 : 0).contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Text in braces when it contains a comma or the word "and" (in any case), which BibTeX
    /// would split at.
    private static func braceIfNeeded(_ text: String) -> String {
        let hasAnd = text.split(separator: " ").contains { $0.lowercased() == "and" }
        return text.utf8.contains(UInt8(ascii: ",")) || hasAnd ? "{\(text)}" : text
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
