import Markdown
import Statistics

/// The compute and check stages for one appraisal: every data block's statistics, every
/// reported figure checked, and every inline expression evaluated and formatted.
public struct DocumentAnalysis: Sendable {
    /// Each valid data block's results, in document order.
    public var results: [BlockResults]
    /// The formatted value of each inline expression that evaluated, by expression index.
    public var values: [Int: StyledText]
    /// Expressions written `{{ quote: ... }}`: facts quoted from the source, not recomputed.
    public var quoted: Set<Int>
    /// Everything found while collecting, computing, checking and evaluating.
    public var diagnostics: [Diagnostic]
    /// The number style the document asked for.
    public var style: NumberStyle
    /// Statistical results quoted in the prose, checked as statcheck does, in document order.
    public var quotedResults: [CheckedQuotedResult]

    /// Every check of every block, then every quoted result, in document order.
    public var checks: [VerificationCheck] { results.flatMap(\.checks) + quotedResults.map(\.check) }

    /// Analyses `source`; `files` confines data files to the project (nil: no file access).
    public init(_ source: AppraisalSource, files: ProjectFiles?) {
        let style = NumberStyle(rawValue: source.frontMatter?.style ?? "ama") ?? .standard
        self.style = style
        let file = source.file.displayPath
        let (blocks, collected, failed) = DataBlockCollector.collectNotingFailures(from: source, files: files)
        var diagnostics = collected
        let context = AnalysisContext(file: file, style: style)
        results = blocks.map { block in
            var results = BlockResults(block: block)
            diagnostics += block.content.analyse(into: &results, context: context)
            diagnostics += DocumentAnalysis.checkReported(block, in: &results, file: file, style: style)
            return results
        }
        let scope = DocumentScope(results, failed: failed)
        var values: [Int: StyledText] = [:]
        var quoted: Set<Int> = []
        let prose = source.expressions.isEmpty ? [] : ExpressionMasking.proseExpressions(in: source.body, sites: source.expressions)
        let braceProblems = source.braceProblems.isEmpty ? [] : ExpressionMasking.proseBraceProblems(in: source.body)
        for number in braceProblems where number < source.braceProblems.count {
            diagnostics.append(source.braceProblems[number].diagnostic(file: file))
        }
        for site in source.expressions where prose.contains(site.index) {
            if let fact = DocumentAnalysis.quotedFact(site.content) {
                values[site.index] = StyledText(plain: fact)
                quoted.insert(site.index)
                continue
            }
            do {
                let parsed = try ExpressionParser.parse(site.content)
                let evaluated = try ExpressionEvaluator.evaluate(parsed, in: scope)
                let enclosed = evaluated.filters.contains(.ci) && EnclosingParentheses(source.lines).encloses(site.position)
                // Only an NNT is printed with its presentation: looking the statistic up again for
                // every expression was 3,700 instructions each.
                let nnt = evaluated.quantity.kind == .nnt ? DocumentAnalysis.nnt(for: parsed, in: scope) : nil
                values[site.index] = QuantityFormatter.format(evaluated.quantity, filters: evaluated.filters, style: style, nnt: nnt,
                                                              enclosed: enclosed)
            } catch {
                var diagnostic = Diagnostic(
                    file: file, position: site.position(ofContentOffset: error.offset), length: error.length, severity: .error,
                    code: error.kind.rawValue, message: error.message, hint: error.hint)
                diagnostic.cause = DocumentAnalysis.leadingName(site.content).flatMap { failed[$0] }
                diagnostics.append(diagnostic)
            }
        }
        quotedResults = QuotedResultRewriter.results(in: source.body, source: source.lines)
        diagnostics += quotedResults.compactMap { $0.diagnostic(file: file) }
        self.values = values
        self.quoted = quoted
        self.diagnostics = diagnostics
    }

    /// The marker that turns an expression into a quoted fact: `{{ quote: CRP 21.0 mg/L }}`.
    public static let quoteMarker = "quote:"

    /// The quoted text of `{{ quote: ... }}`, trimmed; nil for an ordinary expression.
    static func quotedFact(_ content: String) -> String? {
        let trimmed = content.trimmingWhitespace()
        guard trimmed.hasPrefix(quoteMarker) else { return nil }
        let fact = String(trimmed.dropFirst(quoteMarker.count)).trimmingWhitespace()
        return fact.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The first name an expression starts with (`improvement` in `improvement.nnt | ci`).
    static func leadingName(_ content: String) -> String? {
        let name = content.trimmingWhitespace().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// The NNT presentation when the expression is a bare NNT reference.
    private static func nnt(for parsed: ParsedExpression, in scope: DocumentScope) -> NNTPresentation? {
        guard case .reference(let reference) = parsed.syntax,
              reference.arguments == nil, let id = reference.path.first, let results = scope.blocks[id] else { return nil }
        return results[reference.path.dropFirst().joined(separator: ".")]?.nnt
    }

    /// Compares each `reported:` figure of a block with its recomputed value.
    private static func checkReported(_ block: DataBlock, in results: inout BlockResults, file: String, style: NumberStyle) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (written, reported) in block.reported.sorted(by: { $0.key < $1.key }) {
            let name = DocumentScope.canonical(written.split(separator: ".").map(String.init), in: results).joined(separator: ".")
            let label = "\(block.id).\(written)"
            let isPValue = name.hasSuffix(".p")
            let check: VerificationCheck
            switch DocumentScope.lookup(name, in: results) {
            case .success(let quantity):
                let decimals = min(reported.decimals + 1, 10)
                let text = isPValue ? style.pFigure(quantity.value, decimals: decimals) : style.fixed(quantity.value, decimals: decimals)
                check = VerificationCheck(block: block.id, label: label, reported: reported.text, recomputed: quantity.value,
                                          recomputedText: text, method: results[name]?.method ?? "",
                                          outcome: ReportedFigureCheck.outcome(reported: reported, recomputed: quantity.value, isPValue: isPValue),
                                          position: reported.position)
            case .failure(let failure) where failure.reason == .unknownName:
                diagnostics.append(Diagnostic(file: file, position: reported.position, severity: .error, code: "reported-unknown-statistic",
                                              message: "'\(written)' is not a statistic of \(block.kind) block '\(block.id)'",
                                              hint: ExpressionSuggestions.hint(for: ExpressionSuggestions.nearestOrSameEnding(to: written, among: results.names))))
                continue
            case .failure(let failure):
                check = VerificationCheck(block: block.id, label: label, reported: reported.text, recomputed: nil, recomputedText: nil,
                                          method: failure.message, outcome: .notVerifiable, position: reported.position)
            }
            results.checks.append(check)
            if let diagnostic = ReportedFigureCheck.diagnostic(for: check, file: file, isPValue: isPValue) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }
}
