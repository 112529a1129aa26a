import Appraisal
import Foundation
import Markdown
import Testing

/// Citations: syntax, numbering by first use, located errors and warnings, bibliography files.
struct CitationTests {
    static let references = """
        references:
          - {id: dalakas1993, title: A trial}
          - {id: kampylafka2012, title: A cohort}
          - {id: levine2005, title: A pilot}
          - {id: unused2000, title: Never cited}
        """

    static func load(_ body: String, extra: String = "") -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/x.md", text: "---\ntitle: T\ndate: 2018-09-12\n\(extra)\(references)\n---\n\(body)"))
    }

    @Test func segmentsFindSingleAndMultipleCitations() {
        #expect(CitationSyntax.segments("see [@a] and [@b; @c-2].") == [
            .text("see "), .citation(keys: ["a"], offset: 4, length: 4), .text(" and "),
            .citation(keys: ["b", "c-2"], offset: 13, length: 10), .text("."),
        ])
        #expect(CitationSyntax.segments("[a link] [@] [see @a] [@a b] [ @a ;@b ]") == [
            .text("[a link] [@] [see @a] [@a b] "), .citation(keys: ["a", "b"], offset: 29, length: 10),
        ])
    }

    @Test func citationsAreNumberedByFirstUse() throws {
        let source = Self.load("""
            Later work [@kampylafka2012; @dalakas1993] built on the trial [@dalakas1993].

            A pilot [@levine2005] and again [@kampylafka2012].
            """)
        let index = CitationIndex(source, files: nil)
        #expect(index.cited == ["kampylafka2012", "dalakas1993", "levine2005"])
        #expect(index.number(of: "dalakas1993") == 2)
        #expect(index.number(of: "unused2000") == nil)
        #expect(index.diagnostics.map(\.code) == ["reference-uncited"])
        let uncited = try #require(index.diagnostics.first)
        #expect(uncited.severity == .warning)
        #expect(uncited.message == "the reference 'unused2000' is never cited")
        #expect(uncited.position == SourcePosition(line: 8, column: 5))
    }

    @Test func citationsInCodeStayLiteralAndInEmphasisAreFound() {
        let source = Self.load("""
            `[@missing]` is code, *emphasised [@dalakas1993]*, and a heading follows.

            ```
            [@alsomissing]
            ```

            ## Pilot [@levine2005]
            """)
        let index = CitationIndex(source, files: nil)
        #expect(index.cited == ["dalakas1993", "levine2005"])
        #expect(!index.diagnostics.contains { $0.code == "citation-unknown" })
    }

    @Test func anUnknownKeyIsALocatedErrorWithASuggestion() throws {
        let source = Self.load("The trial\nof IVIG [@dalakas1939] helped.")
        let index = CitationIndex(source, files: nil)
        let error = try #require(index.diagnostics.first { $0.code == "citation-unknown" })
        #expect(error.severity == .error)
        #expect(error.message == "no reference has the id 'dalakas1939'")
        #expect(error.hint == "did you mean 'dalakas1993'?")
        #expect(error.position == SourcePosition(line: 11, column: 9))
        #expect(error.length == 14)
    }

    @Test func appraisesNamesAReference() throws {
        let good = CitationIndex(Self.load("[@dalakas1993] [@kampylafka2012] [@levine2005]", extra: "appraises: unused2000\n"), files: nil)
        #expect(good.appraised?.title == "Never cited")
        #expect(good.diagnostics.isEmpty)
        let bad = CitationIndex(Self.load("[@dalakas1993]", extra: "appraises: dalakas1994\n"), files: nil)
        let error = try #require(bad.diagnostics.first { $0.code == "appraises-unknown" })
        #expect(error.hint == "did you mean 'dalakas1993'?")
    }

    @Test func aBibliographyFileAddsReferencesAndCannotLeaveTheProject() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-bib-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("appraisals"), withIntermediateDirectories: true)
        let json = #"[{"id": "ebell2004", "type": "article-journal", "title": "SORT", "author": [{"family": "Ebell", "given": "Mark H"}], "issued": {"date-parts": [[2004]]}, "unused-field": 1}]"#
        try Data(json.utf8).write(to: root.appendingPathComponent("appraisals/refs.json"))
        let files = ProjectFiles(root: root, documentFolder: root.appendingPathComponent("appraisals"))
        let source = Self.load("[@ebell2004] [@dalakas1993] [@kampylafka2012] [@levine2005] [@unused2000]", extra: "bibliography: refs.json\n")
        let index = CitationIndex(source, files: files)
        #expect(index.diagnostics.isEmpty)
        #expect(index.number(of: "ebell2004") == 1)
        #expect(index.references["ebell2004"]?.year == 2004)
        let outside = CitationIndex(Self.load("[@dalakas1993]", extra: "bibliography: ../../etc/passwd\n"), files: files)
        #expect(outside.diagnostics.contains { $0.code == "bibliography-file" && $0.message.contains("outside the project") })
    }

    @Test func aCitationInsideLinkTextIsAWarning() throws {
        let index = CitationIndex(Self.load("See [the trial [@dalakas1993]](https://example.org) here."), files: nil)
        #expect(index.cited.isEmpty)
        let warning = try #require(index.diagnostics.first { $0.code == "citation-in-link" })
        #expect(warning.severity == .warning)
        #expect(warning.hint == "move [@dalakas1993] out of the link")
        #expect(warning.position == SourcePosition(line: 10, column: 5))
    }

    /// Links inside emphasis and images inside links are found too, each in document order
    /// after the link that holds it, and a citation outside them is still a citation.
    @Test func citationsInNestedLinksAndImagesAreWarnedInOrder() {
        let text = "[![alt [@ebell2004]](i.png) and [@dalakas1993]](https://x.org), *see [c [@ebell2004]](https://y.org)* [@dalakas1993]."
        let index = CitationIndex(Self.load(text), files: nil)
        let hints = index.diagnostics.filter { $0.code == "citation-in-link" }.compactMap(\.hint)
        #expect(hints == ["move [@ebell2004] out of the link", "move [@dalakas1993] out of the link", "move [@ebell2004] out of the link",
                          "move [@ebell2004] out of the link"])
        #expect(index.cited == ["dalakas1993"])
    }

    @Test func aDuplicateIdIsAnError() {
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2018-09-12\nreferences:\n  - {id: a}\n  - {id: a}\n---\n[@a]\n"))
        #expect(CitationIndex(source, files: nil).diagnostics.map(\.code) == ["reference-duplicate"])
    }

    @Test func frontMatterReadsCSLFields() throws {
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: """
            ---
            title: T
            date: 2018-09-12
            references:
              - id: dalakas1993
                type: article-journal
                author: [{family: Dalakas, given: M C}, {literal: The IVIG Group}]
                title: A trial
                container-title: The New England Journal of Medicine
                container-title-short: N Engl J Med
                issued: {date-parts: [[1993, 12, 30]]}
                volume: 329
                issue: 27
                page: 1993-2000
                DOI: 10.1056/NEJM199312303292704
                PMID: "12345678"
            ---
            """))
        #expect(source.diagnostics.isEmpty)
        let reference = try #require(source.frontMatter?.references.first)
        #expect(reference.authors == [.init(family: "Dalakas", given: "M C"), .init(literal: "The IVIG Group")])
        #expect(reference.year == 1993 && reference.volume == "329" && reference.issue == "27" && reference.page == "1993-2000")
        #expect(reference.containerTitleShort == "N Engl J Med" && reference.pmid == "12345678")
        #expect(source.frontMatter?.referenceIDs == ["dalakas1993"])
    }
}
