import Appraisal
import Markdown

/// The small mark placed right after each quoted result the prose quotes.
enum QuotedResultHTML {
    /// The tree with a mark after every checked quoted result.
    static func apply(to tree: MarkdownNode) -> MarkdownNode {
        QuotedResultRewriter.rewrite(tree) { checked in
            mark(checked).map { [MarkdownNode(.generatedInline($0), range: nil)] } ?? []
        }
    }

    /// `<span class="quoted-result consistent" title="...">✓<span class="visually-hidden">(checked: ...)</span></span>`;
    /// nil for a result that could not be checked.
    static func mark(_ checked: CheckedQuotedResult) -> SafeHTML? {
        let consistent = checked.verdict.outcome == .consistent
        guard checked.verdict.outcome != .notVerifiable, let recomputed = checked.recomputedText else { return nil }
        let tails = checked.verdict.oneTailed ? " (one-tailed)" : ""
        let verdict = consistent ? "checked" : "inconsistent"
        let value = recomputed.first == "<" || recomputed.first == ">" ? recomputed : "= " + recomputed
        let title = "\(consistent ? "Consistent" : "Inconsistent"): \(checked.verdict.explanation)"
        let symbol: SafeHTML = consistent ? "✓" : "!"
        return "<span class=\"quoted-result \(consistent ? "consistent" : "inconsistent")\" title=\"\(title)\"><span aria-hidden=\"true\">\(symbol)</span><span class=\"visually-hidden\"> (\(verdict): recomputed P \(value)\(tails))</span></span>"
    }
}
