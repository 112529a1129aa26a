import Appraisal
import Markdown

/// A document's data blocks drawn once for every format it is published in: each block's result
/// tables (which the page and the JATS article each write in their own markup) and its numbered
/// figures, with the figures other fences place (a risk-of-bias summary chart).
///
/// The page and the JATS article used to draw both for themselves; tables and figures are a
/// tenth of a site build's time, so they are drawn once per document and shared.
struct DrawnDataBlocks {
    /// Each block's results by id (the first block of an id wins, as everywhere).
    var results: [String: BlockResults]
    /// Each shown block's result tables by id; hidden blocks (`show: false`) have none.
    var tables: [String: CaptionedTables]
    /// Each block's figures by id, numbered in document order.
    var figures: [String: [FigureNumbering.Entry]]
    /// Figures drawn by other fences, by the fence's position, in the same numbering.
    var placed: [SourcePosition: FigureNumbering.Entry]

    /// Draws the tables and figures of `analysis`; `structure` supplies placed charts and the
    /// risk-of-bias judgements some figures show.
    init(_ analysis: DocumentAnalysis, structure: AppraisalStructure?) {
        results = Dictionary(analysis.results.map { ($0.block.id, $0) }, uniquingKeysWith: { first, _ in first })
        tables = results.compactMapValues { block in
            block.block.show ? ResultTable.tables(block, style: analysis.style) : nil
        }
        (figures, placed) = FigureNumbering.entries(for: analysis.results, placed: ReviewBlocksHTML.charts(structure),
                                                    structure: structure, style: analysis.style)
    }
}
