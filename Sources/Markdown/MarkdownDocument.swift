/// Parsing and rendering of CommonMark, the public face of the Markdown module.
public enum MarkdownDocument {
    /// Parses CommonMark text into a tree whose positions are in file coordinates.
    ///
    /// - Parameter lineOffset: how many lines of the file come before `text` (front matter),
    ///   added to every position so diagnostics point into the file, not into the body.
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownNode {
        CommonMarkBridge.parse(text) { $0 + lineOffset }
    }

    /// Parses the UTF-8 bytes of CommonMark text (which must be valid UTF-8, as bytes made from
    /// a `String` are) that was altered before parsing (line breaks removed), with every
    /// position's line passed through `line` so diagnostics still point at the file's lines.
    public static func parse(utf8 bytes: [UInt8], mappingLines line: (Int) -> Int) -> MarkdownNode {
        bytes.withUnsafeBufferPointer { CommonMarkBridge.parse(bytes: $0, line: line) }
    }

    /// Renders a tree to HTML as the `cmark` command would.
    ///
    /// Safe by default: raw HTML written by the author becomes `<!-- raw HTML omitted -->`
    /// and `javascript:`, `vbscript:`, `file:` and most `data:` links lose their destination.
    /// Generated nodes are always emitted, which is why they hold `SafeHTML`.
    public static func renderHTML(_ tree: MarkdownNode, allowRawHTML: Bool = false) -> SafeHTML {
        SafeHTML(cmarkOutput: CommonMarkHTML.render(tree, allowRawHTML: allowRawHTML))
    }
}
