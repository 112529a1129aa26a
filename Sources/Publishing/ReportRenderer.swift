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

    /// The report's body as HTML, exactly as cmark renders it.
    ///
    /// Raw HTML and `javascript:` links are dropped unless the command line or the document's
    /// `raw_html: true` opts in.
    public func bodyHTML(_ source: AppraisalSource) -> SafeHTML {
        let allow = allowRawHTML || source.frontMatter?.allowsRawHTML == true
        let tree = ExpressionSubstitution.apply(to: source.body, sites: source.expressions, values: [:])
        return MarkdownDocument.renderHTML(tree, allowRawHTML: allow)
    }

    /// The result of rendering one source: the page when it could be built, and every diagnostic.
    public struct Output: Sendable {
        /// The complete HTML page; nil when the source or the template had errors.
        public var page: String?
        /// The summary for the site index; nil when no page was built.
        public var summary: PageSummary?
        /// Everything found while reading and rendering.
        public var diagnostics: [Diagnostic]
    }

    /// Renders a complete report page, collecting every diagnostic along the way.
    public func render(_ source: AppraisalSource) -> Output {
        var diagnostics = source.diagnostics
        guard let frontMatter = source.frontMatter, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Output(page: nil, summary: nil, diagnostics: diagnostics)
        }
        let context = PageContext.report(frontMatter, body: bodyHTML(source), site: site)
        switch templates.render("report", context: context) {
        case .success(let page):
            return Output(page: page, summary: PageSummary(slug: source.slug, frontMatter: frontMatter), diagnostics: diagnostics)
        case .failure(let templateDiagnostics):
            diagnostics += templateDiagnostics.diagnostics
            return Output(page: nil, summary: nil, diagnostics: diagnostics)
        }
    }
}
