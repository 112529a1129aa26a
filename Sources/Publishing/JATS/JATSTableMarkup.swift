import Foundation
import Markdown

/// Turns a table or caption that this tool generated as HTML into JATS: the XHTML table model
/// JATS shares (`table`, `thead`, `tbody`, `tfoot`, `tr`, `th`, `td`) with only `scope`,
/// `colspan` and `rowspan` kept, `<i>` as `<italic>`, `<b>` as `<bold>`, any other element
/// unwrapped to its text, and all text escaped again.
///
/// Result and checklist tables are written as JATS by `GeneratedTable` itself; this reads
/// captions, figure captions and the few table cells with other markup, and is the oracle the
/// tests hold `GeneratedTable` to.
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
        var converter = Converter()
        let wellFormed = GeneratedMarkupReader.read(fragment.markup) { event in
            switch event {
            case .start(let name, let attributes): converter.start(name, attributes: attributes)
            case .end(let name): converter.end(name)
            case .text(let text): converter.text(text)
            }
        }
        guard wellFormed else { return nil }
        return Converted(caption: converter.caption, tables: converter.tables, loose: String(assembledUTF8: converter.loose))
    }

    /// Inline markup of a generated fragment with no tables (a figure caption).
    static func inline(_ fragment: SafeHTML) -> String {
        convert(fragment)?.loose ?? XMLText.escape(fragment.markup)
    }

    /// Appends a table cell's content as JATS, as `convert` writes it inside a table: each run of
    /// text between tags that is only white space is left out, and `<i>` is `<italic>`. Content
    /// with only those (every cell this tool writes but a few) is not read as markup; any other
    /// tag sends the cell through `convert`.
    static func appendCellContent(_ content: SafeHTML, to xml: inout [UInt8]) {
        var markup = content.markup
        let start = xml.count
        let simple = markup.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let tag = ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: index) ?? bytes.count
                if tag > index, !appendText(UnsafeBufferPointer(rebasing: bytes[index..<tag]), to: &xml) { return false }
                guard tag < bytes.count else { return true }
                let rest = UnsafeBufferPointer(rebasing: bytes[tag...])
                if rest.starts(with: "<i>".utf8) {
                    ByteSearch.appendLiteral("<italic>", to: &xml)
                    index = tag + 3
                } else if rest.starts(with: "</i>".utf8) {
                    ByteSearch.appendLiteral("</italic>", to: &xml)
                    index = tag + 4
                } else {
                    return false
                }
            }
            return true
        }
        guard !simple else { return }
        xml.removeSubrange(start...)
        guard let table = convert("<table><tr><td>" + content + "</td></tr></table>")?.tables.first,
              table.hasPrefix(cellPrefix), table.hasSuffix(cellSuffix) else { return xml += XMLText.escape(markup).utf8 }
        xml += table.utf8.dropFirst(cellPrefix.utf8.count).dropLast(cellSuffix.utf8.count)
    }

    /// Appends one run of a cell's text, its entities decoded and escaped again for XML, unless it
    /// is only white space; false when it has an entity `GeneratedMarkupReader` does not know.
    private static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to xml: inout [UInt8]) -> Bool {
        guard ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes, from: 0) != nil else {
            if !Converter.isBlank(bytes) { XMLText.append(escaping: bytes, to: &xml) }
            return true
        }
        guard let decoded = GeneratedMarkupReader.decodingEntities(bytes) else { return false }
        decoded.withUnsafeBufferPointer { if !Converter.isBlank($0) { XMLText.append(escaping: $0, to: &xml) } }
        return true
    }

    private static let cellPrefix = "<table><tr><td>", cellSuffix = "</td></tr></table>"

    /// A caption's text as JATS inline markup, trimmed, as `convert` reads a `<figcaption>`.
    static func captionText(_ caption: SafeHTML) -> String {
        convert("<figcaption>" + caption + "</figcaption>")?.caption ?? ""
    }
}

/// What `JATSTableMarkup` does with each start tag, end tag and text of a fragment, writing
/// JATS as bytes.
private struct Converter {
    /// The attributes of table elements that JATS keeps, in the order they are written.
    static let keptAttributes: [StaticString] = ["scope", "colspan", "rowspan"]

    /// The elements the conversion knows.
    enum Element {
        case figcaption, table
        /// A table element other than `table` itself: `thead`, `tbody`, `tfoot`, `tr`, `th`, `td`.
        case tablePart
        /// An inline element kept as the JATS element of that name: `italic`, `bold`, `sup`, `sub`.
        case inline(StaticString)
        /// Any other element, unwrapped to its text.
        case other

        init(_ name: UnsafeBufferPointer<UInt8>) {
            func `is`(_ literal: StaticString) -> Bool { ByteSearch.equal(name, literal) }
            // By length first: each tag was compared with every name in turn (0.6% of a site build).
            self = switch name.count {
            case 1: `is`("i") ? .inline("italic") : `is`("b") ? .inline("bold") : .other
            case 2: `is`("em") ? .inline("italic") : `is`("tr") || `is`("th") || `is`("td") ? .tablePart : .other
            case 3: `is`("sup") ? .inline("sup") : `is`("sub") ? .inline("sub") : .other
            case 5: `is`("table") ? .table : `is`("thead") || `is`("tbody") || `is`("tfoot") ? .tablePart : .other
            case 6: `is`("strong") ? .inline("bold") : .other
            case 10: `is`("figcaption") ? .figcaption : .other
            default: .other
            }
        }
    }

    /// The last `<figcaption>`'s text, trimmed; nil when there was none.
    var caption: String? { captionDone.map(Converter.trimmed) }
    /// Each table, converted.
    var tables: [String] = []
    /// Everything outside tables and captions.
    var loose: [UInt8] = []

    private var current: [UInt8] = []
    private var inTable = false
    private var inCaption = false
    private var captionText: [UInt8] = []
    private var captionDone: [UInt8]?
    private var openInline: [StaticString?] = []
    private var skipping = 0

    private mutating func emit(_ text: some Collection<UInt8>) {
        if inCaption { captionText.append(contentsOf: text) } else if inTable { current.append(contentsOf: text) } else { loose.append(contentsOf: text) }
    }

    private mutating func emitTag(_ name: StaticString, closing: Bool) {
        emit(closing ? "</".utf8 : "<".utf8)
        emit(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        emit(">".utf8)
    }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: [GeneratedMarkupReader.Attribute]) {
        if skipping > 0 || attributes.contains(where: { ByteSearch.equal($0.key, "class") && ByteSearch.equal($0.value, "block-id") }) {
            skipping += 1
            return
        }
        let element = Element(name)
        switch element {
        case .figcaption: inCaption = true
        case .table:
            inTable = true
            current = Array("<table>".utf8)
        case .tablePart where inTable:
            current.append(UInt8(ascii: "<"))
            current.append(contentsOf: name)
            for key in Converter.keptAttributes {
                guard let value = attributes.first(where: { ByteSearch.equal($0.key, key) })?.value else { continue }
                current.append(UInt8(ascii: " "))
                ByteSearch.appendLiteral(key, to: &current)
                ByteSearch.appendLiteral("=\"", to: &current)
                XMLText.append(escaping: value, to: &current)
                current.append(UInt8(ascii: "\""))
            }
            current.append(UInt8(ascii: ">"))
        default:
            if case .inline(let mapped) = element {
                openInline.append(mapped)
                emitTag(mapped, closing: false)
            } else {
                openInline.append(nil)
            }
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) {
        if skipping > 0 {
            skipping -= 1
            return
        }
        switch Element(name) {
        case .figcaption:
            inCaption = false
            captionDone = captionText
        case .table:
            current.append(contentsOf: "</table>".utf8)
            tables.append(String(assembledUTF8: current))
            inTable = false
        case .tablePart where inTable:
            current.append(contentsOf: "</".utf8)
            current.append(contentsOf: name)
            current.append(UInt8(ascii: ">"))
        default:
            if let mapped = openInline.popLast() ?? nil { emitTag(mapped, closing: true) }
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skipping == 0, !(inTable && !inCaption && Converter.isBlank(bytes)) else { return }
        if inCaption {
            XMLText.append(escaping: bytes, to: &captionText)
        } else if inTable {
            XMLText.append(escaping: bytes, to: &current)
        } else {
            XMLText.append(escaping: bytes, to: &loose)
        }
    }

    /// Whether `bytes` are only whitespace (the layout between table tags); text with a byte
    /// that is not ASCII whitespace is left to `Character.isWhitespace`, which knows U+00A0 too.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var onlyASCIISpace = true
        for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
            if byte < 0x80 { return false }
            onlyASCIISpace = false
            break
        }
        return onlyASCIISpace || String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace)
    }

    /// `bytes` as text without white space at either end: ASCII spaces are cut as bytes, and
    /// only an end that is not ASCII after that is left to Foundation's Unicode trimming.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        let text = String(decoding: bytes[first...last], as: UTF8.self)
        return bytes[first] < 0x80 && bytes[last] < 0x80 ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
