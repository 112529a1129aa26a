import Foundation
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
        var reader = GeneratedMarkupReader(fragment.markup)
        var converter = Converter()
        let wellFormed = reader.read { event in
            switch event {
            case .start(let name, let attributes): converter.start(name, attributes: attributes)
            case .end(let name): converter.end(name)
            case .text(let text): converter.text(text)
            }
        }
        guard wellFormed else { return nil }
        return Converted(caption: converter.caption, tables: converter.tables, loose: converter.loose)
    }

    /// Inline markup of a generated fragment with no tables (a figure caption).
    static func inline(_ fragment: SafeHTML) -> String {
        convert(fragment)?.loose ?? XMLText.escape(fragment.markup)
    }
}

/// What `JATSTableMarkup` does with each start tag, end tag and text of a fragment.
private struct Converter {
    /// The attributes of table elements that JATS keeps, in the order they are written.
    static let keptAttributes = ["scope", "colspan", "rowspan"]

    /// Whether `name` is a table element other than `table` itself.
    static func isTablePart(_ name: String) -> Bool {
        switch name {
        case "thead", "tbody", "tfoot", "tr", "th", "td": true
        default: false
        }
    }

    /// The JATS element for an inline HTML element; nil for elements that are unwrapped to their text.
    static func inlineElement(_ name: String) -> String? {
        switch name {
        case "i", "em": "italic"
        case "b", "strong": "bold"
        case "sup": "sup"
        case "sub": "sub"
        default: nil
        }
    }

    var caption: String?
    var tables: [String] = []
    var loose = ""
    private var current = ""
    private var inTable = false
    private var inCaption = false
    private var captionText = ""
    private var openInline: [String?] = []
    private var skipping = 0

    private mutating func emit(_ text: String) {
        if inCaption { captionText += text } else if inTable { current += text } else { loose += text }
    }

    mutating func start(_ name: String, attributes: [GeneratedMarkupReader.Attribute]) {
        if skipping > 0 || attributes.contains(where: { $0.key == "class" && $0.value == "block-id" }) {
            skipping += 1
            return
        }
        switch name {
        case "figcaption": inCaption = true
        case "table":
            inTable = true
            current = "<table>"
        case _ where inTable && Converter.isTablePart(name):
            current += "<" + name
            for key in Converter.keptAttributes {
                guard let value = attributes.first(where: { $0.key == key })?.value else { continue }
                current += " " + key + "=\"" + XMLText.escape(value) + "\""
            }
            current += ">"
        default:
            let mapped = Converter.inlineElement(name)
            openInline.append(mapped)
            if let mapped { emit("<\(mapped)>") }
        }
    }

    mutating func end(_ name: String) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        switch name {
        case "figcaption":
            inCaption = false
            caption = captionText.trimmingCharacters(in: .whitespacesAndNewlines)
        case "table":
            current += "</table>"
            tables.append(current)
            inTable = false
        case _ where inTable && Converter.isTablePart(name):
            current += "</" + name + ">"
        default:
            if let mapped = openInline.popLast() ?? nil { emit("</\(mapped)>") }
        }
    }

    mutating func text(_ string: String) {
        guard skipping == 0, !(inTable && !inCaption && Converter.isBlank(string)) else { return }
        emit(XMLText.escape(string))
    }

    /// Whether `string` is only whitespace (the layout between table tags); text with a byte
    /// that is not ASCII whitespace is left to `Character.isWhitespace`, which knows U+00A0 too.
    private static func isBlank(_ string: String) -> Bool {
        var onlyASCIISpace = true
        for byte in string.utf8 where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
            if byte < 0x80 { return false }
            onlyASCIISpace = false
            break
        }
        return onlyASCIISpace || string.allSatisfy(\.isWhitespace)
    }
}
