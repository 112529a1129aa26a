import Markdown

/// Finds every ```` ```risk-of-bias <tool> ```` fence in a document and reads its judgements,
/// checking study names against the meta-analysis its `block:` names.
public enum RiskOfBiasCollector {
    /// The info-string word that marks the block.
    public static let fenceWord = "risk-of-bias"

    /// Every readable assessment in document order, and every problem found in any of them.
    public static func collect(from source: AppraisalSource, results: [BlockResults]) -> (assessments: [RiskOfBiasAssessment], diagnostics: [Diagnostic]) {
        // Made only for a document that has such a block: most have none.
        var blocksByID: [String: BlockResults]?
        var assessments: [RiskOfBiasAssessment] = []
        var diagnostics: [Diagnostic] = []
        let file = source.file.displayPath
        source.body.forEachCodeBlock { node in
            guard case .codeBlock(let info, let literal) = node.kind, let range = node.range else { return }
            let words = DataBlockCollector.infoWords(info)
            guard words.first == Substring(fenceWord) else { return }
            guard words.count == 2, let tool = RiskOfBiasTool.named(String(words[1])) else {
                let written = words.count > 1 ? String(words[1]) : ""
                diagnostics.append(Diagnostic(
                    file: file, position: range.start, length: 3, severity: .error, code: "rob-tool",
                    message: written.isEmpty ? "a risk-of-bias block needs a tool: ```risk-of-bias rob2" : "there is no risk-of-bias tool '\(written)'",
                    hint: Suggestion.hint(for: written.lowercased(), in: RiskOfBiasTool.keys) ?? "use one of: \(RiskOfBiasTool.keys.joined(separator: ", "))"))
                return
            }
            let yaml = YAMLSource(file: file, text: ExpressionMasking.restore(literal, sites: source.expressions),
                                  firstLine: range.start.line + 1, firstColumn: range.start.column)
            let blocks = blocksByID ?? BlockResults.byID(results)
            blocksByID = blocks
            var reader = RiskOfBiasReader(source: yaml, tool: tool, blocks: blocks, position: range.start)
            if let assessment = reader.read() { assessments.append(assessment) }
            diagnostics += reader.diagnostics
        }
        return (assessments, diagnostics)
    }
}
