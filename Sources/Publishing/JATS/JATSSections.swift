import Markdown

/// Renders a Markdown tree as JATS body content: headings open nested `<sec>`s, blocks and
/// inlines map to their JATS elements, and every piece of text is escaped.
///
/// Raw HTML is left out (JATS has no place for it), as are thematic breaks; a heading called
/// "References" is skipped, since the reference list lives in `<back>`.
enum JATSSections {
    /// The body content of `document`.
    static func render(_ document: MarkdownNode) -> String {
        var output = ""
        var open: [Int] = []
        var sectionCount = 0
        for block in document.children {
            if case .heading(let level) = block.kind {
                if block.plainText.trimmingWhitespace().lowercased() == "references" { continue }
                while let last = open.last, last >= level {
                    output += "</sec>\n"
                    open.removeLast()
                }
                sectionCount += 1
                output += "<sec id=\"sec-\(sectionCount)\"><title>\(inlines(block.children))</title>\n"
                open.append(level)
            } else {
                output += self.block(block)
            }
        }
        output += String(repeating: "</sec>\n", count: open.count)
        return output
    }

    /// One block as JATS.
    static func block(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .paragraph:
            let content = inlines(node.children)
            return content.isEmpty ? "" : "<p>\(content)</p>\n"
        case .heading:
            return "<p><bold>\(inlines(node.children))</bold></p>\n"
        case .blockQuote:
            let content = node.children.map(block).joined()
            return content.isEmpty ? "" : "<disp-quote>\n\(content)</disp-quote>\n"
        case .list(let style):
            let items = node.children.map { item -> String in
                let content = item.children.map(block).joined()
                return "<list-item>\(content.isEmpty ? "<p/>" : content)</list-item>\n"
            }.joined()
            return "<list list-type=\"\(style.ordered ? "order" : "bullet")\">\n\(items)</list>\n"
        case .codeBlock(_, let literal):
            return "<preformat>\(XMLText.escape(literal))</preformat>\n"
        case .generatedBlock(let xml):
            return xml.markup
        case .item, .document:
            return node.children.map(block).joined()
        case .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
             .generatedInline:
            return ""
        }
    }

    /// Inline nodes as JATS inline markup.
    static func inlines(_ nodes: [MarkdownNode]) -> String {
        nodes.map(inline).joined()
    }

    private static func inline(_ node: MarkdownNode) -> String {
        switch node.kind {
        case .text(let text): XMLText.escape(text)
        case .softBreak, .lineBreak: " "
        case .code(let text): "<monospace>\(XMLText.escape(text))</monospace>"
        case .emphasis: "<italic>\(inlines(node.children))</italic>"
        case .strong: "<bold>\(inlines(node.children))</bold>"
        case .link(let destination, _):
            isExternal(destination)
                ? "<ext-link ext-link-type=\"uri\" xlink:href=\"\(XMLText.escape(destination))\">\(inlines(node.children))</ext-link>"
                : inlines(node.children)
        case .image: XMLText.escape(node.plainText)
        case .generatedInline(let xml): xml.markup
        case .htmlInline: ""
        default: inlines(node.children)
        }
    }

    /// Whether a link leaves the site (`https:`, `http:`, `mailto:`): only those become `<ext-link>`s.
    private static func isExternal(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
