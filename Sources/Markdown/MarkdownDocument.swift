/// Parsing and rendering of CommonMark, the public face of the Markdown module.
public enum MarkdownDocument {
    /// Parses CommonMark text into a tree whose positions are in file coordinates.
    ///
    /// - Parameter lineOffset: how many lines of the file come before `text` (front matter),
    ///   added to every position so diagnostics point into the file, not into the body.
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownNode {
        let tree = CommonMarkBridge.parse(text)
        guard lineOffset != 0 else { return tree }
        return tree.shiftingRanges(byLines: lineOffset)
    }

    /// Renders a tree to HTML as the `cmark` command would.
    ///
    /// Safe by default: raw HTML written by the author becomes `<!-- raw HTML omitted -->`
    /// and `javascript:`, `vbscript:`, `file:` and most `data:` links lose their destination.
    /// Generated nodes are always emitted, which is why they hold `SafeHTML`.
    public static func renderHTML(_ tree: MarkdownNode, allowRawHTML: Bool = false) -> SafeHTML {
        SafeHTML(cmarkOutput: CommonMarkBridge.renderHTML(tree, allowRawHTML: allowRawHTML))
    }
}

extension MarkdownNode {
    fileprivate func shiftingRanges(byLines lines: Int) -> MarkdownNode {
        mappingLines { $0 + lines }
    }

    /// The same tree with every position's line passed through `transform`, for text that was
    /// altered before parsing (line breaks removed) and must still report file lines.
    public func mappingLines(_ transform: (Int) -> Int) -> MarkdownNode {
        var copy = self
        if let range {
            copy.range = SourceRange(
                start: SourcePosition(line: transform(range.start.line), column: range.start.column),
                end: SourcePosition(line: transform(range.end.line), column: range.end.column))
        }
        copy.children = children.map { $0.mappingLines(transform) }
        return copy
    }
}
