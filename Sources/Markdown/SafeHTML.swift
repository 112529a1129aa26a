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
    /// text) is returned as it is.
    public static func escape(_ text: String) -> String {
        var native = text
        return native.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { SafeHTML.entity(for: $0) != nil }) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let entity = SafeHTML.entity(for: byte) { entity.withUTF8Buffer { result.append(contentsOf: $0) } } else { result.append(byte) }
            }
            return String(assembledUTF8: result)
        }
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
