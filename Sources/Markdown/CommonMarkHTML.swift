#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders a tree to HTML with exactly the text of cmark's HTML renderer (libcmark 0.30), without
/// building cmark's tree for it.
///
/// Handing a tree to cmark meant a C node and C copies of every string for each of its nodes,
/// then checking cmark's text back into a `String`: 3.4% of a site build, plus cmark's own
/// rendering. cmark still parses every document, and the tests render random trees both ways.
///
/// The tree is rendered as cmark would hold it after being built node by node: a child that
/// cmark refuses in its parent (a block inside a paragraph, anything inside a text) is left out
/// with its subtree; every string ends at its first NUL, and an empty one is absent; a heading
/// level outside 1 to 6 stays 1, and a negative list start stays 0.
enum CommonMarkHTML {
    /// The HTML of `root`; raw HTML is passed through only when `allowRawHTML` (cmark's
    /// `CMARK_OPT_UNSAFE`, which also lets dangerous link destinations through).
    static func render(_ root: MarkdownNode, allowRawHTML: Bool) -> String {
        var writer = CommonMarkHTMLWriter(unsafe: allowRawHTML)
        writer.output.reserveCapacity(32_768)
        withUnsafePointer(to: root) { writer.render($0, tight: false) }
        return String(assembledUTF8: writer.output)
    }
}

/// The output of one rendering, and how it is written.
private struct CommonMarkHTMLWriter {
    /// Whether raw HTML and dangerous destinations pass.
    let unsafe: Bool
    /// The HTML so far.
    var output: [UInt8] = []

    init(unsafe: Bool) {
        self.unsafe = unsafe
    }

    /// Renders `node`; `tight` when it is a paragraph of an item of a tight list (rendered
    /// without `<p>`).
    mutating func render(_ node: UnsafePointer<MarkdownNode>, tight: Bool) {
        switch node.pointee.kind {
        case .document:
            renderChildren(of: node)
        case .blockQuote:
            lineEnd()
            append("<blockquote>\n")
            renderChildren(of: node)
            lineEnd()
            append("</blockquote>\n")
        case .list(let style):
            lineEnd()
            let start = style.start < 0 ? 0 : Int(Int32(clamping: style.start))
            if !style.ordered {
                append("<ul>\n")
            } else if start == 1 {
                append("<ol>\n")
            } else {
                appendString("<ol start=\"\(start)\">\n")
            }
            renderChildren(of: node, tight: style.tight)
            append(style.ordered ? "</ol>\n" : "</ul>\n")
        case .item:
            lineEnd()
            append("<li>")
            renderChildren(of: node, tight: tight)
            append("</li>\n")
        case .heading(let level):
            let digit = UInt8(ascii: "0") + UInt8((1...6).contains(level) ? level : 1)
            lineEnd()
            append("<h")
            output.append(digit)
            output.append(UInt8(ascii: ">"))
            renderChildren(of: node)
            append("</h")
            output.append(digit)
            append(">\n")
        case .codeBlock(let info, let literal):
            lineEnd()
            append("<pre><code")
            Self.withCString(info) { info in
                guard !info.isEmpty else { return }
                let word = info.prefix { !CommonMarkHTMLWriter.isSpace($0) }
                append(" class=\"language-")
                appendEscaped(UnsafeBufferPointer(rebasing: word))
                append("\"")
            }
            append(">")
            Self.withCString(literal) { appendEscaped($0) }
            append("</code></pre>\n")
        case .htmlBlock(let literal):
            lineEnd()
            if unsafe { Self.withCString(literal) { output.append(contentsOf: $0) } } else { append("<!-- raw HTML omitted -->") }
            lineEnd()
        case .generatedBlock(let html):
            lineEnd()
            Self.withCString(html.markup) { output.append(contentsOf: $0) }
            lineEnd()
            renderChildren(of: node)
            lineEnd()
        case .thematicBreak:
            lineEnd()
            append("<hr />\n")
        case .paragraph:
            if tight {
                renderChildren(of: node)
            } else {
                lineEnd()
                append("<p>")
                renderChildren(of: node)
                append("</p>\n")
            }
        case .text(let literal):
            Self.withCString(literal) { appendEscaped($0) }
        case .softBreak:
            output.append(UInt8(ascii: "\n"))
        case .lineBreak:
            append("<br />\n")
        case .code(let literal):
            append("<code>")
            Self.withCString(literal) { appendEscaped($0) }
            append("</code>")
        case .htmlInline(let literal):
            if unsafe { Self.withCString(literal) { output.append(contentsOf: $0) } } else { append("<!-- raw HTML omitted -->") }
        case .generatedInline(let html):
            Self.withCString(html.markup) { output.append(contentsOf: $0) }
            renderChildren(of: node)
        case .emphasis:
            append("<em>")
            renderChildren(of: node)
            append("</em>")
        case .strong:
            append("<strong>")
            renderChildren(of: node)
            append("</strong>")
        case .link(let destination, let title):
            append("<a href=\"")
            appendDestination(destination)
            appendTitle(title)
            append("\">")
            renderChildren(of: node)
            append("</a>")
        case .image(let source, let title):
            append("<img src=\"")
            appendDestination(source)
            append("\" alt=\"")
            renderPlainChildren(of: node)
            appendTitle(title)
            append("\" />")
        }
    }

    /// Renders the children that cmark would let `node` hold.
    private mutating func renderChildren(of node: UnsafePointer<MarkdownNode>, tight: Bool = false) {
        let parent = node.pointee.kind
        MarkdownNode.forEachChild(of: node) { child in
            guard CommonMarkHTMLWriter.canContain(parent, child.pointee) else { return }
            render(child, tight: tight)
        }
    }

    /// An image's description as cmark writes it into `alt`: the text of its descendants, line
    /// breaks as spaces, no markup.
    private mutating func renderPlainChildren(of node: UnsafePointer<MarkdownNode>) {
        let parent = node.pointee.kind
        MarkdownNode.forEachChild(of: node) { child in
            guard CommonMarkHTMLWriter.canContain(parent, child.pointee) else { return }
            switch child.pointee.kind {
            case .text(let literal), .code(let literal), .htmlInline(let literal):
                Self.withCString(literal) { appendEscaped($0) }
            case .softBreak, .lineBreak:
                output.append(UInt8(ascii: " "))
            default:
                break
            }
            renderPlainChildren(of: child)
        }
    }

    /// Whether cmark accepts a node of kind `child` as a child of one of kind `parent`
    /// (`S_can_contain`); a refused child is not in cmark's tree.
    static func canContain(_ parent: MarkdownNode.Kind, _ child: MarkdownNode) -> Bool {
        if case .document = child.kind { return false }
        switch parent {
        case .document, .blockQuote, .item:
            if case .item = child.kind { return false }
            return child.isBlock
        case .list:
            if case .item = child.kind { return true }
            return false
        case .generatedBlock:
            return true
        case .paragraph, .heading, .emphasis, .strong, .link, .image, .generatedInline:
            return !child.isBlock
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code, .htmlInline:
            return false
        }
    }

    /// cmark's `cmark_isspace`: space, tab, line feed, vertical tab, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// A link's destination, percent- and entity-escaped as cmark does; nothing when it is
    /// dangerous and raw HTML is not allowed.
    private mutating func appendDestination(_ destination: String) {
        Self.withCString(destination) { bytes in
            guard !bytes.isEmpty, unsafe || !CommonMarkHTMLWriter.isDangerous(bytes) else { return }
            for byte in bytes {
                if CommonMarkHTMLWriter.hrefSafe.contains(byte) {
                    output.append(byte)
                } else if byte == UInt8(ascii: "&") {
                    append("&amp;")
                } else if byte == UInt8(ascii: "'") {
                    append("&#x27;")
                } else {
                    output.append(UInt8(ascii: "%"))
                    output.append(CommonMarkHTMLWriter.hexDigits[Int(byte >> 4)])
                    output.append(CommonMarkHTMLWriter.hexDigits[Int(byte & 0xF)])
                }
            }
        }
    }

    /// `" title="...` when the title is not empty.
    private mutating func appendTitle(_ title: String) {
        Self.withCString(title) { bytes in
            guard !bytes.isEmpty else { return }
            append("\" title=\"")
            appendEscaped(bytes)
        }
    }

    /// The bytes of a destination cmark writes as they are.
    private static let hrefSafe = ASCIISet("!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~")
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Whether cmark drops a destination as dangerous: `javascript:`, `vbscript:`, `file:` or
    /// `data:` in any case, except `data:image/` followed by `png`, `gif`, `jpeg` or `webp`.
    static func isDangerous(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func startsWith(_ prefix: StaticString, at offset: Int = 0) -> Bool {
            ByteSearch.startsWith(prefix, ignoringASCIICaseIn: bytes, at: offset)
        }
        if startsWith("data:image/"), ["png", "gif", "jpeg", "webp"].contains(where: { startsWith($0, at: 11) }) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { startsWith($0) }
    }

    /// Calls `body` with the bytes of `text` up to its first NUL, as cmark keeps a C string.
    private static func withCString(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        ByteSearch.withUTF8(of: text) { bytes in
            guard let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) else { return body(bytes) }
            body(UnsafeBufferPointer(start: base, count: UnsafeRawPointer(nul) - UnsafeRawPointer(base)))
        }
    }

    /// cmark's `cr`: a line feed unless the output is empty or already ends with one.
    private mutating func lineEnd() {
        if let last = output.last, last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
    }

    private mutating func append(_ literal: StaticString) {
        ByteSearch.appendLiteral(literal, to: &output)
    }

    private mutating func appendString(_ text: String) {
        ByteSearch.append(text, to: &output)
    }

    /// `bytes` with `"`, `&`, `<` and `>` escaped, as cmark escapes text (apostrophes and
    /// slashes stay).
    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = Self.nextSpecial(in: bytes, from: 0)
        while index < bytes.count {
            let entity: StaticString = switch bytes[index] {
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            default: "&gt;"
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            append(entity)
            start = index + 1
            index = Self.nextSpecial(in: bytes, from: start)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// The offset of the first `"`, `&`, `<` or `>` at or after `start`, or `bytes.count`.
    /// Eight bytes are passed over at a time while none of them is one (`ByteWords`): a switch on
    /// every byte was 1.4% of a site build.
    private static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteWords.firstOffset(in: bytes, from: start, wordMayMatch: { word in
            // `"` and `&` differ only in bit 2, `<` and `>` only in bit 1: one test finds either of a pair.
            ByteWords.has(0x26, in: word | ByteWords.repeated(0x04)) || ByteWords.has(0x3E, in: word | ByteWords.repeated(0x02))
        }, matches: { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        })
    }
}
