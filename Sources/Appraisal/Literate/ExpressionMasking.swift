import Markdown

/// Hides inline expressions from cmark, which would otherwise read `{{ a * b }} and {{ c * d }}`
/// as emphasis, decode entities inside them, or split them at a line break.
///
/// Before parsing, each `{{ ... }}` becomes an opaque placeholder of private-use characters that
/// cmark passes through untouched; after parsing, placeholders in prose become values and
/// placeholders in code, raw HTML and link destinations get their original text back.
/// `\{{` is the escape for a literal `{{`: cmark turns `\{` into `{`.
public enum ExpressionMasking {
    /// The body with placeholders, the expressions found, and how lines moved.
    public struct Masked: Sendable {
        /// The body text cmark parses.
        public var text: String
        /// The expressions, indexed by placeholder number.
        public var sites: [InlineExpressionSite]
        /// For each expression that spanned lines: the masked line it is on and how many line
        /// breaks it removed, in order.
        public var removedLineBreaks: [(line: Int, count: Int)]

        /// The file line of masked body line `line` (1-based, before the front matter offset).
        public func originalLine(_ line: Int) -> Int {
            line + removedLineBreaks.reduce(0) { $1.line < line ? $0 + $1.count : $0 }
        }
    }

    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let digitZero: UInt32 = 0xE010
    /// The longest expression recognised, braces included; longer text is left as it is.
    static let maximumLength = 1_000

    /// Replaces every `{{ ... }}` (closed on the same or the next line) with a placeholder.
    ///
    /// - Parameters:
    ///   - firstLine: the file line on which `body` starts.
    public static func mask(_ body: Substring, firstLine: Int) -> Masked {
        let bytes = Array(body.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var sites: [InlineExpressionSite] = []
        var removed: [(line: Int, count: Int)] = []
        var index = 0, line = 1, lineStart = 0, maskedLine = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
               index == 0 || bytes[index - 1] != UInt8(ascii: "\\"),
               let end = closingBraces(in: bytes, from: index + 2) {
                let content = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                let newlines = bytes[index..<(end + 2)].count { $0 == UInt8(ascii: "\n") }
                let position = SourcePosition(line: firstLine + line - 1, column: index - lineStart + 1)
                sites.append(InlineExpressionSite(
                    index: sites.count, source: String(decoding: bytes[index..<(end + 2)], as: UTF8.self), content: content,
                    position: position, contentPosition: SourcePosition(line: position.line, column: position.column + 2)))
                output += Array(placeholder(sites.count - 1).utf8)
                if newlines > 0 {
                    removed.append((maskedLine, newlines))
                    line += newlines
                    if let last = bytes[index..<(end + 2)].lastIndex(of: UInt8(ascii: "\n")) { lineStart = last + 1 }
                }
                index = end + 2
                continue
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                maskedLine += 1
                lineStart = index + 1
            }
            output.append(byte)
            index += 1
        }
        return Masked(text: String(decoding: output, as: UTF8.self), sites: sites, removedLineBreaks: removed)
    }

    /// The placeholder for expression `index`: private-use open, digits, close.
    public static func placeholder(_ index: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(open)
        for digit in String(index).unicodeScalars {
            if let value = Unicode.Scalar(digitZero + (digit.value - 48)) { scalars.append(value) }
        }
        scalars.append(close)
        return String(scalars)
    }

    /// Pieces of a text node: runs of text and expression numbers, in order.
    public enum Piece: Equatable, Sendable {
        /// Literal text.
        case text(String)
        /// The expression with this index.
        case expression(Int)
    }

    /// Splits text at placeholders; text without any comes back as one piece.
    public static func pieces(of text: String) -> [Piece] {
        guard text.unicodeScalars.contains(open) else { return [.text(text)] }
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var digits: Int?
        for scalar in text.unicodeScalars {
            if scalar == open {
                if !current.isEmpty { pieces.append(.text(String(current))) }
                current = String.UnicodeScalarView()
                digits = 0
            } else if scalar == close, let number = digits {
                pieces.append(.expression(number))
                digits = nil
            } else if let number = digits, scalar.value >= digitZero, scalar.value <= digitZero + 9 {
                digits = number * 10 + Int(scalar.value - digitZero)
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { pieces.append(.text(String(current))) }
        return pieces
    }

    /// The expressions that stand in prose (text nodes), as opposed to code, raw HTML or link
    /// destinations, where they stay literal and are not evaluated.
    public static func proseExpressions(in tree: MarkdownNode) -> Set<Int> {
        var found: Set<Int> = []
        tree.walk { node, _ in
            guard case .text(let text) = node.kind else { return }
            for case .expression(let index) in pieces(of: text) { found.insert(index) }
        }
        return found
    }

    /// Text with every placeholder replaced by its expression's original source.
    public static func restore(_ text: String, sites: [InlineExpressionSite]) -> String {
        pieces(of: text).map { piece in
            switch piece {
            case .text(let text): text
            case .expression(let index): index < sites.count ? sites[index].source : ""
            }
        }.joined()
    }

    /// The index of the first `}` of the closing `}}`, if it comes before a blank line, a
    /// second line break, or the length limit.
    private static func closingBraces(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start, newlines = 0
        while index + 1 < bytes.count, index - start < maximumLength {
            switch bytes[index] {
            case UInt8(ascii: "}") where bytes[index + 1] == UInt8(ascii: "}"):
                return index
            case UInt8(ascii: "{") where bytes[index + 1] == UInt8(ascii: "{"):
                return nil
            case UInt8(ascii: "\n"):
                newlines += 1
                if newlines > 1 { return nil }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
