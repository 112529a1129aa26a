import Appraisal
import Markdown

/// Draws every figure the data blocks ask for and numbers them "Figure 1", "Figure 2"... in
/// document order (the order of the blocks, then of each block's `figures:` list), together
/// with figures other blocks draw where their fence stands (a risk-of-bias summary chart).
///
/// Numbers are given only to figures that could be drawn, so the sequence has no gaps (one that
/// cannot be drawn leaves a visible note instead of a silent blank); ids are
/// `figure-N`, so two builds of one document give identical markup.
enum FigureNumbering {
    /// The figures' HTML per block id, ready to follow the block's result table.
    static func figures(for results: [BlockResults], style: NumberStyle) -> [String: SafeHTML] {
        figures(for: results, placed: [:], style: style).blocks
    }

    /// The data blocks' figures per block id, and the `placed` figures (drafted by other fences,
    /// keyed by the fence's position) numbered in the same sequence, in document order.
    static func figures(for results: [BlockResults], placed: [SourcePosition: FigureDraft],
                        style: NumberStyle) -> (blocks: [String: SafeHTML], placed: [SourcePosition: SafeHTML]) {
        var html: [String: SafeHTML] = [:]
        var placedHTML: [SourcePosition: SafeHTML] = [:]
        var pending = placed.keys.sorted()[...]
        var next = 1
        let placeUpTo = { (position: SourcePosition?) in
            while let first = pending.first, position.map({ first < $0 }) ?? true, let draft = placed[first] {
                placedHTML[first] = draft.html(number: next)
                next += 1
                pending = pending.dropFirst()
            }
        }
        for block in results {
            placeUpTo(block.block.position)
            var parts: [SafeHTML] = []
            for name in block.block.figures {
                guard let draft = FigureDrafts.draft(name, results: block, id: "figure-\(next)", style: style) else {
                    parts.append("<p class=\"figure-unavailable\">The \(name) figure of data block \(block.block.id) was not drawn: it needs values this block does not have (a forest plot of a continuous block needs exactly two arms).</p>\n")
                    continue
                }
                parts.append(draft.html(number: next))
                next += 1
            }
            if !parts.isEmpty, html[block.block.id] == nil { html[block.block.id] = SafeHTML(joining: parts) }
        }
        placeUpTo(nil)
        return (html, placedHTML)
    }
}
