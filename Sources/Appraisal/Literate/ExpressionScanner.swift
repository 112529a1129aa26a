import Markdown

/// The one forward pass over a body's UTF-8 bytes that finds inline expressions for
/// `ExpressionMasking`, with no search restarted from a candidate `{{`.
///
/// An expression opens at `{{` not preceded by `\` and closes at the first `}}` after it, unless a
/// `{{`, a second line break, the length limit or the end comes first. In a run of braces the
/// second-to-last pair opens (`{{{ a }}` is one expression whose text starts with `{`), with the
/// last pair as a fallback whose window ends one byte later: what trying every `{{` in turn
/// finds, since each earlier pair meets the next `{{` at once. An escaped `\{{` pairs with its
/// `}}` too, so that neither brace is reported as unpaired.
struct ExpressionScanner {
    private let bytes: [UInt8]
    private let firstLine: Int
    private(set) var output: [UInt8] = []
    private(set) var sites: [InlineExpressionSite] = []
    private(set) var problems: [BraceProblem] = []
    private(set) var removed: [(line: Int, count: Int)] = []
    private var line = 1, lineStart = 0, maskedLine = 1
    private var braces = NextBraces()

    /// Where the next `{` and the next `}` are, each found by memchr only once the scan has
    /// passed the last one found, so that the body is searched for each brace value once.
    private struct NextBraces {
        private var open = -1, close = -1

        /// The first brace at or after `index`, or the end of `bytes`.
        mutating func next(after index: Int, in bytes: [UInt8]) -> Int {
            if open < index { open = Self.find(UInt8(ascii: "{"), from: index, in: bytes) }
            if close < index { close = Self.find(UInt8(ascii: "}"), from: index, in: bytes) }
            return min(open, close)
        }

        private static func find(_ brace: UInt8, from index: Int, in bytes: [UInt8]) -> Int {
            bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: brace, in: $0, from: index) ?? $0.count }
        }
    }

    /// An open `{{` waiting for its `}}`.
    private struct Opening {
        var start: Int
        var fallback: Int?
        var escaped: Bool
        var newlines = 0
        var outputStart: Int
        var line: Int
        var lineStart: Int
    }

    init(_ body: Substring, firstLine: Int) {
        var body = body
        bytes = body.withUTF8 { Array($0) }
        self.firstLine = firstLine
        output.reserveCapacity(bytes.count)
    }

    /// Scans the whole body.
    mutating func run() {
        var opening: Opening?
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < count ? bytes[index + 1] : nil
            if var open = opening {
                let limit = open.start + 2 + ExpressionMasking.maximumLength
                if index >= limit + (open.fallback == nil ? 0 : 1) || index + 1 >= count {
                    fail(open)
                    opening = nil
                    continue
                }
                if byte == UInt8(ascii: "}"), next == UInt8(ascii: "}") {
                    if !open.escaped {
                        if index >= limit, let fallback = open.fallback { open.start = fallback; open.outputStart += 1 }
                        close(open, end: index)
                    } else {
                        output += [byte, byte]
                    }
                    opening = nil
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "{"), next == UInt8(ascii: "{") {
                    fail(open)
                    opening = nil
                    continue
                }
                if byte == UInt8(ascii: "\n") {
                    open.newlines += 1
                    if open.newlines > 1 {
                        fail(open)
                        opening = nil
                        continue
                    }
                }
                opening = open
                copy(byte, at: index)
                index += 1
                continue
            }
            if byte != UInt8(ascii: "{"), byte != UInt8(ascii: "}") {
                // Outside an expression, everything up to the next brace is copied in one go, its
                // line breaks counted: braces are found with memchr, each once, rather than by
                // testing every byte of the body for three values (2% of a site build).
                let end = braces.next(after: index, in: bytes)
                copyRun(from: index, to: end)
                index = end
                continue
            }
            if byte == UInt8(ascii: "{"), next == UInt8(ascii: "{") {
                var end = index + 2
                while end < count, bytes[end] == UInt8(ascii: "{") { end += 1 }
                let escaped = index > 0 && bytes[index - 1] == UInt8(ascii: "\\")
                let first = escaped ? index + 1 : index
                let last = end - 2
                let literalOnly = first > last
                let start = literalOnly ? index : max(first, last - 1)
                let outputStart = output.count + (start - index)
                for position in index..<(start + 2) { copy(bytes[position], at: position) }
                opening = Opening(start: start, fallback: !literalOnly && start < last ? last : nil, escaped: literalOnly,
                                  outputStart: outputStart, line: line, lineStart: lineStart)
                index = start + 2
                continue
            }
            if byte == UInt8(ascii: "}"), next == UInt8(ascii: "}") {
                if index == 0 || bytes[index - 1] != UInt8(ascii: "\\") {
                    problems.append(BraceProblem(kind: .strayClosing, position: position(index), offset: output.count))
                }
                output += [byte, byte]
                index += 2
                continue
            }
            copy(byte, at: index)
            index += 1
        }
        if let open = opening { fail(open) }
    }

    /// Copies the bytes `start..<end`, which hold no brace, counting their line breaks.
    private mutating func copyRun(from start: Int, to end: Int) {
        output.append(contentsOf: bytes[start..<end])
        bytes[..<end].withUnsafeBufferPointer { buffer in
            var from = start
            while let newline = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: buffer, from: from) {
                line += 1
                maskedLine += 1
                lineStart = newline + 1
                from = newline + 1
            }
        }
    }

    private mutating func copy(_ byte: UInt8, at index: Int) {
        output.append(byte)
        if byte == UInt8(ascii: "\n") {
            line += 1
            maskedLine += 1
            lineStart = index + 1
        }
    }

    private func position(_ index: Int) -> SourcePosition {
        SourcePosition(line: firstLine + line - 1, column: index - lineStart + 1)
    }

    private mutating func fail(_ open: Opening) {
        guard !open.escaped else { return }
        let position = SourcePosition(line: firstLine + open.line - 1, column: open.start - open.lineStart + 1)
        problems.append(BraceProblem(kind: .unclosedOpening, position: position, offset: open.outputStart))
    }

    private mutating func close(_ open: Opening, end: Int) {
        let source = bytes[open.start..<(end + 2)]
        let position = SourcePosition(line: firstLine + open.line - 1, column: open.start - open.lineStart + 1)
        let site = InlineExpressionSite(
            index: sites.count, source: String(decoding: source, as: UTF8.self),
            content: String(decoding: bytes[(open.start + 2)..<end], as: UTF8.self),
            position: position, contentPosition: SourcePosition(line: position.line, column: position.column + 2))
        sites.append(site)
        output.removeSubrange(open.outputStart...)
        output += Array(ExpressionMasking.placeholder(site.index).utf8)
        if open.newlines > 0 {
            maskedLine -= open.newlines
            removed.append((maskedLine, open.newlines))
        }
    }
}
