import Markdown

/// Reads markup this tool generated (well-formed XHTML fragments: result tables, checklists,
/// figure captions) as a stream of start tags, end tags and text, in one pass over the bytes.
///
/// It replaces Foundation's `XMLParser`, which linked libxml2 and ICU into every run of the
/// tool for the sake of these fragments. It knows the five XML entities and numeric character
/// references; anything else that is not well-formed (an unknown entity, a stray `<`, tags that
/// do not nest) makes `read` return false, as a parser would.
///
/// Names, attribute values and text are handed as slices of bytes, not strings: a JATS article
/// reads every result table, and making a string of every tag name and cell was most of that.
struct GeneratedMarkupReader {
    /// One thing read.
    enum Event {
        /// `<name attributes...>` (a self-closing tag gives a start and an end), with the
        /// attributes in the order written.
        case start(name: ArraySlice<UInt8>, attributes: [Attribute])
        /// `</name>`.
        case end(name: ArraySlice<UInt8>)
        /// Text between tags, entities decoded; adjacent text is one event.
        case text(ArraySlice<UInt8>)
    }

    /// One attribute of a start tag, its value's entities decoded.
    typealias Attribute = (key: ArraySlice<UInt8>, value: ArraySlice<UInt8>)

    private let bytes: [UInt8]
    private var index = 0
    /// The attributes of the tag being read; its storage is reused from tag to tag.
    private var attributes: [Attribute] = []

    /// A reader of `markup`.
    init(_ markup: String) {
        bytes = Array(markup.utf8)
    }

    /// Reads the whole fragment, handing each event to `handle`; false when it is not well-formed.
    mutating func read(_ handle: (Event) -> Void) -> Bool {
        var open: [ArraySlice<UInt8>] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { handle(.text(text[...])) }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                guard let decoded = entity() else { return false }
                text += decoded
            } else if byte == UInt8(ascii: "<") {
                flush()
                if startsWith("<!--") {
                    guard let end = find("-->", from: index + 4) else { return false }
                    index = end + 3
                    continue
                }
                guard let tag = tag() else { return false }
                switch tag {
                case .start(let name, _, let selfClosing):
                    handle(.start(name: name, attributes: tag.attributes))
                    if selfClosing { handle(.end(name: name)) } else { open.append(name) }
                case .end(let name):
                    guard open.popLast() == name else { return false }
                    handle(.end(name: name))
                }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "&"), bytes[index] != UInt8(ascii: "<") { index += 1 }
                text += bytes[start..<index]
            }
        }
        flush()
        return open.isEmpty
    }

    private enum Tag {
        case start(name: ArraySlice<UInt8>, attributes: [Attribute], selfClosing: Bool)
        case end(name: ArraySlice<UInt8>)

        var attributes: [Attribute] {
            if case .start(_, let attributes, _) = self { return attributes }
            return []
        }
    }

    /// The tag at `index` (which is at `<`), moving past it.
    private mutating func tag() -> Tag? {
        index += 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let name = word()
        guard !name.isEmpty else { return nil }
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpaces()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                return closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: false)
            case UInt8(ascii: "/") where !closing && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">"):
                index += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            default:
                guard !closing else { return nil }
                let key = word()
                skipSpaces()
                guard !key.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
                index += 1
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
                let quote = bytes[index]
                index += 1
                guard let value = attributeValue(closedBy: quote), !attributes.contains(where: { $0.key == key }) else { return nil }
                attributes.append((key, value))
            }
        }
    }

    /// The attribute value at `index`, up to and past the closing `quote`; nil when it has a `<`,
    /// an unknown entity or no end. A value without entities (most) is one slice of the bytes.
    private mutating func attributeValue(closedBy quote: UInt8) -> ArraySlice<UInt8>? {
        let start = index
        while index < bytes.count, bytes[index] != quote, bytes[index] != UInt8(ascii: "&"), bytes[index] != UInt8(ascii: "<") { index += 1 }
        guard index < bytes.count, bytes[index] != UInt8(ascii: "<") else { return nil }
        if bytes[index] == quote {
            index += 1
            return bytes[start..<index - 1]
        }
        var value = Array(bytes[start..<index])
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "&") {
                guard let decoded = entity() else { return nil }
                value += decoded
            } else if bytes[index] == UInt8(ascii: "<") {
                return nil
            } else {
                value.append(bytes[index])
                index += 1
            }
        }
        guard index < bytes.count else { return nil }
        index += 1
        return value[...]
    }

    /// A tag or attribute name at `index`: letters, digits, `-`, `_`, `:` and `.`.
    private mutating func word() -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isNameByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            guard isNameByte else { break }
            index += 1
        }
        return bytes[start..<index]
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    /// The UTF-8 of the entity or character reference at `index` (at `&`), moving past it.
    private mutating func entity() -> [UInt8]? {
        guard let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        index = semicolon + 1
        switch name {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return Array(String(Character(scalar)).utf8)
        }
    }

    private func startsWith(_ literal: String) -> Bool {
        let literal = Array(literal.utf8)
        return index + literal.count <= bytes.count && bytes[index..<(index + literal.count)].elementsEqual(literal)
    }

    private func find(_ literal: String, from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: Array(literal.utf8), in: $0, from: start) }
    }
}
