import Appraisal
import Foundation
import Publishing
import Testing

/// Every CommonMark conformance case (spec 0.30 and cmark's regressions), put behind front
/// matter and rendered the way `appraise render --fragment` does, must print exactly what the
/// `cmark` command printed for the body (recorded by scripts/conformance/record.py).
struct ConformanceTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        let source: String
        let markdown: String
        let expected: String
        let safe: String
        let unsafe: String
        var testDescription: String { source }
    }

    struct Fixture: Decodable {
        let cases: [Case]
    }

    static let cases: [Case] = {
        guard let url = Bundle.module.url(forResource: "conformance", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
        else { return [] }
        return fixture.cases
    }()

    static let renderer: ReportRenderer = {
        guard case .success(let templates) = TemplateSet.builtIn() else { preconditionFailure("built-in templates must load") }
        return ReportRenderer(templates: templates)
    }()

    static func fragment(_ markdown: String, allowRawHTML: Bool = false) -> (String, [Diagnostic]) {
        let text = "---\ntitle: Conformance\ndate: 2024-01-31\n---\n" + markdown
        let source = AppraisalSource(file: SourceFile(displayPath: "case.md", text: text))
        let renderer = allowRawHTML ? ReportRenderer(templates: renderer.templates, allowRawHTML: true) : renderer
        return (renderer.bodyHTML(source).markup, source.diagnostics)
    }

    @Test func fixtureHoldsAll668Cases() {
        #expect(Self.cases.count == 668)
        #expect(Self.cases.filter { $0.safe != $0.unsafe }.count > 50, "safe mode must differ where raw HTML appears")
    }

    @Test("render --fragment equals the cmark command (safe mode)", arguments: cases)
    func safeFragmentMatchesCmark(_ testCase: Case) {
        let (html, diagnostics) = Self.fragment(testCase.markdown)
        #expect(diagnostics.isEmpty)
        #expect(html == testCase.safe)
    }

    @Test("with raw HTML allowed, the fragment equals the spec's expected HTML", arguments: cases)
    func unsafeFragmentMatchesSpec(_ testCase: Case) {
        let (html, _) = Self.fragment(testCase.markdown, allowRawHTML: true)
        #expect(html == testCase.expected)
        #expect(html == testCase.unsafe)
    }
}
