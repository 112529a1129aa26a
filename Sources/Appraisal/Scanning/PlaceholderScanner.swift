import Markdown

/// Finds the `TODO:` markers a scaffold leaves, in one forward pass over a file's UTF-8 bytes.
enum PlaceholderScanner {
    /// A marker found: its position and the text after it on its line, up to a `"`.
    struct Found: Equatable {
        /// The file position of the `T`.
        var position: SourcePosition
        /// What follows the marker on its line, before any `"`, without surrounding whitespace.
        var rest: String
    }

    /// The first `TODO:` on each line of `text`.
    static func scan(_ text: String) -> [Found] {
        let marker = Array(AppraisalStructure.placeholderMarker.utf8)
        guard ByteSearch.contains(marker, in: text) else { return [] }
        let utf8 = text.utf8
        var found: [Found] = []
        var line = 1, lineStart = utf8.startIndex, matched = 0
        var matchStart = utf8.startIndex, restStart: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") {
                if let start = restStart { found.append(finish(found: start, restEnd: index, in: text, line: line, lineStart: lineStart, matchStart: matchStart)) }
                restStart = nil
                matched = 0
                line += 1
                lineStart = utf8.index(after: index)
            } else if let start = restStart {
                if byte == UInt8(ascii: "\""), UTF8Characters.isWholeCharacter(index, in: text) {
                    found.append(finish(found: start, restEnd: index, in: text, line: line, lineStart: lineStart, matchStart: matchStart))
                    restStart = nil
                    matched = marker.count
                }
            } else if matched < marker.count {
                if byte == marker[matched] {
                    if matched == 0 { matchStart = index }
                    matched += 1
                } else {
                    matched = byte == marker[0] ? 1 : 0
                    if matched == 1 { matchStart = index }
                }
                if matched == marker.count {
                    if UTF8Characters.isWholeCharacter(matchStart, in: text), UTF8Characters.isWholeCharacter(index, in: text) {
                        restStart = utf8.index(after: index)
                    } else {
                        matched = 0
                    }
                }
            }
            index = utf8.index(after: index)
        }
        if let start = restStart { found.append(finish(found: start, restEnd: utf8.endIndex, in: text, line: line, lineStart: lineStart, matchStart: matchStart)) }
        return found
    }

    private static func finish(found restStart: String.Index, restEnd: String.Index, in text: String, line: Int,
                               lineStart: String.Index, matchStart: String.Index) -> Found {
        let column = text.utf8.distance(from: lineStart, to: matchStart) + 1
        return Found(position: SourcePosition(line: line, column: column), rest: String(text[restStart..<restEnd]).trimmingWhitespace())
    }
}
