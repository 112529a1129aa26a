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

    /// The lines of `text`, the whole file, that hold any of `bytes`, numbered from 1 as source
    /// positions are.
    ///
    /// The bytes are rare in prose, so each is looked for on its own with `memchr`, and its line
    /// found in a table of where the lines start: one pass testing every byte for all five of the
    /// quoted results' cost more than the reading it saved.
    init(_ text: String, anyOf bytes: [UInt8]) {
        let wanted = bytes
        lines = ByteSearch.withUTF8(of: text) { bytes -> [Int]? in
            var carriageReturn = ByteSearch.firstOffset(of: 0x0D, in: bytes, from: 0)
            while let found = carriageReturn {
                guard found + 1 < bytes.count, bytes[found + 1] == 0x0A else { return nil }
                carriageReturn = ByteSearch.firstOffset(of: 0x0D, in: bytes, from: found + 1)
            }
            var lineStarts = [0]
            var lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: 0)
            while let found = lineFeed {
                lineStarts.append(found + 1)
                lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: found + 1)
            }
            var lines: [Int] = []
            for byte in wanted {
                var next = ByteSearch.firstOffset(of: byte, in: bytes, from: 0)
                while let offset = next {
                    // The line is the last one that starts at or before the byte.
                    var low = 0, high = lineStarts.count
                    while low < high {
                        let middle = (low + high) / 2
                        if lineStarts[middle] <= offset { low = middle + 1 } else { high = middle }
                    }
                    lines.append(low)
                    // The rest of the line counts already: the search goes on from the next one.
                    next = low < lineStarts.count ? ByteSearch.firstOffset(of: byte, in: bytes, from: lineStarts[low]) : nil
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
