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
                    output.append(contentsOf: "</sec>\n".utf8)
                    open.removeLast()
                }
                sectionCount += 1
                output.append(contentsOf: "<sec id=\"sec-\(sectionCount)\"><title>".utf8)
                appendInlines(of: block, to: &output)
                output.append(contentsOf: "</title>\n".utf8)
                open.append(level)
            }
        }
        for _ in open { output.append(contentsOf: "</sec>\n".utf8) }
        return String(assembledUTF8: output)
    }

    /// Appends one block as JATS to `output`.
    private static func appendBlock(_ node: UnsafePointer<MarkdownNode>, to output: inout [UInt8]) {
        switch node.pointee.kind {
        case .paragraph:
            let start = output.count
            output.append(contentsOf: "<p>".utf8)
            appendInlines(of: node, to: &output)
            if output.count == start + 3 {
                output.removeLast(3)  // an empty paragraph is left out
            } else {
                output.append(contentsOf: "</p>\n".utf8)
            }
        case .heading:
            output.append(contentsOf: "<p><bold>".utf8)
            appendInlines(of: node, to: &output)
            output.append(contentsOf: "</bold></p>\n".utf8)
        case .blockQuote:
            let start = output.count
            output.append(contentsOf: "<disp-quote>\n".utf8)
            MarkdownNode.forEachChild(of: node) { appendBlock($0, to: &output) }
            if output.count == start + 13 {
                output.removeLast(13)  // a quote with nothing JATS can hold is left out
            } else {
                output.append(contentsOf: "</disp-quote>\n".utf8)
            }
        case .list(let style):
            output.append(contentsOf: (style.ordered ? "<list list-type=\"order\">\n" : "<list list-type=\"bullet\">\n").utf8)
            MarkdownNode.forEachChild(of: node) { item in
                output.append(contentsOf: "<list-item>".utf8)
                let before = output.count
                MarkdownNode.forEachChild(of: item) { appendBlock($0, to: &output) }
                if output.count == before { output.append(contentsOf: "<p/>".utf8) }
                output.append(contentsOf: "</list-item>\n".utf8)
            }
            output.append(contentsOf: "</list>\n".utf8)
        case .codeBlock(_, let literal):
            output.append(contentsOf: "<preformat>".utf8)
            appendEscaped(literal, to: &output)
            output.append(contentsOf: "</preformat>\n".utf8)
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
            output.append(contentsOf: "<monospace>".utf8)
            appendEscaped(text, to: &output)
            output.append(contentsOf: "</monospace>".utf8)
        case .emphasis:
            output.append(contentsOf: "<italic>".utf8)
            appendInlines(of: node, to: &output)
            output.append(contentsOf: "</italic>".utf8)
        case .strong:
            output.append(contentsOf: "<bold>".utf8)
            appendInlines(of: node, to: &output)
            output.append(contentsOf: "</bold>".utf8)
        case .link(let destination, _) where isExternal(destination):
            output.append(contentsOf: "<ext-link ext-link-type=\"uri\" xlink:href=\"".utf8)
            appendEscaped(destination, to: &output)
            output.append(contentsOf: "\">".utf8)
            appendInlines(of: node, to: &output)
            output.append(contentsOf: "</ext-link>".utf8)
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
    private static func isExternal(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
