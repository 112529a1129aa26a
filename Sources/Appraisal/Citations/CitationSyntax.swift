/// Finds pandoc-style citations, `[@id]` and `[@a; @b]`, in a run of text.
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
        var segments: [Segment] = []
        var plain = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "[", let close = text[index...].firstIndex(of: "]"),
               let keys = keys(text[text.index(after: index)..<close]) {
                if !plain.isEmpty { segments.append(.text(plain)) }
                plain = ""
                let offset = text.utf8.distance(from: text.startIndex, to: index)
                let length = text.utf8.distance(from: index, to: close) + 1
                segments.append(.citation(keys: keys, offset: offset, length: length))
                index = text.index(after: close)
            } else {
                plain.append(text[index])
                index = text.index(after: index)
            }
        }
        if !plain.isEmpty { segments.append(.text(plain)) }
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
