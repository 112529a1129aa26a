import Appraisal
import Markdown

/// Draws every figure the data blocks ask for and numbers them "Figure 1", "Figure 2"... in
/// document order (the order of the blocks, then of each block's `figures:` list).
///
/// Numbers are given only to figures that could be drawn, so the sequence has no gaps (one that
/// cannot be drawn leaves a visible note instead of a silent blank); ids are
/// `figure-N`, so two builds of one document give identical markup.
enum FigureNumbering {
    /// One figure a block asked for: drawn with its number, or not drawable.
    enum Entry {
        /// A drawn figure and its number.
        case drawn(number: Int, draft: FigureDraft)
        /// A figure the block's values cannot draw: its name and the block's id.
        case unavailable(name: String, block: String)

        /// The note shown where a figure could not be drawn.
        var unavailableNote: SafeHTML? {
            guard case .unavailable(let name, let block) = self else { return nil }
            return "The \(name) figure of data block \(block) was not drawn: it needs values this block does not have (a forest plot of a continuous block needs exactly two arms)."
        }
    }

    /// The figures per block id, numbered in document order (HTML and JATS number them alike).
    static func entries(for results: [BlockResults], style: NumberStyle) -> [String: [Entry]] {
        var entries: [String: [Entry]] = [:]
        var next = 1
        for block in results {
            var parts: [Entry] = []
            for name in block.block.figures {
                guard let draft = FigureDrafts.draft(name, results: block, id: "figure-\(next)", style: style) else {
                    parts.append(.unavailable(name: name, block: block.block.id))
                    continue
                }
                parts.append(.drawn(number: next, draft: draft))
                next += 1
            }
            if !parts.isEmpty, entries[block.block.id] == nil { entries[block.block.id] = parts }
        }
        return entries
    }

    /// The figures' HTML per block id, ready to follow the block's result table.
    static func figures(for results: [BlockResults], style: NumberStyle) -> [String: SafeHTML] {
        entries(for: results, style: style).mapValues { parts in
            SafeHTML(joining: parts.map { entry -> SafeHTML in
                switch entry {
                case .drawn(let number, let draft): draft.html(number: number)
                case .unavailable: "<p class=\"figure-unavailable\">\(entry.unavailableNote ?? "")</p>\n"
                }
            })
        }
    }
}
