import Markdown

/// The lines of a source on which a quoted result could be: those with a byte that every
/// complete result has (`=`, `<`, `>`, or 0xE2, which leads `≤` and `≥`) or an `&` that could
/// spell one as an entity. A paragraph on none of them holds no result and is passed over
/// without its text being read: most of a report's paragraphs are, and reading them was 1.4%
/// of a site build.
struct QuotedResultLines {
    /// The lines with such a byte, ascending; nil when lines cannot be told by line feeds alone
    /// (a carriage return without one, which cmark also counts as a line end).
    private let lines: [Int]?

    /// The lines of `text`, the whole file, numbered from 1 as source positions are.
    ///
    /// The bytes are rare in prose, so each is looked for on its own with `memchr`, and its line
    /// found in a table of where the lines start: one pass testing every byte for all five cost
    /// more than the reading it saved.
    init(_ text: String) {
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
            for byte: UInt8 in [UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xE2, UInt8(ascii: "&")] {
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

    /// Whether any line from `first` through `last` may hold a result.
    func mayHold(from first: Int, through last: Int) -> Bool {
        guard let lines else { return true }
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle] < first { low = middle + 1 } else { high = middle }
        }
        return low < lines.count && lines[low] <= last
    }
}
