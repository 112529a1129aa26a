import Markdown

/// The lines of a source that hold any of a few bytes: a paragraph or heading on none of them
/// cannot hold what those bytes are needed for, and a walk of the tree passes it over without
/// reading its text.
///
/// The quoted results need `=`, `<`, `>` or 0xE2 (which leads `≤` and `≥`), the citations `@`;
/// both also an `&`, which could spell one as an entity. Most of a report's paragraphs have
/// none: reading them for quoted results was 1.4% of a site build, for citations 1.7%.
public struct LinesHolding: Sendable {
    /// The lines with such a byte, ascending; nil when lines cannot be told by line feeds alone
    /// (a carriage return without one, which cmark also counts as a line end).
    private let lines: [Int]?

    /// The lines of `source`, the whole file, that hold any of `bytes`, numbered from 1 as
    /// source positions are.
    ///
    /// The bytes are rare in prose, so each is looked for on its own with `memchr`, and its line
    /// found in the source's table of line starts: one pass testing every byte for all five of
    /// the quoted results' cost more than the reading it saved.
    init(_ source: SourceLines, anyOf bytes: [UInt8]) {
        guard source.endsAtLineFeedsOnly else {
            lines = nil
            return
        }
        let wanted = bytes
        lines = ByteSearch.withUTF8(of: source.text) { bytes -> [Int] in
            var lines: [Int] = []
            for byte in wanted {
                var next = ByteSearch.firstOffset(of: byte, in: bytes, from: 0)
                while let offset = next {
                    let line = source.line(ofOffset: offset)
                    lines.append(line)
                    // The rest of the line counts already: the search goes on from the next one.
                    next = source.start(ofLine: line + 1).flatMap { ByteSearch.firstOffset(of: byte, in: bytes, from: $0) }
                }
            }
            lines.sort()
            return lines
        }
    }

    /// The lines given, in any order: those of the positions something stands at.
    public init(lines: [Int]) {
        self.lines = lines.sorted()
    }

    /// Whether any line of `range` holds one of the bytes; true when the range is not known, so
    /// that a node without a position is always read.
    public func mayHold(_ range: SourceRange?) -> Bool {
        guard let range else { return true }
        return mayHold(from: range.start.line, through: range.end.line)
    }

    /// Whether any line from `first` through `last` holds one of the bytes (or the lines could
    /// not be told apart).
    private func mayHold(from first: Int, through last: Int) -> Bool {
        guard let lines else { return true }
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < first { low = middle + 1 } else { high = middle }
        }
        return low < lines.count && lines[low] <= last
    }
}
