import Appraisal
import Markdown
import Testing

/// Front matter: required fields, types, unknown keys, and positions in file coordinates.
struct FrontMatterTests {
    static func load(_ text: String) -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/x.md", text: text))
    }

    @Test func readsEveryField() throws {
        let source = Self.load("""
            ---
            title: IVIG for refractory dermatomyositis
            authors: [{name: A. Student, affiliation: Somewhere University}, B. Tutor]
            date: 2018-09-12
            tags: [dermatomyositis, immunoglobulin]
            question: Does IVIG help?
            pico: {population: adults, intervention: IVIG, comparison: placebo, outcome: strength}
            appraises: dalakas1993
            design: rct
            evidence: {scale: sort, level: 2, strength: B}
            bottom_line: It helps.
            expires: 2020-09-12
            style: BMJ
            references:
              - {id: dalakas1993, type: article-journal, title: A trial}
            ---
            Body
            """)
        #expect(source.diagnostics.isEmpty)
        let frontMatter = try #require(source.frontMatter)
        #expect(frontMatter.title == "IVIG for refractory dermatomyositis")
        #expect(frontMatter.date.description == "2018-09-12")
        #expect(frontMatter.authors == [.init(name: "A. Student", affiliation: "Somewhere University"), .init(name: "B. Tutor")])
        #expect(frontMatter.tags == ["dermatomyositis", "immunoglobulin"])
        #expect(frontMatter.pico?.comparison == "placebo")
        #expect(frontMatter.evidence == FrontMatter.EvidenceLevel(scale: "sort", level: "2", strength: "B"))
        #expect(frontMatter.expires?.description == "2020-09-12")
        #expect(frontMatter.style == "bmj")
        #expect(frontMatter.referenceIDs == ["dalakas1993"])
        #expect(frontMatter.allowsRawHTML == false)
    }

    @Test func missingTitleAndDateAreErrors() {
        let source = Self.load("---\nauthor: A. Student\n---\nBody\n")
        #expect(source.frontMatter == nil)
        #expect(source.diagnostics.map(\.code) == ["front-matter-missing-title", "front-matter-missing-date"])
        #expect(source.diagnostics.allSatisfy { $0.severity == .error && $0.position == SourcePosition(line: 2, column: 1) })
    }

    @Test func aFileWithoutFrontMatterIsAnError() {
        let source = Self.load("# Just Markdown\n")
        #expect(source.diagnostics.map(\.code) == ["front-matter-missing"])
    }

    @Test func anUnterminatedFrontMatterIsAnError() {
        let source = Self.load("---\ntitle: x\ndate: 2020-01-01\n# Heading\n")
        #expect(source.diagnostics.map(\.code) == ["front-matter-unterminated"])
    }

    @Test func unknownKeysAreWarningsWithASuggestion() throws {
        let source = Self.load("---\ntitle: T\ndate: 2020-01-01\nbottomline: B\n---\n")
        let warning = try #require(source.diagnostics.first)
        #expect(source.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.code == "front-matter-unknown-key")
        #expect(warning.hint == "did you mean 'bottom_line'?")
        #expect(warning.headline == "appraisals/x.md:4:1: warning: unknown key 'bottomline' in front matter")
        #expect(source.frontMatter != nil, "a warning does not stop the file")
    }

    @Test("wrong types are located errors", arguments: [
        ("tags: {a: b}", "'tags' must be a list of text, not a mapping", 7),
        ("date: 12/09/2018", "'date' must be a date like 2018-09-12, not '12/09/2018'", 7),
        ("expires: 2020-02-30", "'expires' must be a date like 2018-09-12, not '2020-02-30'", 10),
        ("pico: [a, b]", "'pico' must be a mapping of keys to values, not a list", 7),
        ("raw_html: perhaps", "'raw_html' must be true or false", 11),
        ("style: chicago", "unknown number style 'chicago'", 8),
        ("question: [a]", "'question' must be text, not a list", 11),
    ])
    func wrongTypes(_ line: String, message: String, column: Int) throws {
        let base = line.hasPrefix("date:") ? "" : "date: 2020-01-01\n"
        let source = Self.load("---\ntitle: T\n\(base)\(line)\n---\nBody\n")
        let error = try #require(source.diagnostics.first { $0.severity == .error })
        #expect(error.message == message)
        #expect(error.position == SourcePosition(line: base.isEmpty ? 3 : 4, column: column))
    }

    @Test func syntaxErrorsPointIntoTheFile() throws {
        let source = Self.load("---\ntitle: IVIG: a review\ndate: 2018-09-12\n---\n")
        let error = try #require(source.diagnostics.first)
        #expect(error.headline == "appraisals/x.md:2:12: error: YAML syntax: mapping values are not allowed in this context")
        #expect(error.hint?.contains("quoted") == true)
    }

    @Test func columnsCountUTF8BytesAfterNonASCIIText() throws {
        let source = Self.load("---\ntitle: T\ndate: 2020-01-01\ntags: [é, {b: c}]\n---\n")
        let error = try #require(source.diagnostics.first { $0.severity == .error })
        #expect(error.position == SourcePosition(line: 4, column: 12), "'é' is one scalar but two bytes")
    }

    @Test func bodyPositionsCountTheFrontMatterLines() throws {
        let source = Self.load("---\ntitle: T\ndate: 2020-01-01\n---\n\n# Heading\n\nText\n")
        let heading = try #require(source.body.nodes { if case .heading = $0.kind { true } else { false } }.first)
        #expect(heading.range?.start == SourcePosition(line: 6, column: 1))
    }

    @Test func anAliasBombIsRejectedQuickly() throws {
        var yaml = "---\ntitle: bomb\ndate: 2020-01-01\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        var source: AppraisalSource?
        let elapsed = clock.measure { source = Self.load(yaml + "---\n") }
        #expect(source?.diagnostics.map(\.code) == ["yaml-too-complex"])
        #expect(elapsed < .seconds(5), "guarded by a node budget, not by luck")
    }

    @Test func crlfLineEndingsAreAccepted() {
        let source = Self.load("---\r\ntitle: T\r\ndate: 2020-01-01\r\n---\r\nBody\r\n")
        #expect(source.diagnostics.isEmpty)
        #expect(source.frontMatter?.title == "T")
    }
}
