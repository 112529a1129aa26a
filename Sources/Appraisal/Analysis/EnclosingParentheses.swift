import Markdown

/// Whether an inline expression stands inside parentheses in the prose, so its interval is
/// joined with a semicolon instead of a second pair of parentheses: AMA writes
/// "(88%; 95% CI, 53%-98%)", never "(88% (95% CI, 53%-98%))".
struct EnclosingParentheses {
    /// The source, read in place: a copy of its bytes was a quarter of the time this took.
    private let source: SourceLines
    /// How far back on its line an opening parenthesis is looked for.
    static let reach = 240

    /// Asks about positions in `source`; each question costs at most `reach` bytes.
    init(_ source: SourceLines) {
        self.source = source
    }

    /// True when an unclosed `(` stands before `position` on its line (within `reach` bytes).
    func encloses(_ position: SourcePosition) -> Bool {
        guard let lineStart = source.start(ofLine: position.line) else { return false }
        let start = lineStart + position.column - 1
        return ByteSearch.withUTF8(of: source.text) { bytes in
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
