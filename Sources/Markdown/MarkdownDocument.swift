/// Parsing and rendering of CommonMark, the public face of the Markdown module.
public enum MarkdownDocument {
    /// How many levels a tree may have, the document itself counted: every stage walks the
    /// tree recursively, and fifty thousand nested block quotes (or `*` emphases) overflowed the
    /// stack. Real documents nest a few levels; markdown-it stops at 100 nestings.
    public static let maximumDepth = 256

    /// A parsed document, or where it nests too deep.
    public struct Parsed: Sendable {
        /// The tree; empty when the document nests deeper than `maximumDepth`.
        public var tree: MarkdownNode
        /// Where the first node below `maximumDepth` starts; nil when the document is within it.
        public var tooDeepAt: SourcePosition?
        /// Whether the document nests deeper than `maximumDepth` (its tree is then empty).
        public var isTooDeep: Bool { tooDeepAt != nil }
        /// Every link and image of the tree, in document order (none when it is too deep).
        public var links: [LinkTarget] = []
    }

    /// Parses CommonMark text into a tree whose positions are in file coordinates.
    ///
    /// - Parameter lineOffset: how many lines of the file come before `text` (front matter),
    ///   added to every position so diagnostics point into the file, not into the body.
    ///
    /// A document that nests deeper than `maximumDepth` is read as an empty one; use
    /// `parse(utf8:mappingLines:)` to learn where.
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownNode {
        CommonMarkBridge.parse(text) { $0 + lineOffset }.tree
    }

    /// Parses the UTF-8 bytes of CommonMark text (which must be valid UTF-8, as bytes made from
    /// a `String` are) that was altered before parsing (line breaks removed), with every
    /// position's line passed through `line` so diagnostics still point at the file's lines.
    public static func parse(utf8 bytes: [UInt8], mappingLines line: (Int) -> Int) -> Parsed {
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
