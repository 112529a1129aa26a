import Markdown

/// Whether an inline expression stands inside parentheses in the prose, so its interval is
/// joined with a semicolon instead of a second pair of parentheses: AMA writes
/// "(88%; 95% CI, 53%-98%)", never "(88% (95% CI, 53%-98%))".
struct EnclosingParentheses {
    /// The byte offset where each line of the source starts.
    private let lineStarts: [Int]
    /// The source, read in place: a copy of its bytes was a quarter of the time this took.
    private let text: String
    /// How far back on its line an opening parenthesis is looked for.
    static let reach = 240

    /// Indexes the lines of `text` once, so each question costs at most `reach` bytes; made only
    /// for a document that has an expression with `ci`.
    init(_ text: String) {
        self.text = text
        var starts = [0]
        // Line feeds found by `memchr`: a loop over every byte of the source was 1% of a site build.
        ByteSearch.withUTF8(of: text) { bytes in
            var from = 0
            while let feed = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: bytes, from: from) {
                starts.append(feed + 1)
                from = feed + 1
            }
        }
        lineStarts = starts
    }

    /// True when an unclosed `(` stands before `position` on its line (within `reach` bytes).
    func encloses(_ position: SourcePosition) -> Bool {
        guard position.line >= 1, position.line <= lineStarts.count else { return false }
        let lineStart = lineStarts[position.line - 1]
        let start = lineStart + position.column - 1
        return ByteSearch.withUTF8(of: text) { bytes in
            guard start <= bytes.count else { return false }
            var depth = 0
            var offset = start - 1
            while offset >= max(lineStart, start - EnclosingParentheses.reach) {
                switch bytes[offset] {
                case UInt8(ascii: ")"): depth += 1
                case UInt8(ascii: "("):
                    if depth == 0 { return true }
                    depth -= 1
                default: break
                }
                offset -= 1
            }
            return false
        }
    }
}
