import Markdown

/// Reads markup this tool generated (well-formed XHTML fragments: result tables, checklists,
/// figure captions) as a stream of start tags, end tags and text, in one pass over the bytes.
///
/// It replaces Foundation's `XMLParser`, which linked libxml2 and ICU into every run of the
/// tool for the sake of these fragments. It knows the five XML entities and numeric character
/// references; anything else that is not well-formed (an unknown entity, a stray `<`, tags that
/// do not nest) makes `read` return false, as a parser would.
///
/// Names, attribute values and text are handed as views of the bytes, valid during the call
/// that receives them, not as strings: a JATS article reads every result table, and making a
/// string (or a counted slice) of every tag name and cell was most of that work.
struct GeneratedMarkupReader {
    /// One thing read.
    enum Event {
        /// `<name attributes...>` (a self-closing tag gives a start and an end), with the
        /// attributes in the order written.
        case start(name: UnsafeBufferPointer<UInt8>, attributes: [Attribute])
        /// `</name>`.
        case end(name: UnsafeBufferPointer<UInt8>)
        /// Text between tags, entities decoded; adjacent text is one event.
        case text(UnsafeBufferPointer<UInt8>)
    }

    /// One attribute of a start tag, its value's entities decoded.
    typealias Attribute = (key: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>)

    /// Reads the whole of `markup`, handing each event to `handle`; false when it is not
    /// well-formed.
    static func read(_ markup: String, _ handle: (Event) -> Void) -> Bool {
        var markup = markup
        return markup.withUTF8 { bytes in
            var reader = GeneratedMarkupReader(bytes: bytes)
            return reader.read(handle)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// The attributes of the tag being read, as ranges of `bytes` or, for a value with entities,
    /// of `decoded`; the storage of both is reused from tag to tag.
    private var attributes: [(key: Range<Int>, value: Range<Int>, isDecoded: Bool)] = []
    private var decoded: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func read(_ handle: (Event) -> Void) -> Bool {
        var open: [Range<Int>] = []
        var text: [UInt8] = []
        var handed: [Attribute] = []
        func flush() {
            if !text.isEmpty { text.withUnsafeBufferPointer { handle(.text($0)) } }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") {
                guard let next = Self.entity(in: bytes, at: index, into: &text) else { return false }
                index = next
            } else if byte == UInt8(ascii: "<") {
                flush()
                if startsWith("<!--") {
                    guard let end = ByteSearch.firstOffset(of: Array("-->".utf8), in: bytes, from: index + 4) else { return false }
                    index = end + 3
                    continue
                }
                guard let tag = tag() else { return false }
                let name = slice(tag.name)
                if tag.closing {
                    guard let last = open.popLast(), ByteSearch.equal(slice(last), name) else { return false }
                    handle(.end(name: name))
                    continue
                }
                decoded.withUnsafeBufferPointer { decoded in
                    handed.removeAll(keepingCapacity: true)
                    for attribute in attributes {
                        let value = attribute.isDecoded ? UnsafeBufferPointer(rebasing: decoded[attribute.value]) : slice(attribute.value)
                        handed.append((slice(attribute.key), value))
                    }
                    handle(.start(name: name, attributes: handed))
                }
                if tag.selfClosing { handle(.end(name: name)) } else { open.append(tag.name) }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "&"), bytes[index] != UInt8(ascii: "<") { index += 1 }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            }
        }
        flush()
        return open.isEmpty
    }

    private func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The tag at `index` (which is at `<`), moving past it, its attributes in `attributes`.
    private mutating func tag() -> (name: Range<Int>, closing: Bool, selfClosing: Bool)? {
        index += 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let name = word()
        guard !name.isEmpty else { return nil }
        attributes.removeAll(keepingCapacity: true)
        decoded.removeAll(keepingCapacity: true)
        while true {
            skipSpaces()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: ">"):
                index += 1
                return (name, closing, false)
            case UInt8(ascii: "/") where !closing && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">"):
                index += 2
                return (name, closing, true)
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
                guard let value = attributeValue(closedBy: quote),
                      !attributes.contains(where: { ByteSearch.equal(slice($0.key), slice(key)) })
                else { return nil }
                attributes.append((key, value.range, value.isDecoded))
            }
        }
    }

    /// The attribute value at `index`, up to and past the closing `quote`: a range of `bytes`,
    /// or of `decoded` when it has entities; nil when it has a `<`, an unknown entity or no end.
    private mutating func attributeValue(closedBy quote: UInt8) -> (range: Range<Int>, isDecoded: Bool)? {
        let start = index
        while index < bytes.count, bytes[index] != quote, bytes[index] != UInt8(ascii: "&"), bytes[index] != UInt8(ascii: "<") { index += 1 }
        guard index < bytes.count, bytes[index] != UInt8(ascii: "<") else { return nil }
        if bytes[index] == quote {
            index += 1
            return (start..<index - 1, false)
        }
        let decodedStart = decoded.count
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "&") {
                guard let next = Self.entity(in: bytes, at: index, into: &decoded) else { return nil }
                index = next
            } else if bytes[index] == UInt8(ascii: "<") {
                return nil
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        guard index < bytes.count else { return nil }
        index += 1
        return (decodedStart..<decoded.count, true)
    }

    /// A tag or attribute name at `index`: letters, digits, `-`, `_`, `:` and `.`.
    private mutating func word() -> Range<Int> {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isNameByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            guard isNameByte else { break }
            index += 1
        }
        return start..<index
    }

    private mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    /// `bytes`, text without tags, with its entities decoded; nil when one is not an entity this
    /// reader knows (the whole fragment would not be well-formed).
    static func decodingEntities(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while let ampersand = ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: bytes, from: index) {
            decoded += UnsafeBufferPointer(rebasing: bytes[index..<ampersand])
            guard let next = entity(in: bytes, at: ampersand, into: &decoded) else { return nil }
            index = next
        }
        decoded += UnsafeBufferPointer(rebasing: bytes[index...])
        return decoded
    }

    /// Appends the UTF-8 of the entity or character reference at `index` of `bytes` (at `&`) to
    /// `output`; returns where it ends, or nil when it is not one.
    private static func entity(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, into output: inout [UInt8]) -> Int? {
        guard let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        switch name {
        case "amp": output.append(UInt8(ascii: "&"))
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
        return semicolon + 1
    }

    private func startsWith(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        return index + count <= bytes.count
            && ByteSearch.equal(UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]), literal)
    }
}
