/// The part of a source line a diagnostic prints: the whole line when it is short, else a
/// window of about `width` bytes around the column with `…` marking what was cut, so that a
/// file of one enormous line cannot turn each finding into megabytes of output.
struct SourceExcerpt {
    /// The widest excerpt printed, in bytes of the line.
    static let width = 120

    /// The visible part of the line.
    let visible: Substring
    /// The column within `visible` (1-based, UTF-8 bytes).
    let column: Int
    /// 1 when the excerpt starts with `…`, else 0.
    let lead: Int
    /// Whether the line goes on past `visible`.
    let clippedEnd: Bool

    /// The window of `line` around `column` (1-based, UTF-8 bytes).
    init(line: Substring, column: Int) {
        let utf8 = line.utf8
        guard utf8.count > SourceExcerpt.width else {
            (visible, self.column, lead, clippedEnd) = (line, column, 0, false)
            return
        }
        let target = min(max(0, column - 1), utf8.count)
        let startOffset = max(0, min(target - SourceExcerpt.width / 2, utf8.count - SourceExcerpt.width))
        let start = SourceExcerpt.scalarBoundary(utf8.index(utf8.startIndex, offsetBy: startOffset), in: line)
        let end = SourceExcerpt.scalarBoundary(utf8.index(start, offsetBy: min(SourceExcerpt.width, utf8.distance(from: start, to: utf8.endIndex))), in: line)
        visible = line[start..<end]
        self.column = column - utf8.distance(from: utf8.startIndex, to: start)
        lead = start > utf8.startIndex ? 1 : 0
        clippedEnd = end < utf8.endIndex
    }

    /// The excerpt as printed, with `…` where the line was cut.
    var text: String { (lead == 1 ? "…" : "") + visible + (clippedEnd ? "…" : "") }

    /// `index`, moved back to the start of the scalar it falls in.
    private static func scalarBoundary(_ index: String.Index, in line: Substring) -> String.Index {
        var index = index
        while index > line.utf8.startIndex, index < line.utf8.endIndex, line.utf8[index] & 0xC0 == 0x80 {
            index = line.utf8.index(before: index)
        }
        return index
    }
}
