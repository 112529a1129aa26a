import Markdown

/// Finds pandoc-style citations, `[@id]` and `[@a; @b]`, in a run of text.
///
/// One forward pass over the UTF-8 bytes: a citation's brackets hold no other bracket (a key
/// cannot contain `[` or `]`), so only the most recent `[` can pair with a `]`, and each byte
/// is looked at a bounded number of times whatever the input (`[[[[`, `[@a [@a` ...).
public enum CitationSyntax {
    /// A piece of text: plain, or a citation of one or more keys.
    public enum Segment: Hashable, Sendable {
        /// Text kept as it is.
        case text(String)
        /// A citation; `offset` is its byte offset in the scanned text, `length` its byte length.
        case citation(keys: [String], offset: Int, length: Int)
    }

    /// Splits `text` into plain text and citations. Brackets that do not hold only `@key`s
    /// separated by semicolons stay text.
    public static func segments(_ text: String) -> [Segment] {
        let utf8 = text.utf8
        // Every key starts with "@": text without one is a single plain segment.
        guard ByteSearch.contains(UInt8(ascii: "@"), in: text) else { return text.isEmpty ? [] : [.text(text)] }
        var segments: [Segment] = []
        var plainStart = utf8.startIndex
        var open: String.Index?
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "["), UTF8Characters.isWholeCharacter(index, in: text) {
                open = index
            } else if byte == UInt8(ascii: "]"), UTF8Characters.isWholeCharacter(index, in: text) {
                if let start = open, let keys = keys(text[utf8.index(after: start)..<index]) {
                    if plainStart < start { segments.append(.text(String(text[plainStart..<start]))) }
                    let offset = utf8.distance(from: utf8.startIndex, to: start)
                    segments.append(.citation(keys: keys, offset: offset, length: utf8.distance(from: start, to: index) + 1))
                    plainStart = utf8.index(after: index)
                }
                open = nil
            }
            index = utf8.index(after: index)
        }
        if plainStart < utf8.endIndex { segments.append(.text(String(text[plainStart...]))) }
        return segments
    }

    /// The keys of `@a; @b`, or nil when the text is anything else.
    static func keys(_ inner: Substring) -> [String]? {
        let items = inner.split(separator: ";", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        var keys: [String] = []
        for item in items {
            guard item.hasPrefix("@") else { return nil }
            let key = String(item.dropFirst())
            guard let first = key.first, first.isLetter || first.isNumber || first == "_",
                  key.allSatisfy({ $0.isLetter || $0.isNumber || "_-:./+".contains($0) }) else { return nil }
            keys.append(key)
        }
        return keys.isEmpty ? nil : keys
    }
}
