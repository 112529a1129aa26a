import Appraisal
import Publishing
import Testing

/// Untrusted Markdown is the normal case: scripts and javascript: links never reach a page.
struct SafetyTests {
    static let hostile = """
        ---
        title: "<script>alert('title')</script>"
        date: 2024-01-31
        question: "<img src=x onerror=alert(1)>"
        ---
        <script>alert('block')</script>

        Inline <script>alert('inline')</script> and <img src=x onerror="alert(2)">.

        [click](javascript:alert('link')) and ![img](javascript:alert('image'))
        [data](data:text/html;base64,PHNjcmlwdD4=) and <a href="javascript:alert(3)">raw</a>
        """

    static func page(allowRawHTML: Bool = false) throws -> String {
        guard case .success(let templates) = TemplateSet.builtIn() else {
            Issue.record("built-in templates must load")
            return ""
        }
        let source = AppraisalSource(file: SourceFile(displayPath: "hostile.md", text: hostile))
        let output = ReportRenderer(templates: templates, allowRawHTML: allowRawHTML).render(source)
        return try #require(output.page)
    }

    @Test func scriptsAndJavascriptLinksNeverReachThePage() throws {
        let page = try Self.page().lowercased()
        let scripts = page.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 1, "only the JSON-LD metadata")
        #expect(scripts.allSatisfy { $0.hasPrefix(" type=\"application/ld+json\">") })
        #expect(page.components(separatedBy: "</script").count == 2, "a hostile title cannot close the JSON-LD early")
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("data:text/html"))
        #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
        #expect(page.contains("<!-- raw html omitted -->"))
    }

    @Test func theCommandLineOptInLetsRawHTMLThrough() throws {
        let page = try Self.page(allowRawHTML: true)
        #expect(page.contains("<script>alert('block')</script>"))
        #expect(page.contains("href=\"javascript:alert(&#x27;link&#x27;)\""))
        #expect(!page.contains("<script>alert('title')</script>"), "front matter values are escaped even then")
    }

    @Test func theDocumentOptInLetsRawHTMLThrough() throws {
        guard case .success(let templates) = TemplateSet.builtIn() else { return }
        let text = "---\ntitle: Trusted\ndate: 2024-01-31\nraw_html: true\n---\n<div class=\"note\">kept</div>\n"
        let source = AppraisalSource(file: SourceFile(displayPath: "trusted.md", text: text))
        let html = ReportRenderer(templates: templates).bodyHTML(source).markup
        #expect(html == "<div class=\"note\">kept</div>\n")
    }
}

/// Expressions that are not evaluated come back exactly as written.
struct ExpressionRestorationTests {
    @Test func codeSpansBlocksAndLinksKeepTheirBraces() throws {
        let text = "---\ntitle: T\ndate: 2020-01-01\n---\n`{{ a * b }}` [x]({{ url }})\n\n    {{ indented }}\n\n```\n{{ fenced }}\n```\n"
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: text))
        let html = ReportRenderer(templates: try Fixtures.builtInTemplates()).bodyHTML(source).markup
        #expect(html == """
            <p><code>{{ a * b }}</code> <a href="%7B%7B%20url%20%7D%7D">x</a></p>
            <pre><code>{{ indented }}
            </code></pre>
            <pre><code>{{ fenced }}
            </code></pre>

            """)
    }

    /// The body of an appraisal nested `levels` deep by `opener` (block quotes, or emphases).
    static func nested(_ opener: String, _ levels: Int) -> AppraisalSource {
        let body = opener == ">" ? String(repeating: ">", count: levels) + " deep\n"
            : String(repeating: "*", count: levels) + "deep" + String(repeating: "*", count: levels) + "\n"
        return AppraisalSource(file: SourceFile(displayPath: "deep.md", text: Fixtures.appraisal(title: "Deep", date: "2024-01-31", body: body)))
    }

    @Test("nesting deeper than the limit is a located error, not a crash", arguments: [">", "*"])
    func nestingTooDeepIsAnError(_ opener: String) throws {
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(Self.nested(opener, 50_000))
        #expect(output.page == nil)
        let problem = try #require(output.diagnostics.first { $0.code == "markdown-too-deep" })
        #expect(problem.severity == .error)
        #expect(problem.position?.line == 5)
    }

    @Test("a page nested just under the limit is built, every stage walking it", arguments: [">", "*"])
    func nestingUnderTheLimitIsBuilt(_ opener: String) throws {
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(Self.nested(opener, opener == ">" ? 250 : 480))
        #expect(output.diagnostics.filter { $0.severity == .error }.isEmpty)
        let page = try #require(output.page)
        #expect(page.contains("deep"))
        #expect(output.exports.contains { $0.path.hasSuffix(".jats.xml") })
    }
}
