/// A source file cut into its YAML front matter and its Markdown body.
///
/// The front matter is the text between a first line `---` and the next line that is `---`
/// or `...`. Line numbers are kept so that both parts report positions in file coordinates.
public struct FrontMatterSplit: Sendable {
    /// The YAML text, without the delimiter lines; nil when the file has no front matter.
    public var yaml: String?
    /// The file line on which the YAML starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    /// The Markdown body: everything after the closing delimiter line, byte for byte.
    public var body: Substring
    /// How many file lines precede the body.
    public var bodyLineOffset: Int
    /// Set when an opening `---` has no closing line.
    public var isUnterminated: Bool

    /// Splits `text`; a file that does not start with `---` is all body.
    public init(_ text: String) {
        yamlFirstLine = 2
        isUnterminated = false
        guard let firstLineEnd = FrontMatterSplit.lineEnd(in: text[...], from: text.startIndex),
              FrontMatterSplit.isDelimiter(text[text.startIndex..<firstLineEnd.contentEnd], allowDots: false)
        else {
            yaml = nil
            body = text[...]
            bodyLineOffset = 0
            return
        }
        var lineStart = firstLineEnd.next
        var lineNumber = 2
        while lineStart < text.endIndex, let end = FrontMatterSplit.lineEnd(in: text[...], from: lineStart) {
            if FrontMatterSplit.isDelimiter(text[lineStart..<end.contentEnd], allowDots: true) {
                yaml = String(text[firstLineEnd.next..<lineStart])
                body = text[end.next...]
                bodyLineOffset = lineNumber
                return
            }
            lineStart = end.next
            lineNumber += 1
        }
        yaml = String(text[firstLineEnd.next...])
        body = text[text.endIndex...]
        bodyLineOffset = lineNumber - 1
        isUnterminated = true
    }

    /// Whether `line` is `---` (or `...` when allowed) followed only by spaces or tabs; looks at
    /// the trailing blanks and at most three more bytes, however long the line.
    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }

    /// The end of the line's content (before `\r\n` or `\n`) and the start of the next line.
    private static func lineEnd(in text: Substring, from start: String.Index) -> (contentEnd: String.Index, next: String.Index)? {
        guard start < text.endIndex else { return nil }
        let utf8 = text.utf8
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                var contentEnd = index
                if contentEnd > start, utf8[utf8.index(before: contentEnd)] == UInt8(ascii: "\r") {
                    contentEnd = utf8.index(before: contentEnd)
                }
                return (contentEnd, utf8.index(after: index))
            }
            index = utf8.index(after: index)
        }
        return (index, index)
    }
}
