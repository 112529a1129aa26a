import CCmark

/// The only code that touches libcmark: its parser, and its tree converted to Swift values.
///
/// Every C object is freed, or the arena that holds it released (`CommonMarkArena`), before a
/// function returns; no pointer leaves this file.
enum CommonMarkBridge {
    /// Parses `text` with cmark's default options and converts the tree to Swift values, each
    /// position's line passed through `line` as the node is made (no second pass over the tree).
    static func parse(_ text: String, line: (Int) -> Int = { $0 }) -> MarkdownDocument.Parsed {
        var text = text
        return text.withUTF8 { parse(bytes: $0, line: line) }
    }

    /// Parses UTF-8 bytes, all of them: cmark reads a NUL as U+FFFD, as CommonMark asks.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, line: (Int) -> Int) -> MarkdownDocument.Parsed {
        parse(bytes: bytes, line: line, inArena: bytes.count <= CommonMarkArena.maximumSource)
    }

    /// `parse(bytes:line:)` with cmark's memory from a `CommonMarkArena` or from its own allocator.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, line: (Int) -> Int, inArena: Bool) -> MarkdownDocument.Parsed {
        guard inArena else { return parse(bytes: bytes, line: line, memory: nil) }
        let arena = CommonMarkArena()
        return arena.with { parse(bytes: bytes, line: line, memory: $0) }
    }

    /// Parses and converts `bytes` with cmark's allocator, or with `memory`, an arena's, whose
    /// nodes are then not freed one by one: the arena is released whole.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>, line: (Int) -> Int,
                              memory: UnsafeMutablePointer<cmark_mem>?) -> MarkdownDocument.Parsed {
        let parser = memory.map { cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, $0) } ?? cmark_parser_new(CMARK_OPT_DEFAULT)
        guard let parser else { return MarkdownDocument.Parsed(tree: MarkdownNode(.document)) }
        defer { if memory == nil { cmark_parser_free(parser) } }
        bytes.withMemoryRebound(to: CChar.self) { characters in
            // cmark needs an address even for no text.
            if let start = characters.baseAddress { cmark_parser_feed(parser, start, characters.count) } else { cmark_parser_feed(parser, "", 0) }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownDocument.Parsed(tree: MarkdownNode(.document)) }
        defer { if memory == nil { cmark_node_free(root) } }
        var tooDeep: OpaquePointer?
        var links: [LinkTarget] = []
        let tree = convert(root, line: line, depth: 1, tooDeep: &tooDeep, links: &links)
        guard let tooDeep else { return MarkdownDocument.Parsed(tree: tree, links: links) }
        return MarkdownDocument.Parsed(tree: MarkdownNode(.document), tooDeepAt: position(of: tooDeep, line: line))
    }

    /// The node and its descendants as Swift values, the node at level `depth` (the root is 1).
    /// Below `MarkdownDocument.maximumDepth` nothing is converted, and the first node there is
    /// `tooDeep`: every later stage walks the tree recursively, as this does. Each link and image
    /// is added to `links` before its descendants, in document order.
    private static func convert(_ cNode: OpaquePointer, line: (Int) -> Int, depth: Int, tooDeep: inout OpaquePointer?,
                                links: inout [LinkTarget]) -> MarkdownNode {
        let kind = kind(of: cNode)
        let range = range(of: cNode, line: line)
        switch kind {
        case .link(let destination, _): links.append(LinkTarget(target: destination, isImage: false, range: range))
        case .image(let source, _): links.append(LinkTarget(target: source, isImage: true, range: range))
        default: break
        }
        var children: [MarkdownNode] = []
        // Counted first, so the array is allocated once instead of reallocated as it grows
        // (0.5% of a site build's instructions). A leaf reserves nothing: `reserveCapacity(0)`
        // still costs a trip through the array's reallocation path (0.2%).
        var count = 0
        var next = cmark_node_first_child(cNode)
        while let current = next {
            count += 1
            next = cmark_node_next(current)
        }
        if count > 0 { children.reserveCapacity(count) }
        var child = cmark_node_first_child(cNode)
        while let current = child, tooDeep == nil {
            guard depth < MarkdownDocument.maximumDepth else {
                tooDeep = current
                break
            }
            children.append(convert(current, line: line, depth: depth + 1, tooDeep: &tooDeep, links: &links))
            child = cmark_node_next(current)
        }
        return MarkdownNode(kind, children: children, range: range)
    }

    /// Where `cNode`, or the nearest of its ancestors with a position, starts (cmark places the
    /// document itself at 1:1).
    private static func position(of cNode: OpaquePointer, line: (Int) -> Int) -> SourcePosition {
        var node: OpaquePointer? = cNode
        while let current = node {
            if let range = range(of: current, line: line) { return range.start }
            node = cmark_node_parent(current)
        }
        return SourcePosition(line: line(1), column: 1)
    }

    private static func range(of cNode: OpaquePointer, line: (Int) -> Int) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(cNode))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourcePosition(line: line(startLine), column: Int(cmark_node_get_start_column(cNode))),
            end: SourcePosition(line: line(Int(cmark_node_get_end_line(cNode))), column: Int(cmark_node_get_end_column(cNode))))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kind(of cNode: OpaquePointer) -> MarkdownNode.Kind {
        let literal = { string(cmark_node_get_literal(cNode)) }
        switch cmark_node_get_type(cNode) {
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(MarkdownNode.ListStyle(
                ordered: cmark_node_get_list_type(cNode) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(cNode)),
                parenthesisDelimiter: cmark_node_get_list_delim(cNode) == CMARK_PAREN_DELIM,
                tight: cmark_node_get_list_tight(cNode) != 0))
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(cNode)), literal: literal())
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal())
        case CMARK_NODE_CUSTOM_BLOCK: return .generatedBlock(SafeHTML(escaping: string(cmark_node_get_on_enter(cNode))))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(cNode)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal())
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal())
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal())
        case CMARK_NODE_CUSTOM_INLINE: return .generatedInline(SafeHTML(escaping: string(cmark_node_get_on_enter(cNode))))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(cNode)), title: string(cmark_node_get_title(cNode)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(cNode)), title: string(cmark_node_get_title(cNode)))
        default: return .document
        }
    }
}
