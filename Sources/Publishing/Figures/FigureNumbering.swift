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

        /// The figure, or the note that it could not be drawn.
        var html: SafeHTML {
            switch self {
            case .drawn(let number, let draft): draft.html(number: number)
            case .unavailable: "<p class=\"figure-unavailable\">\(unavailableNote ?? "")</p>\n"
            }
        }
    }

    /// The data blocks' figures per block id, and the `placed` figures (drafted by other fences,
    /// keyed by the fence's position) numbered in the same sequence, in document order, so that
    /// the page and the JATS article number them alike.
    static func entries(for results: [BlockResults], placed: [SourcePosition: FigureDraft] = [:], structure: AppraisalStructure? = nil,
                        style: NumberStyle) -> (blocks: [String: [Entry]], placed: [SourcePosition: Entry]) {
        var entries: [String: [Entry]] = [:]
        var placedEntries: [SourcePosition: Entry] = [:]
        var pending = placed.keys.sorted()[...]
        var next = 1
        let placeUpTo = { (position: SourcePosition?) in
            while let first = pending.first, position.map({ first < $0 }) ?? true, let draft = placed[first] {
                placedEntries[first] = .drawn(number: next, draft: draft)
                next += 1
                pending = pending.dropFirst()
            }
        }
        for block in results {
            placeUpTo(block.block.position)
            var parts: [Entry] = []
            for name in block.block.figures {
                guard let draft = FigureDrafts.draft(name, results: block, context: FigureContext(id: "figure-\(next)", style: style, structure: structure)) else {
                    parts.append(.unavailable(name: name, block: block.block.id))
                    continue
                }
                parts.append(.drawn(number: next, draft: draft))
                next += 1
            }
            if !parts.isEmpty, entries[block.block.id] == nil { entries[block.block.id] = parts }
        }
        placeUpTo(nil)
        return (entries, placedEntries)
    }
}
