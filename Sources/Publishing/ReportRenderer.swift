import Appraisal
import Markdown

/// Turns one appraisal source into HTML: the body fragment, and the full report page.
public struct ReportRenderer: Sendable {
    /// The templates pages are rendered with.
    public let templates: TemplateSet
    /// Site-wide settings.
    public let site: SiteSettings
    /// Whether raw HTML in every source passes through (the `--allow-raw-html` opt-in).
    public let allowRawHTML: Bool

    /// Creates a renderer.
    public init(templates: TemplateSet, site: SiteSettings = SiteSettings(), allowRawHTML: Bool = false) {
        self.templates = templates
        self.site = site
        self.allowRawHTML = allowRawHTML
    }

    /// The report's body as HTML: inline expressions replaced by their values, data blocks by
    /// their result tables and figures, checklist, summary-of-findings and risk-of-bias blocks by
    /// their tables (and the risk-of-bias summary chart), and citations by numbers
    /// linked to the reference list; otherwise exactly as cmark renders it.
    ///
    /// Raw HTML and `javascript:` links are dropped unless the command line or the document's
    /// `raw_html: true` opts in.
    public func bodyHTML(_ source: AppraisalSource, analysis: DocumentAnalysis? = nil, structure: AppraisalStructure? = nil) -> SafeHTML {
        bodyHTML(source, analysis: analysis, structure: structure, cited: structure.map { _ in CitedBody(source) },
                 drawn: analysis.map { DrawnDataBlocks($0, structure: structure) })
    }

    /// The body as HTML from citations already found (`cited`, present exactly when `structure` is)
    /// and the data blocks' tables and figures already drawn (`drawn`, present exactly when
    /// `analysis` is, and shared with the JATS article): data blocks, review blocks and citations
    /// replaced in one rewrite of the tree.
    func bodyHTML(_ source: AppraisalSource, analysis: DocumentAnalysis?, structure: AppraisalStructure?, cited: CitedBody?,
                  drawn: DrawnDataBlocks?) -> SafeHTML {
        let allow = allowRawHTML || source.frontMatter?.allowsRawHTML == true
        var blocks: [SourcePosition: SafeHTML] = [:]
        if let structure {
            blocks = Dictionary(structure.checklists.map { ($0.position, ChecklistTable.html($0)) }, uniquingKeysWith: { first, _ in first })
            let reviewFigures = drawn?.placed.mapValues(\.html) ?? [:]
            blocks.merge(ReviewBlocksHTML.replacements(structure, figures: reviewFigures, style: analysis?.style ?? .ama)) { first, _ in first }
        }
        let quoted = analysis?.quoted ?? []
        var values: [Int: SafeHTML] = [:]
        for (index, text) in analysis?.values ?? [:] {
            values[index] = quoted.contains(index)
                ? "<q class=\"quoted\" title=\"Quoted from the source, not recomputed\">\(text.html)</q>"
                : "<span class=\"value\">\(text.html)</span>"
        }
        // Quoted results are marked in the text before its expressions are substituted; without
        // any, the substitution is done in the same pass as the blocks and citations (the nodes
        // put in for those hold no expression).
        let marksQuotedResults = analysis.map { !$0.quotedResults.isEmpty } ?? false
        let substitute = marksQuotedResults ? nil : ExpressionSubstitution.transform(sites: source.expressions, values: values)
        // Paragraphs and headings on whose lines nothing is replaced are kept unread.
        let passOver = ExpressionSubstitution.holdsNothingToReplace(source, citations: cited?.markers ?? []) ?? { _ in false }
        var tree = (cited?.tree ?? source.body).rewritten(passingOver: passOver) { node in
            switch node.kind {
            case .codeBlock(let info, _):
                if let drawn, let id = DataBlockCollector.blockID(info: info) {
                    guard drawn.results[id] != nil else { return [] }
                    let html = (drawn.tables[id].map { ResultTable.html($0, id: id) } ?? "") + SafeHTML(joining: (drawn.figures[id] ?? []).map(\.html))
                    return html.markup.isEmpty ? [] : [MarkdownNode(.generatedBlock(html), range: node.range)]
                }
                guard let start = node.range?.start, let html = blocks[start] else { return substitute?(node) }
                return [MarkdownNode(.generatedBlock(html), range: node.range)]
            case .generatedInline:
                guard let structure, let marker = cited?.marker(of: node) else { return substitute?(node) }
                return [MarkdownNode(.generatedInline(CitationHTML.marker(marker, index: structure.citations)), range: nil)]
            default:
                return substitute?(node)
            }
        }
        if marksQuotedResults { tree = QuotedResultHTML.apply(to: tree) }
        if let structure { tree = CitationHTML.placingList(in: tree, index: structure.citations) }
        if marksQuotedResults { tree = ExpressionSubstitution.apply(to: tree, sites: source.expressions, values: values) }
        return MarkdownDocument.renderHTML(tree, allowRawHTML: allow)
    }

    /// The result of rendering one source: the page when it could be built, and every diagnostic.
    public struct Output: Sendable {
        /// The complete HTML page; nil when the source or the template had errors.
        public var page: String?
        /// The body alone, as `render --fragment` prints it; nil when the page was not built.
        public var fragment: SafeHTML?
        /// The data blocks' inputs, computed values and checks as JSON (also when the page failed).
        public var json: String
        /// The summary for the site index; nil when no page was built.
        public var summary: PageSummary?
        /// Everything found while reading and rendering.
        public var diagnostics: [Diagnostic]
        /// Files written beside the page: citation exports, the JATS article and its figures
        /// (empty when the page was not built).
        public var exports: [ExportFile] = []
    }

    /// Renders a complete report page, collecting every diagnostic along the way.
    ///
    /// - Parameters:
    ///   - files: confines the document's data files to the project; nil reads none.
    ///   - publishing: false when nothing will be written (`appraise check`): the page is still
    ///     rendered, since templates can fail, but the JSON, the citation exports and the JATS
    ///     article, which only ever become files, are not made (`json` is empty).
    public func render(_ source: AppraisalSource, files: ProjectFiles? = nil, publishing: Bool = true) -> Output {
        var source = source
        if var matter = source.frontMatter, !matter.hasExplicitStyle {
            matter.style = site.numberStyle
            source.frontMatter = matter
        }
        var diagnostics = source.diagnostics
        let analysis = DocumentAnalysis(source, files: files)
        diagnostics += analysis.diagnostics
        let structure = AppraisalStructure(source, files: files, analysis: analysis)
        diagnostics += structure.diagnostics
        let json = publishing
            ? AnalysisJSON(source: source, analysis: analysis, structure: structure, diagnostics: diagnostics.sortedForDisplay()).text
            : ""
        guard let frontMatter = source.frontMatter, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Output(page: nil, fragment: nil, json: json, summary: nil, diagnostics: diagnostics)
        }
        let cited = CitedBody(source)
        let drawn = DrawnDataBlocks(analysis, structure: structure)
        let body = bodyHTML(source, analysis: analysis, structure: structure, cited: cited, drawn: drawn)
        let panel = VerificationPanel.html(checks: analysis.checks, findings: diagnostics)
        let record = AppraisalRecord(slug: source.slug, frontMatter: frontMatter, site: site)
        let exports = ReportExports(record: record, citations: structure.citations)
        let context = PageContext.report(frontMatter, body: body, verification: panel, site: site,
                                         appraised: structure.citations.appraised.map(CitationHTML.reference),
                                         head: HeadMetadata.html(record, appraised: structure.citations.appraised),
                                         cite: exports.templateValue)
        switch templates.render("report", context: context) {
        case .success(let page):
            let summary = PageSummary(slug: source.slug, frontMatter: frontMatter)
            guard publishing else { return Output(page: page, fragment: body, json: json, summary: summary, diagnostics: diagnostics) }
            let article = JATSArticle(source: source, cited: cited, record: record, analysis: analysis, structure: structure,
                                      drawn: drawn, exports: exports)
            return Output(page: page, fragment: body, json: json, summary: summary, diagnostics: diagnostics,
                          exports: exports.files + article.files)
        case .failure(let templateDiagnostics):
            diagnostics += templateDiagnostics.diagnostics
            return Output(page: nil, fragment: nil, json: json, summary: nil, diagnostics: diagnostics)
        }
    }
}
