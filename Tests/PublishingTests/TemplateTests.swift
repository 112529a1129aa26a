import Appraisal
import Foundation
import Publishing
import Testing

/// Templates: user overrides, and keys checked before anything renders as a blank.
struct TemplateTests {
    static func load(_ files: [String: String]) throws -> (TemporaryFolder, Result<TemplateSet, DiagnosticList>) {
        let folder = try TemporaryFolder()
        for (path, text) in files { try folder.write(text, to: "templates/\(path)") }
        return (folder, TemplateSet.load(directory: folder.url.appendingPathComponent("templates"), displayPath: "templates"))
    }

    /// The diagnostics of loading `files` as the templates folder, which must fail.
    static func loadingProblems(_ files: [String: String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
        let (folder, result) = try load(files)
        defer { folder.remove() }
        guard case .failure(let problems) = result else {
            Issue.record("templates \(files.keys.sorted()) must not load", sourceLocation: sourceLocation)
            return []
        }
        return problems.diagnostics
    }

    static func renderReport(with templates: TemplateSet) -> ReportRenderer.Output {
        let source = AppraisalSource(file: SourceFile(displayPath: "appraisals/x.md", text: Fixtures.appraisal(title: "T", date: "2020-01-01")))
        return ReportRenderer(templates: templates).render(source)
    }

    @Test func aKeyTheContextLacksIsAnErrorNotABlank() throws {
        let (folder, result) = try Self.load(["report.mustache": "<h1>{{title}}</h1>\n<p>{{titel}}</p>\n"])
        defer { folder.remove() }
        let templates = try result.get()
        let output = Self.renderReport(with: templates)
        #expect(output.page == nil)
        let problem = try #require(output.diagnostics.first)
        #expect(problem.headline == "templates/report.mustache:2:4: error: the template uses 'titel', which this page does not provide")
        #expect(problem.hint == "did you mean 'title'?")
    }

    @Test("sections nested too deep are a located error, not a stack overflow", arguments: [65, 5_000])
    func nestingHasALimit(_ depth: Int) throws {
        let text = "<p>\n" + String(repeating: "{{#flag}}", count: depth) + "x" + String(repeating: "{{/flag}}", count: depth) + "\n"
        let problems = try Self.loadingProblems(["report.mustache": text])
        #expect(problems.map(\.code) == ["template-syntax"])
        #expect(problems.first?.headline == "templates/report.mustache:2:577: error: sections, parents and blocks nest more than 64 deep here")
    }

    @Test func nestingUpToTheLimitLoads() throws {
        let text = String(repeating: "{{#flag}}", count: 64) + "x" + String(repeating: "{{/flag}}", count: 64)
        let (folder, result) = try Self.load(["index.mustache": text])
        defer { folder.remove() }
        #expect(throws: Never.self) { try result.get() }
    }

    @Test func textPlacedUnescapedIsAnError() throws {
        let (folder, result) = try Self.load(["report.mustache": "{{{title}}} {{&date}} {{body}}\n"])
        defer { folder.remove() }
        let output = Self.renderReport(with: try result.get())
        #expect(output.diagnostics.map(\.message) == [
            "'title' is text and must be placed with {{title}} so that it is escaped",
            "'date' is text and must be placed with {{date}} so that it is escaped",
            "'body' is HTML and must be placed with {{{body}}}",
        ])
    }

    @Test func sectionsResolveNamesThroughTheContextStack() throws {
        let (folder, result) = try Self.load(["report.mustache": "{{#authors}}{{name}} {{title}} {{nmae}}{{/authors}}{{#pico}}{{population}}{{/pico}}\n"])
        defer { folder.remove() }
        let templates = try result.get()
        let text = "---\ntitle: T\ndate: 2020-01-01\nauthors: [A, B]\n---\n"
        let output = ReportRenderer(templates: templates).render(AppraisalSource(file: SourceFile(displayPath: "x.md", text: text)))
        #expect(output.diagnostics.map(\.message) == ["the template uses 'nmae', which this page does not provide"])
    }

    @Test func partialsThatIncludeThemselvesAreRejected() throws {
        let problems = try Self.loadingProblems(["head.mustache": "{{>foot}}\n", "foot.mustache": "{{>head}}\n"])
        #expect(problems.map(\.code) == ["template-cycle"])
        #expect(problems.first?.message == "templates include each other in a loop: foot → head → foot")
    }

    @Test func syntaxErrorsAreLocated() throws {
        let problems = try Self.loadingProblems(["report.mustache": "<p>\n{{#tags}}{{name}}\n"])
        #expect(problems.map(\.headline) == ["templates/report.mustache:2:1: error: section 'tags' is never closed"])
    }

    @Test func userFilesReplaceBuiltInsOfTheSameName() throws {
        let (folder, result) = try Self.load(["foot.mustache": "<footer>ours</footer></body></html>\n", "assets/extra.css": "p{}\n"])
        defer { folder.remove() }
        let templates = try result.get()
        let page = try #require(Self.renderReport(with: templates).page)
        #expect(page.hasSuffix("<footer>ours</footer></body></html>\n"))
        #expect(page.contains("<h1>T</h1>"), "the built-in report template is still used")
        #expect(Set(templates.assets.keys) == ["assets/style.css", "assets/extra.css"])
    }

    @Test func theBuiltInTemplatesAreTheFilesInTemplatesFolder() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = repository.appendingPathComponent("templates")
        let fromFolder = TemplateSet.load(directory: folder, displayPath: "templates")
        let builtIn = try Fixtures.builtInTemplates()
        let loaded = try fromFolder.get()
        #expect(loaded.assets == builtIn.assets, "run `make templates` after editing templates/")
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: Fixtures.appraisal(title: "T", date: "2020-01-01")))
        #expect(ReportRenderer(templates: loaded).render(source).page == ReportRenderer(templates: builtIn).render(source).page,
                "run `make templates` after editing templates/")
    }
}
