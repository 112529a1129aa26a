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
        /// The UTF-8 of the body with placeholders, as the scanner wrote it: cmark takes the
        /// bytes, so the text is never decoded (and checked) again as a whole.
        public var bytes: [UInt8]
        /// The body with placeholders, as text.
        public var text: String { String(decoding: bytes, as: UTF8.self) }
        /// The expressions, indexed by placeholder number.
        public var sites: [InlineExpressionSite]
        /// For each expression that spanned lines: the masked line it is on and how many line
        /// breaks it removed, in order.
        public var removedLineBreaks: [(line: Int, count: Int)]
        /// Unpaired `{{` and `}}`, in order; `text` keeps them as written.
        public var braceProblems: [BraceProblem] = []

        /// The text cmark parses: `text` with each unpaired brace swapped for a marker (see
        /// `braceMarker`), so that the tree tells which of them stand in prose.
        public var parsedText: String { String(decoding: parsedBytes, as: UTF8.self) }

        /// The UTF-8 of `parsedText`.
        public var parsedBytes: [UInt8] {
            guard !braceProblems.isEmpty else { return bytes }
            var bytes = bytes
            for (index, problem) in braceProblems.enumerated().reversed() where problem.offset + 2 <= bytes.count {
                bytes.replaceSubrange(problem.offset..<(problem.offset + 2), with: Array(braceMarker(index, kind: problem.kind).utf8))
            }
            return bytes
        }

        /// The file line of masked body line `line` (1-based, before the front matter offset).
        public func originalLine(_ line: Int) -> Int {
            line + removedLineBreaks.reduce(0) { $1.line < line ? $0 + $1.count : $0 }
        }
    }

    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let unclosedOpen: Unicode.Scalar = "\u{E002}"
    static let strayOpen: Unicode.Scalar = "\u{E003}"
    static let digitZero: UInt32 = 0xE010
    /// The longest expression recognised, braces included; longer text is left as it is.
    static let maximumLength = 1_000

    /// Replaces every `{{ ... }}` (closed on the same or the next line) with a placeholder.
    ///
    /// - Parameters:
    ///   - firstLine: the file line on which `body` starts.
    public static func mask(_ body: Substring, firstLine: Int) -> Masked {
        var scanner = ExpressionScanner(body, firstLine: firstLine)
        scanner.run()
        return Masked(bytes: scanner.output, sites: scanner.sites,
                      removedLineBreaks: scanner.removed, braceProblems: scanner.problems)
    }

    /// The placeholder for expression `index`: private-use open, digits, close.
    public static func placeholder(_ index: Int) -> String {
        marker(index, opening: open)
    }

    /// The marker of unpaired brace `index`: it reads back as the brace itself (see `pieces`).
    static func braceMarker(_ index: Int, kind: BraceProblem.Kind) -> String {
        marker(index, opening: kind == .unclosedOpening ? unclosedOpen : strayOpen)
    }

    private static func marker(_ index: Int, opening: Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(opening)
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

    /// Splits text at placeholders; text without any comes back as one piece. Markers of
    /// unpaired braces read back as the braces, inside the text around them.
    ///
    /// The text is read as UTF-8 bytes: every marker is EE 80 xx (U+E000...U+E003, and the digits
    /// U+E010...U+E019), so the runs between markers are copied whole.
    public static func pieces(of text: String) -> [Piece] {
        guard hasMarkers(text) else { return [.text(text)] }
        var pieces: [Piece] = []
        var current: [UInt8] = []
        var digits: Int?
        var brace: UInt8?
        func flush() {
            if !current.isEmpty { pieces.append(.text(String(decoding: current, as: UTF8.self))) }
            current.removeAll(keepingCapacity: true)
        }
        var native = text
        native.withUTF8 { bytes in
            var index = 0
            while let marker = nextMarker(in: bytes, from: index) {
                current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<marker.offset]))
                index = marker.offset + 3
                switch marker.last {
                case markerBytes.open:
                    flush()
                    digits = 0
                    brace = nil
                case markerBytes.unclosedOpen, markerBytes.strayOpen:
                    digits = 0
                    brace = marker.last
                case markerBytes.close where digits != nil:
                    if let brace {
                        current.append(contentsOf: (brace == markerBytes.unclosedOpen ? "{{" : "}}").utf8)
                    } else {
                        flush()
                        pieces.append(.expression(digits ?? 0))
                    }
                    digits = nil
                    brace = nil
                case markerBytes.digitZero...(markerBytes.digitZero + 9) where digits != nil:
                    digits = (digits ?? 0) * 10 + Int(marker.last - markerBytes.digitZero)
                default:
                    // Another private-use scalar, or a marker out of place: text.
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[marker.offset..<index]))
                }
            }
            current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
        }
        flush()
        return pieces
    }

    /// Whether `text` holds a placeholder or a brace marker; text without one needs no
    /// substitution or restoring.
    public static func hasMarkers(_ text: String) -> Bool {
        // U+E000...U+E003 are EE 80 80...EE 80 83 in UTF-8.
        ByteSearch.withUTF8(of: text) { bytes in
            var next = 0
            while let marker = nextMarker(in: bytes, from: next) {
                if (markerBytes.open...markerBytes.strayOpen).contains(marker.last) { return true }
                next = marker.offset + 3
            }
            return false
        }
    }

    /// The last UTF-8 byte of each marker scalar: all of them are EE 80 xx (U+E000...U+E03F).
    private static let markerBytes = (open: lastByte(open.value), close: lastByte(close.value), unclosedOpen: lastByte(unclosedOpen.value),
                                      strayOpen: lastByte(strayOpen.value), digitZero: lastByte(digitZero))

    /// The last UTF-8 byte of the scalar `value`, in U+E000...U+E03F.
    private static func lastByte(_ value: UInt32) -> UInt8 {
        0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
    }

    /// The next scalar in U+E000...U+E03F (EE 80 xx) at or after byte `start`: its offset and its
    /// last byte. Prose almost never has an EE byte, so most text is one search.
    private static func nextMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (offset: Int, last: UInt8)? {
        var next = start
        while let lead = ByteSearch.firstOffset(of: 0xEE, in: bytes, from: next), lead + 2 < bytes.count {
            if bytes[lead + 1] == 0x80 { return (lead, bytes[lead + 2]) }
            next = lead + 1
        }
        return nil
    }

    /// The unpaired braces (by number) that stand in prose: in text nodes, not code or links.
    public static func proseBraceProblems(in tree: MarkdownNode) -> [Int] {
        var found: [Int] = []
        tree.forEachText { text in
            guard hasMarkers(text) else { return }
            var digits: Int?
            for scalar in text.unicodeScalars {
                if scalar == unclosedOpen || scalar == strayOpen {
                    digits = 0
                } else if scalar == close, let number = digits {
                    found.append(number)
                    digits = nil
                } else if let number = digits, scalar.value >= digitZero, scalar.value <= digitZero + 9 {
                    digits = number * 10 + Int(scalar.value - digitZero)
                } else {
                    digits = nil
                }
            }
        }
        return found
    }

    /// The expressions that stand in prose (text nodes), as opposed to code, raw HTML or link
    /// destinations, where they stay literal and are not evaluated; `sites` are the tree's.
    ///
    /// Text nodes are found only in paragraphs and headings, and an expression's placeholder is in
    /// the one whose lines hold the line its `{{` is on: the others, most of a report, are passed
    /// over without their text being read (`LinesHolding`).
    public static func proseExpressions(in tree: MarkdownNode, sites: [InlineExpressionSite]) -> Set<Int> {
        var found: Set<Int> = []
        let lines = LinesHolding(lines: sites.map(\.position.line))
        func visit(_ node: UnsafePointer<MarkdownNode>) {
            switch node.pointee.kind {
            case .paragraph, .heading:
                guard lines.mayHold(node.pointee.range) else { return }
                node.pointee.forEachText { text in
                    // Most text has no placeholder; `pieces` would wrap it in an array to say so.
                    guard hasMarkers(text) else { return }
                    for case .expression(let index) in pieces(of: text) { found.insert(index) }
                }
            default:
                MarkdownNode.forEachChild(of: node, visit)
            }
        }
        withUnsafePointer(to: tree, visit)
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
}
