import Appraisal
import Markdown

/// The substitute stage: puts computed values where the prose had inline expressions, and the
/// original text back wherever expressions are not evaluated (code, raw HTML, link targets).
enum ExpressionSubstitution {
    /// The tree with every placeholder resolved; an expression without a value keeps its source text.
    static func apply(to tree: MarkdownNode, sites: [InlineExpressionSite], values: [Int: SafeHTML]) -> MarkdownNode {
        guard !sites.isEmpty else { return tree }
        var copy = tree
        copy.children = tree.children.flatMap { substitute($0, sites: sites, values: values) }
        return copy
    }

    private static func substitute(_ node: MarkdownNode, sites: [InlineExpressionSite], values: [Int: SafeHTML]) -> [MarkdownNode] {
        let restore = { (text: String) in ExpressionMasking.restore(text, sites: sites) }
        var copy = node
        switch node.kind {
        case .text(let text):
            return ExpressionMasking.pieces(of: text).map { piece in
                switch piece {
                case .text(let text): MarkdownNode(.text(text), range: node.range)
                case .expression(let index):
                    values[index].map { MarkdownNode(.generatedInline($0), range: node.range) }
                        ?? MarkdownNode(.text(index < sites.count ? sites[index].source : ""), range: node.range)
                }
            }
        case .code(let text): copy.kind = .code(restore(text))
        case .codeBlock(let info, let literal): copy.kind = .codeBlock(info: restore(info), literal: restore(literal))
        case .htmlBlock(let html): copy.kind = .htmlBlock(restore(html))
        case .htmlInline(let html): copy.kind = .htmlInline(restore(html))
        case .link(let destination, let title): copy.kind = .link(destination: restore(destination), title: restore(title))
        case .image(let source, let title): copy.kind = .image(source: restore(source), title: restore(title))
        default: break
        }
        copy.children = node.children.flatMap { substitute($0, sites: sites, values: values) }
        return [copy]
    }
}
