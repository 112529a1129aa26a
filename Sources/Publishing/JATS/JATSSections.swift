import Markdown

/// Renders a Markdown tree as JATS body content: headings open nested `<sec>`s, blocks and
/// inlines map to their JATS elements, and every piece of text is escaped.
///
/// Raw HTML is left out (JATS has no place for it), as are thematic breaks; a heading called
/// "References" is skipped, since the reference list lives in `<back>`.
///
/// The markup is written as bytes into one buffer, walking the tree through the nodes'
/// addresses (`MarkdownNode.forEachChild(of:)`), so that no node is copied and no string is made
/// per node; text is escaped straight into the buffer.
enum JATSSections {
    /// The body content of `document`.
    static func render(_ document: MarkdownNode) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(32 * 1024)
        var open: [Int] = []
        var sectionCount = 0
        withUnsafePointer(to: document) { root in
            MarkdownNode.forEachChild(of: root) { block in
                guard case .heading(let level) = block.pointee.kind else { return appendBlock(block, to: &output) }
                if block.pointee.plainText.trimmingWhitespace().lowercased() == "references" { return }
                while let last = open.last, last >= level {
                    ByteSearch.appendLiteral("</sec>\n", to: &output)
                    open.removeLast()
                }
                sectionCount += 1
                output.append(contentsOf: "<sec id=\"sec-\(sectionCount)\"><title>".utf8)
                appendInlines(of: block, to: &output)
                ByteSearch.appendLiteral("</title>\n", to: &output)
                open.append(level)
            }
        }
        for _ in open { ByteSearch.appendLiteral("</sec>\n", to: &output) }
        return String(assembledUTF8: output)
    }

    /// Appends one block as JATS to `output`.
    private static func appendBlock(_ node: UnsafePointer<MarkdownNode>, to output: inout [UInt8]) {
        switch node.pointee.kind {
        case .paragraph:
            let start = output.count
            ByteSearch.appendLiteral("<p>", to: &output)
            appendInlines(of: node, to: &output)
            if output.count == start + 3 {
                output.removeLast(3)  // an empty paragraph is left out
            } else {
                ByteSearch.appendLiteral("</p>\n", to: &output)
            }
        case .heading:
            ByteSearch.appendLiteral("<p><bold>", to: &output)
            appendInlines(of: node, to: &output)
            ByteSearch.appendLiteral("</bold></p>\n", to: &output)
        case .blockQuote:
            let start = output.count
            ByteSearch.appendLiteral("<disp-quote>\n", to: &output)
            MarkdownNode.forEachChild(of: node) { appendBlock($0, to: &output) }
            if output.count == start + 13 {
                output.removeLast(13)  // a quote with nothing JATS can hold is left out
            } else {
                ByteSearch.appendLiteral("</disp-quote>\n", to: &output)
            }
        case .list(let style):
            ByteSearch.appendLiteral(style.ordered ? "<list list-type=\"order\">\n" : "<list list-type=\"bullet\">\n", to: &output)
            MarkdownNode.forEachChild(of: node) { item in
                ByteSearch.appendLiteral("<list-item>", to: &output)
                let before = output.count
                MarkdownNode.forEachChild(of: item) { appendBlock($0, to: &output) }
                if output.count == before { ByteSearch.appendLiteral("<p/>", to: &output) }
                ByteSearch.appendLiteral("</list-item>\n", to: &output)
            }
            ByteSearch.appendLiteral("</list>\n", to: &output)
        case .codeBlock(_, let literal):
            ByteSearch.appendLiteral("<preformat>", to: &output)
            appendEscaped(literal, to: &output)
            ByteSearch.appendLiteral("</preformat>\n", to: &output)
        case .generatedBlock(let xml):
            ByteSearch.append(xml.markup, to: &output)
        case .item, .document:
            MarkdownNode.forEachChild(of: node) { appendBlock($0, to: &output) }
        case .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
             .generatedInline:
            return
        }
    }

    /// Appends the children of `node`, inline nodes, as JATS inline markup to `output`.
    private static func appendInlines(of node: UnsafePointer<MarkdownNode>, to output: inout [UInt8]) {
        MarkdownNode.forEachChild(of: node) { appendInline($0, to: &output) }
    }

    private static func appendInline(_ node: UnsafePointer<MarkdownNode>, to output: inout [UInt8]) {
        switch node.pointee.kind {
        case .text(let text): appendEscaped(text, to: &output)
        case .softBreak, .lineBreak: output.append(UInt8(ascii: " "))
        case .code(let text):
            ByteSearch.appendLiteral("<monospace>", to: &output)
            appendEscaped(text, to: &output)
            ByteSearch.appendLiteral("</monospace>", to: &output)
        case .emphasis:
            ByteSearch.appendLiteral("<italic>", to: &output)
            appendInlines(of: node, to: &output)
            ByteSearch.appendLiteral("</italic>", to: &output)
        case .strong:
            ByteSearch.appendLiteral("<bold>", to: &output)
            appendInlines(of: node, to: &output)
            ByteSearch.appendLiteral("</bold>", to: &output)
        case .link(let destination, _) where isExternal(destination):
            ByteSearch.appendLiteral("<ext-link ext-link-type=\"uri\" xlink:href=\"", to: &output)
            appendEscaped(destination, to: &output)
            ByteSearch.appendLiteral("\">", to: &output)
            appendInlines(of: node, to: &output)
            ByteSearch.appendLiteral("</ext-link>", to: &output)
        case .image: appendEscaped(node.pointee.plainText, to: &output)
        case .generatedInline(let xml): ByteSearch.append(xml.markup, to: &output)
        case .htmlInline: return
        default: appendInlines(of: node, to: &output)
        }
    }

    /// Appends `text` escaped for XML.
    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        ByteSearch.withUTF8(of: text) { XMLText.append(escaping: $0, to: &output) }
    }

    /// Whether a link leaves the site (`https:`, `http:`, `mailto:`): only those become `<ext-link>`s.
    static func isExternal(_ destination: String) -> Bool {
        // The schemes are ASCII, so the bytes are compared first, ignoring ASCII case: lowercasing
        // every destination cost 700 instructions a link. When a byte of 0x80 or more follows the
        // scheme, it may be a mark that joins the scheme's last Character, and the Characters decide.
        let scheme = ByteSearch.withUTF8(of: destination) { bytes -> (matches: Bool, settled: Bool) in
            for prefix: StaticString in ["https://", "http://", "mailto:"] where ByteSearch.startsWith(prefix, ignoringASCIICaseIn: bytes) {
                let count = prefix.utf8CodeUnitCount
                return (true, count == bytes.count || bytes[count] < 0x80)
            }
            return (false, true)
        }
        guard scheme.matches, !scheme.settled else { return scheme.matches }
        let lower = destination.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
