import Markdown

/// A source file's text with where each of its lines starts, found once per file.
///
/// Three line tables were built for every page (for quoted results, for citations twice), a
/// fourth for a page that encloses an interval in parentheses: each a `memchr` per line.
public struct SourceLines: Sendable {
    /// The whole text.
    public let text: String
    /// The byte offset at which each line starts, line 1 first, lines ending at line feeds.
    let starts: [Int]
    /// Whether line feeds alone end the lines: false when a carriage return stands without
    /// one, which cmark also reads as a line end (its positions then disagree with `starts`).
    let endsAtLineFeedsOnly: Bool

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        self.text = text
        (starts, endsAtLineFeedsOnly) = ByteSearch.withUTF8(of: text) { bytes in
            var starts = [0]
            var lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: 0)
            while let found = lineFeed {
                starts.append(found + 1)
                lineFeed = ByteSearch.firstOffset(of: 0x0A, in: bytes, from: found + 1)
            }
            var carriageReturn = ByteSearch.firstOffset(of: 0x0D, in: bytes, from: 0)
            while let found = carriageReturn {
                guard found + 1 < bytes.count, bytes[found + 1] == 0x0A else { return (starts, false) }
                carriageReturn = ByteSearch.firstOffset(of: 0x0D, in: bytes, from: found + 1)
            }
            return (starts, true)
        }
    }

    /// The line, numbered from 1, that holds the byte at `offset`: the last that starts at or
    /// before it.
    func line(ofOffset offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where line `line` (from 1) starts, when the text has it.
    func start(ofLine line: Int) -> Int? {
        line >= 1 && line <= starts.count ? starts[line - 1] : nil
    }
}
