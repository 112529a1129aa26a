import Markdown

/// Finds every ```` ```summary-of-findings ```` fence in a document and reads it against the
/// document's data blocks.
public enum SummaryOfFindingsCollector {
    /// The info-string word that marks the block.
    public static let fenceWord = "summary-of-findings"

    /// Every readable table in document order, and every problem found in any of them.
    public static func collect(from source: AppraisalSource, results: [BlockResults]) -> (tables: [SummaryOfFindings], diagnostics: [Diagnostic]) {
        // Made only for a document that has such a block: most have none.
        var blocksByID: [String: BlockResults]?
        var tables: [SummaryOfFindings] = []
        var diagnostics: [Diagnostic] = []
        source.body.forEachCodeBlock { node in
            guard case .codeBlock(let info, let literal) = node.kind, let range = node.range,
                  DataBlockCollector.infoWords(info).first == Substring(fenceWord) else { return }
            let yaml = YAMLSource(file: source.file.displayPath, text: ExpressionMasking.restore(literal, sites: source.expressions),
                                  firstLine: range.start.line + 1, firstColumn: range.start.column)
            let blocks = blocksByID ?? BlockResults.byID(results)
            blocksByID = blocks
            var reader = SummaryOfFindingsReader(source: yaml, blocks: blocks, position: range.start)
            if let table = reader.read() { tables.append(table) }
            diagnostics += reader.diagnostics
        }
        return (tables, diagnostics)
    }
}
