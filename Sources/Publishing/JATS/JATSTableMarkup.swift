import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markdown

/// Turns a table or caption that this tool generated as HTML (result tables, checklists, figure
/// captions) into JATS: the XHTML table model JATS shares (`table`, `thead`, `tbody`, `tfoot`,
/// `tr`, `th`, `td`) with only `scope`, `colspan` and `rowspan` kept, `<i>` as `<italic>`, `<b>`
/// as `<bold>`, any other element unwrapped to its text, and all text escaped again.
///
/// Its input is never an author's HTML: only `SafeHTML` fragments built by this codebase, which
/// are well-formed XML. Elements of class `block-id` are left out.
enum JATSTableMarkup {
    /// A converted fragment: the caption text (from `<figcaption>`) and each table's JATS markup.
    struct Converted {
        /// The `<figcaption>`'s content as JATS inline markup; nil when there was none.
        var caption: String?
        /// Each `<table>`, converted.
        var tables: [String]
        /// Everything outside tables and captions (e.g. a note paragraph) as JATS inline markup.
        var loose: String
    }

    /// Converts `fragment`; nil when it is not well-formed (which a test guards against).
    static func convert(_ fragment: SafeHTML) -> Converted? {
        let wrapped = "<root>\(fragment.markup)</root>"
        let parser = XMLParser(data: Data(wrapped.utf8))
        let delegate = Converter()
        parser.delegate = delegate
        guard parser.parse() else { return nil }
        return Converted(caption: delegate.caption, tables: delegate.tables, loose: delegate.loose)
    }

    /// Inline markup of a generated fragment with no tables (a figure caption).
    static func inline(_ fragment: SafeHTML) -> String {
        convert(fragment)?.loose ?? XMLText.escape(fragment.markup)
    }
}

/// The XMLParser delegate behind `JATSTableMarkup`.
private final class Converter: NSObject, XMLParserDelegate {
    static let tableElements: Set<String> = ["table", "thead", "tbody", "tfoot", "tr", "th", "td"]
    static let keptAttributes = ["scope", "colspan", "rowspan"]
    static let inlineElements = ["i": "italic", "em": "italic", "b": "bold", "strong": "bold", "sup": "sup", "sub": "sub"]

    var caption: String?
    var tables: [String] = []
    var loose = ""
    private var current = ""
    private var inTable = false
    private var inCaption = false
    private var captionText = ""
    private var openInline: [String?] = []
    private var skipping = 0

    private func emit(_ text: String) {
        if inCaption { captionText += text } else if inTable { current += text } else { loose += text }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if skipping > 0 || attributes["class"] == "block-id" {
            skipping += 1
            return
        }
        switch name {
        case "root": return
        case "figcaption": inCaption = true
        case "table":
            inTable = true
            current = "<table>"
        case _ where Converter.tableElements.contains(name) && inTable:
            let kept = Converter.keptAttributes.compactMap { key in attributes[key].map { " \(key)=\"\(XMLText.escape($0))\"" } }
            current += "<\(name)\(kept.joined())>"
        default:
            let mapped = Converter.inlineElements[name]
            openInline.append(mapped)
            if let mapped { emit("<\(mapped)>") }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        switch name {
        case "root": return
        case "figcaption":
            inCaption = false
            caption = captionText.trimmingCharacters(in: .whitespacesAndNewlines)
        case "table":
            current += "</table>"
            tables.append(current)
            inTable = false
        case _ where Converter.tableElements.contains(name) && inTable:
            current += "</\(name)>"
        default:
            if let mapped = openInline.popLast() ?? nil { emit("</\(mapped)>") }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard skipping == 0, !(inTable && !inCaption && string.allSatisfy(\.isWhitespace)) else { return }
        emit(XMLText.escape(string))
    }
}
