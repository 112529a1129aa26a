/// A fragment of HTML that is safe to place in a page: escaped by construction.
///
/// The only ways to make one are from a string literal written in this codebase, or by
/// interpolating values, which are escaped unless they are already `SafeHTML`. Text from a
/// document can therefore never reach a page unescaped by accident.
public struct SafeHTML: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup.
    public private(set) var markup: String

    /// Escapes `text` for use in element content and in double- or single-quoted attributes.
    public init(escaping text: String) {
        markup = SafeHTML.escape(text)
    }

    /// Markup produced by cmark's renderer inside this module, which escapes by itself.
    init(cmarkOutput markup: String) {
        self.markup = markup
    }

    /// Markup written as a literal in source code, which is trusted.
    public init(stringLiteral value: String) {
        markup = value
    }

    /// Builds markup from literals (trusted) and interpolated values (escaped).
    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    /// Joins fragments with an optional separator.
    public init(joining fragments: some Sequence<SafeHTML>, separator: SafeHTML = "") {
        markup = ""
        var first = true
        for fragment in fragments {
            if !first { markup += separator.markup }
            first = false
            markup += fragment.markup
        }
    }

    /// The markup, so that `print` and string interpolation show the HTML itself.
    public var description: String { markup }

    /// Appends another fragment.
    public static func + (lhs: SafeHTML, rhs: SafeHTML) -> SafeHTML {
        var result = lhs
        result += rhs
        return result
    }

    /// Makes room for `capacity` bytes of markup, for markup appended piece by piece.
    public mutating func reserveCapacity(_ capacity: Int) {
        markup.reserveCapacity(capacity)
    }

    /// Appends another fragment in place.
    public static func += (lhs: inout SafeHTML, rhs: SafeHTML) {
        lhs.markup += rhs.markup
    }

    /// Collects a literal-and-values description of HTML, escaping each value.
    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        /// Reserves room for the result.
        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// Appends trusted literal markup.
        public mutating func appendLiteral(_ literal: String) { markup += literal }

        /// Appends text, escaped.
        public mutating func appendInterpolation(_ text: String) { markup += SafeHTML.escape(text) }

        /// Appends a description of `value`, escaped.
        public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
            markup += SafeHTML.escape(value.description)
        }

        /// Appends markup that is already safe, verbatim.
        public mutating func appendInterpolation(_ html: SafeHTML) { markup += html.markup }
    }

    /// Replaces the five characters that are special in HTML text and attributes.
    ///
    /// All five are ASCII, so the work is done on UTF-8 bytes, and text with none of them (most
    /// text) is returned as it is. The text between them is copied whole, found eight bytes at a
    /// time (`ByteWords`) as the page's other escapers find theirs.
    public static func escape(_ text: String) -> String {
        ByteSearch.withUTF8(of: text) { bytes in
            let index = nextSpecial(in: bytes, from: 0)
            guard index < bytes.count else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            append(bytes, escapingFrom: index, to: &result)
            return String(assembledUTF8: result)
        }
    }

    /// Appends the UTF-8 of `text`, escaped as `escape(_:)` escapes it, to `result`: for markup
    /// built as bytes.
    public static func appendEscaped(_ text: String, to result: inout [UInt8]) {
        ByteSearch.withUTF8(of: text) { bytes in
            append(bytes, escapingFrom: nextSpecial(in: bytes, from: 0), to: &result)
        }
    }

    /// Appends `bytes`, whose first special byte is at `index` (or none when it is the count),
    /// escaped, to `result`.
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escapingFrom index: Int, to result: inout [UInt8]) {
        var index = index
        var start = 0
        while index < bytes.count {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            if let entity = entity(for: bytes[index]) { ByteSearch.appendLiteral(entity, to: &result) }
            start = index + 1
            index = nextSpecial(in: bytes, from: start)
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// The offset of the first special byte at or after `start`, or `bytes.count`. `&` and `'`
    /// (0x26, 0x27) differ only in their lowest bit, `<` and `>` (0x3C, 0x3E) in the next, so
    /// three word tests cover the five.
    private static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteWords.firstOffset(in: bytes, from: start, wordMayMatch: { word in
            ByteWords.has(0x22, in: word) || ByteWords.has(0x27, in: word | ByteWords.repeated(0x01))
                || ByteWords.has(0x3E, in: word | ByteWords.repeated(0x02))
        }, matches: { entity(for: $0) != nil })
    }

    /// The entity that stands for `byte` in HTML, when it is one of the five special characters.
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
