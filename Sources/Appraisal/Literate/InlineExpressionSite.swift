import Markdown

/// Where an inline expression `{{ ... }}` was written, and what it says.
public struct InlineExpressionSite: Hashable, Sendable {
    /// The expression's number in the document, in order of appearance; also its placeholder.
    public var index: Int
    /// The whole source text, braces included, e.g. `{{ improvement.nnt | fixed(1) }}`.
    public var source: String
    /// The text between the braces.
    public var content: String
    /// The file position of the opening `{{`.
    public var position: SourcePosition
    /// The file position of the first byte of `content`.
    public var contentPosition: SourcePosition

    /// The file position of the byte `offset` bytes into `content` (for errors inside it).
    public func position(ofContentOffset offset: Int) -> SourcePosition {
        let prefix = content.utf8.prefix(max(0, offset))
        guard let lastNewline = prefix.lastIndex(of: UInt8(ascii: "\n")) else {
            return SourcePosition(line: contentPosition.line, column: contentPosition.column + prefix.count)
        }
        let lines = prefix.count { $0 == UInt8(ascii: "\n") }
        let column = prefix.distance(from: lastNewline, to: prefix.endIndex)
        return SourcePosition(line: contentPosition.line + lines, column: column)
    }
}
