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
        output.reserveCapacity(32 * 1024)
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
                output += "<sec id=\"sec-\(sectionCount)\"><title>"
                appendInlines(block.children, to: &output)
                output += "</title>\n"
                open.append(level)
            } else {
                appendBlock(block, to: &output)
            }
        }
        output += String(repeating: "</sec>\n", count: open.count)
        return output
    }

    /// One block as JATS.
    static func block(_ node: MarkdownNode) -> String {
        var output = ""
        appendBlock(node, to: &output)
        return output
    }

    /// Inline nodes as JATS inline markup.
    static func inlines(_ nodes: [MarkdownNode]) -> String {
        var output = ""
        appendInlines(nodes, to: &output)
        return output
    }

    /// Appends one block as JATS to `output`: every renderer appends to one string, so a body is
    /// built without a string per node.
    private static func appendBlock(_ node: MarkdownNode, to output: inout String) {
        switch node.kind {
        case .paragraph:
            output += "<p>"
            let before = output.utf8.count
            appendInlines(node.children, to: &output)
            if output.utf8.count == before {
                output.removeLast(3)  // an empty paragraph is left out
            } else {
                output += "</p>\n"
            }
        case .heading:
            output += "<p><bold>"
            appendInlines(node.children, to: &output)
            output += "</bold></p>\n"
        case .blockQuote:
            let content = node.children.map(block).joined()
            if !content.isEmpty { output += "<disp-quote>\n" + content + "</disp-quote>\n" }
        case .list(let style):
            output += "<list list-type=\"\(style.ordered ? "order" : "bullet")\">\n"
            for item in node.children {
                output += "<list-item>"
                let before = output.utf8.count
                for child in item.children { appendBlock(child, to: &output) }
                if output.utf8.count == before { output += "<p/>" }
                output += "</list-item>\n"
            }
            output += "</list>\n"
        case .codeBlock(_, let literal):
            output += "<preformat>" + XMLText.escape(literal) + "</preformat>\n"
        case .generatedBlock(let xml):
            output += xml.markup
        case .item, .document:
            for child in node.children { appendBlock(child, to: &output) }
        case .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image,
             .generatedInline:
            return
        }
    }

    /// Appends inline nodes as JATS inline markup to `output`.
    private static func appendInlines(_ nodes: [MarkdownNode], to output: inout String) {
        for node in nodes { appendInline(node, to: &output) }
    }

    private static func appendInline(_ node: MarkdownNode, to output: inout String) {
        switch node.kind {
        case .text(let text): output += XMLText.escape(text)
        case .softBreak, .lineBreak: output += " "
        case .code(let text): output += "<monospace>" + XMLText.escape(text) + "</monospace>"
        case .emphasis:
            output += "<italic>"
            appendInlines(node.children, to: &output)
            output += "</italic>"
        case .strong:
            output += "<bold>"
            appendInlines(node.children, to: &output)
            output += "</bold>"
        case .link(let destination, _) where isExternal(destination):
            output += "<ext-link ext-link-type=\"uri\" xlink:href=\"" + XMLText.escape(destination) + "\">"
            appendInlines(node.children, to: &output)
            output += "</ext-link>"
        case .image: output += XMLText.escape(node.plainText)
        case .generatedInline(let xml): output += xml.markup
        case .htmlInline: return
        default: appendInlines(node.children, to: &output)
        }
    }

    /// Whether a link leaves the site (`https:`, `http:`, `mailto:`): only those become `<ext-link>`s.
    private static func isExternal(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
