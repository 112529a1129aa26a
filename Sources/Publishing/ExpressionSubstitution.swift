import Appraisal
import Markdown

/// The substitute stage: puts computed values where the prose had inline expressions, and the
/// original text back wherever expressions are not evaluated (code, raw HTML, link targets).
enum ExpressionSubstitution {
    /// The tree with every placeholder resolved; an expression without a value keeps its source text.
    static func apply(to tree: MarkdownNode, sites: [InlineExpressionSite], values: [Int: SafeHTML]) -> MarkdownNode {
        guard !sites.isEmpty else { return tree }
        return tree.rewritten { replacement(for: $0, sites: sites, values: values) }
    }

    /// `apply` as a transform for `MarkdownNode.rewritten`, for a stage that rewrites the tree for
    /// reasons of its own and can substitute in the same pass; nil when there is nothing to substitute.
    static func transform(sites: [InlineExpressionSite], values: [Int: SafeHTML]) -> ((MarkdownNode.InPlace) -> [MarkdownNode]?)? {
        guard !sites.isEmpty else { return nil }
        return { replacement(for: $0, sites: sites, values: values) }
    }

    /// For `MarkdownNode.rewritten(passingOver:_:)` in a stage that substitutes expressions and
    /// places citations: whether a node is a paragraph or heading on whose lines no expression,
    /// unpaired brace or citation stands, so that nothing in it is replaced. Nil, passing over
    /// nothing, when a citation's position is not known.
    static func holdsNothingToReplace(_ source: AppraisalSource, citations: [CitationMarker]) -> ((MarkdownNode.InPlace) -> Bool)? {
        var lines = source.expressions.map(\.position.line) + source.braceProblems.map(\.position.line)
        for citation in citations {
            guard let position = citation.position else { return nil }
            lines.append(position.line)
        }
        let holding = LinesHolding(lines: lines)
        return { node in
            switch node.kind {
            case .paragraph, .heading:
                return !holding.mayHold(node.range)
            default:
                return false
            }
        }
    }

    /// What replaces `node` in `MarkdownNode.rewritten`: nil when it holds no placeholder itself
    /// (its children are then visited, and an unchanged subtree is shared, not copied).
    private static func replacement(for node: MarkdownNode.InPlace, sites: [InlineExpressionSite], values: [Int: SafeHTML]) -> [MarkdownNode]? {
        let restore = { (text: String) in ExpressionMasking.restore(text, sites: sites) }
        let marked = ExpressionMasking.hasMarkers
        // Most nodes hold no placeholder: the copy is made only for those that do.
        var kind: MarkdownNode.Kind
        switch node.kind {
        case .text(let text):
            guard marked(text) else { return nil }
            return ExpressionMasking.pieces(of: text).map { piece in
                switch piece {
                case .text(let text): MarkdownNode(.text(text), range: node.range)
                case .expression(let index):
                    values[index].map { MarkdownNode(.generatedInline($0), range: node.range) }
                        ?? MarkdownNode(.text(index < sites.count ? sites[index].source : ""), range: node.range)
                }
            }
        case .code(let text) where marked(text): kind = .code(restore(text))
        case .codeBlock(let info, let literal) where marked(info) || marked(literal):
            kind = .codeBlock(info: restore(info), literal: restore(literal))
        case .htmlBlock(let html) where marked(html): kind = .htmlBlock(restore(html))
        case .htmlInline(let html) where marked(html): kind = .htmlInline(restore(html))
        case .link(let destination, let title) where marked(destination) || marked(title):
            kind = .link(destination: restore(destination), title: restore(title))
        case .image(let source, let title) where marked(source) || marked(title):
            kind = .image(source: restore(source), title: restore(title))
        default: return nil
        }
        var copy = node.node
        copy.kind = kind
        // A replacement is not descended into by `rewritten`: a link's or image's text is
        // substituted here.
        return [copy.rewritten { replacement(for: $0, sites: sites, values: values) }]
    }
}
