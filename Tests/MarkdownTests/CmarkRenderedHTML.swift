import CCmark
@testable import Markdown

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The oracle for `CommonMarkHTML`: a tree handed to libcmark as C nodes (children cmark
/// refuses are dropped, as `cmark_node_append_child` refuses them) and rendered by cmark's HTML
/// renderer, as appraise rendered every page before it wrote the HTML itself.
enum CmarkRenderedHTML {
    /// `node` rendered by cmark's own HTML renderer, after building cmark's tree node by node.
    static func html(_ node: MarkdownNode, allowRawHTML: Bool) -> String {
        guard let root = withUnsafePointer(to: node, { makeCNode($0) }) else { return "" }
        defer { cmark_node_free(root) }
        let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(root, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func makeCNode(_ node: UnsafePointer<MarkdownNode>) -> OpaquePointer? {
        guard let cNode = cmark_node_new(cType(of: node.pointee.kind)) else { return nil }
        configure(cNode, for: node.pointee.kind)
        MarkdownNode.forEachChild(of: node) { child in
            guard let cChild = makeCNode(child) else { return }
            if cmark_node_append_child(cNode, cChild) == 0 { cmark_node_free(cChild) }
        }
        return cNode
    }

    private static func cType(of kind: MarkdownNode.Kind) -> cmark_node_type {
        switch kind {
        case .document: CMARK_NODE_DOCUMENT
        case .blockQuote: CMARK_NODE_BLOCK_QUOTE
        case .list: CMARK_NODE_LIST
        case .item: CMARK_NODE_ITEM
        case .codeBlock: CMARK_NODE_CODE_BLOCK
        case .htmlBlock: CMARK_NODE_HTML_BLOCK
        case .generatedBlock: CMARK_NODE_CUSTOM_BLOCK
        case .paragraph: CMARK_NODE_PARAGRAPH
        case .heading: CMARK_NODE_HEADING
        case .thematicBreak: CMARK_NODE_THEMATIC_BREAK
        case .text: CMARK_NODE_TEXT
        case .softBreak: CMARK_NODE_SOFTBREAK
        case .lineBreak: CMARK_NODE_LINEBREAK
        case .code: CMARK_NODE_CODE
        case .htmlInline: CMARK_NODE_HTML_INLINE
        case .generatedInline: CMARK_NODE_CUSTOM_INLINE
        case .emphasis: CMARK_NODE_EMPH
        case .strong: CMARK_NODE_STRONG
        case .link: CMARK_NODE_LINK
        case .image: CMARK_NODE_IMAGE
        }
    }

    private static func configure(_ cNode: OpaquePointer, for kind: MarkdownNode.Kind) {
        switch kind {
        case .list(let style):
            cmark_node_set_list_type(cNode, style.ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
            cmark_node_set_list_start(cNode, Int32(clamping: style.start))
            cmark_node_set_list_delim(cNode, style.parenthesisDelimiter ? CMARK_PAREN_DELIM : CMARK_PERIOD_DELIM)
            cmark_node_set_list_tight(cNode, style.tight ? 1 : 0)
        case .codeBlock(let info, let literal):
            cmark_node_set_fence_info(cNode, info)
            cmark_node_set_literal(cNode, literal)
        case .heading(let level):
            cmark_node_set_heading_level(cNode, Int32(clamping: level))
        case .htmlBlock(let text), .htmlInline(let text), .text(let text), .code(let text):
            cmark_node_set_literal(cNode, text)
        case .generatedBlock(let html), .generatedInline(let html):
            cmark_node_set_on_enter(cNode, html.markup)
        case .link(let destination, let title), .image(let destination, let title):
            cmark_node_set_url(cNode, destination)
            cmark_node_set_title(cNode, title)
        default:
            break
        }
    }
}
