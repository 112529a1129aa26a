import Foundation
import Appraisal

/// Readers of BibTeX and RIS written from the formats' own rules, so tests read the exports as
/// a reference manager would rather than trusting the writers.
enum CitationFormatReaders {
    /// A BibTeX entry: its type, key and fields with their outer braces removed.
    struct BibTeXEntry {
        var type: String
        var key: String
        var fields: [String: String]
    }

    /// Reads `@type{key, name = {value}, ...}` entries; nil when braces do not balance.
    static func bibtex(_ text: String) -> [BibTeXEntry]? {
        var entries: [BibTeXEntry] = []
        var rest = Substring(text)
        while let at = rest.firstIndex(of: "@") {
            rest = rest[rest.index(after: at)...]
            guard let open = rest.firstIndex(of: "{") else { return nil }
            let type = String(rest[..<open]).lowercased()
            var depth = 0
            var end: Substring.Index?
            for index in rest[open...].indices {
                if rest[index] == "{" { depth += 1 } else if rest[index] == "}" { depth -= 1 }
                if depth == 0 { end = index; break }
            }
            guard let end else { return nil }
            let body = rest[rest.index(after: open)..<end]
            let parts = splitTopLevel(body, separator: ",")
            guard let first = parts.first else { return nil }
            let key = String(first).trimmingWhitespace()
            var fields: [String: String] = [:]
            for part in parts.dropFirst() {
                guard let equals = part.firstIndex(of: "=") else { continue }
                let name = String(part[..<equals]).trimmingWhitespace().lowercased()
                var value = String(part[part.index(after: equals)...]).trimmingWhitespace()
                if value.hasPrefix("{"), value.hasSuffix("}") { value = String(value.dropFirst().dropLast()) }
                fields[name] = value
            }
            entries.append(BibTeXEntry(type: type, key: key, fields: fields))
            rest = rest[rest.index(after: end)...]
        }
        return entries
    }

    /// BibTeX's name list: names split at ` and ` outside braces, each read as `von Last, Jr,
    /// First` (the von part being the lower-case words before the last), `{Organisation}` as a
    /// literal and `others` as "et al.".
    static func bibtexNames(_ field: String) -> [CSLReference.Name] {
        splitTopLevel(Substring(field), separator: " and ").map { written -> CSLReference.Name in
            let name = String(written).trimmingWhitespace()
            if name == "others" { return CSLReference.Name(literal: "et al.") }
            let parts = splitTopLevel(Substring(name), separator: ",").map { String($0).trimmingWhitespace() }
            guard parts.count >= 2 else {
                return name.hasPrefix("{") && name.hasSuffix("}") ? CSLReference.Name(literal: latex(String(name.dropFirst().dropLast()))) : CSLReference.Name(family: latex(name))
            }
            var words = splitTopLevel(Substring(parts[0]), separator: " ").map { String($0).trimmingWhitespace() }
            let last = words.removeLast()
            let von = words.prefix { $0.first?.isLowercase == true }
            let family = (words.dropFirst(von.count) + [last]).joined(separator: " ")
            let given = parts.count == 3 ? parts[2] : parts[1]
            return CSLReference.Name(family: latex(unbrace(family)), given: given.isEmpty ? nil : latex(unbrace(given)),
                                     nonDroppingParticle: von.isEmpty ? nil : von.joined(separator: " "),
                                     suffix: parts.count == 3 ? latex(parts[1]) : nil)
        }
    }

    /// LaTeX escapes as the characters they stand for, and case-protecting braces removed.
    static func latex(_ text: String) -> String {
        var result = text
        for (escape, character) in [("\\textbraceleft{}", "\u{1}"), ("\\textbraceright{}", "\u{2}"), ("\\textbackslash{}", "\\"),
                                    ("\\textasciitilde{}", "~"), ("\\textasciicircum{}", "^"), ("\\&", "&"), ("\\%", "%"),
                                    ("\\$", "$"), ("\\#", "#"), ("\\_", "_")] {
            result = result.components(separatedBy: escape).joined(separator: character)
        }
        return unbrace(result).replacingOccurrences(of: "\u{1}", with: "{").replacingOccurrences(of: "\u{2}", with: "}")
    }

    private static func unbrace(_ text: String) -> String { text.filter { $0 != "{" && $0 != "}" } }

    /// Splits at `separator` where no brace is open.
    static func splitTopLevel(_ text: Substring, separator: String) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            if depth == 0, text[index...].hasPrefix(separator) {
                parts.append(text[start..<index])
                index = text.index(index, offsetBy: separator.count)
                start = index
                continue
            }
            index = text.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    /// An RIS record: its tags in order, with their values.
    typealias RISRecord = [(tag: String, value: String)]

    /// Reads RIS records, checking the format's line rules (`XX  - value`, CR LF, `TY` first,
    /// `ER` last); nil when a line breaks them.
    static func ris(_ text: String) -> [RISRecord]? {
        guard text.hasSuffix("\r\n") else { return nil }
        var records: [RISRecord] = []
        var current: RISRecord = []
        for line in text.components(separatedBy: "\r\n").dropLast() {
            let characters = Array(line)
            guard characters.count >= 6, characters[0].isUppercase, characters[1].isUppercase || characters[1].isNumber,
                  String(characters[2..<6]) == "  - ", !line.contains("\n") else { return nil }
            let tag = String(characters[0..<2])
            let value = String(characters[6...])
            if current.isEmpty, tag != "TY" { return nil }
            current.append((tag, value))
            if tag == "ER" {
                records.append(current)
                current = []
            }
        }
        return current.isEmpty ? records : nil
    }

    /// An RIS author: `Last, First[, Suffix]`, or a name without a comma as an organisation.
    static func risName(_ value: String) -> CSLReference.Name {
        let parts = value.components(separatedBy: ",").map { String($0).trimmingWhitespace() }
        guard parts.count >= 2 else { return CSLReference.Name(literal: value) }
        var words = parts[0].split(separator: " ").map(String.init)
        let last = words.removeLast()
        let von = words.prefix { $0.first?.isLowercase == true }
        return CSLReference.Name(family: (words.dropFirst(von.count) + [last]).joined(separator: " "),
                                 given: parts[1].isEmpty ? nil : parts[1],
                                 nonDroppingParticle: von.isEmpty ? nil : von.joined(separator: " "),
                                 suffix: parts.count > 2 ? parts[2] : nil)
    }
}
