import Appraisal
import Foundation
@testable import Publishing
import Testing

/// The appraisal structure in pages: checklist tables, citations, header and expiry, scaffolds.
struct StructureTests {
    static func source(_ text: String, path: String = "appraisals/x.md") -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: path, text: text))
    }

    @Test func checklistTableMatchesItsGolden() throws {
        let source = Self.source("""
            ---
            title: T
            date: 2018-09-12
            ---
            ```checklist diagnostic
            focused_question: yes
            reference_standard: {answer: yes, note: "biopsy & MRI"}
            reference_in_all: {answer: no, note: only test-positive patients}
            independent_blind: unclear
            spectrum_appropriate: yes
            accuracy_reported: yes
            precision: no
            test_available: yes
            changes_management: yes
            ```
            """)
        let (checklists, diagnostics) = ChecklistCollector.collect(from: source)
        #expect(diagnostics.map(\.code) == ["checklist-unanswered"])
        let checklist = try #require(checklists.first)
        #expect(checklist.summary == "6 of 11 answered yes; 2 no; 1 unclear; 2 unanswered")
        try GoldenPageTests.expectMatchesGolden(ChecklistTable.html(checklist).markup, named: "checklist-diagnostic.html")
    }

    @Test func aNotApplicableAnswerIsShownAsSuchAndNotCountedUnanswered() throws {
        let source = Self.source("---\ntitle: T\ndate: 2018-09-12\n---\n```checklist qualitative\nreflexivity: N/A — a survey\nfocused_question: yes\n```\n")
        let checklist = try #require(ChecklistCollector.collect(from: source).checklists.first)
        let html = ChecklistTable.html(checklist).markup
        let question = try #require(ChecklistCatalogue.qualitative.question("reflexivity")).text
        #expect(html.contains(#"<tr data-key="reflexivity"><th scope="row">\#(question)</th><td class="answer answer-not-applicable">N/A</td><td class="note">a survey</td></tr>"#))
        #expect(html.contains("Appraisal checklist: Qualitative study. <span class=\"checklist-summary\">1 of 12 answered yes; 1 not applicable; 10 unanswered.</span>"))
    }

    @Test(arguments: [([1], "1"), ([2, 1], "1,2"), ([1, 2, 3], "1-3"), ([5, 1, 2, 3, 7, 8], "1-3,5,7,8"), ([2, 2], "2")])
    func citationMarkersCompressRuns(_ numbers: [Int], _ text: String) {
        let html = CitationHTML.marker(numbers).markup
        #expect(html.hasPrefix("<sup class=\"citation\"><a href=\"#ref-"))
        #expect(html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression) == text)
    }

    @Test func citationsBecomeNumbersAndTheListFollowsTheReferencesHeading() throws {
        let source = Self.source("""
            ---
            title: T
            date: 2018-09-12
            references:
              - {id: b, title: Second <b>, container-title: J B, issued: {date-parts: [[2001]]}, DOI: "10.1/b\\"x"}
              - {id: a, title: First, container-title: J A, issued: {date-parts: [[2000]]}}
            ---
            Both [@a; @b], then [@b] and `[@a]`.

            # References

            Closing words.
            """)
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
        #expect(output.diagnostics.isEmpty)
        let body = try #require(output.fragment?.markup)
        // The space before a citation goes: AMA sets the superscript against the preceding word.
        #expect(body.contains(##"<p>Both<sup class="citation"><a href="#ref-1">1</a>,<a href="#ref-2">2</a></sup>, then<sup class="citation"><a href="#ref-2">2</a></sup> and <code>[@a]</code>.</p>"##))
        #expect(body.contains("""
            <h1>References</h1>
            <section class="references" aria-label="References">
            <ol>
            <li id="ref-1">First. <i>J A</i>. 2000.</li>
            <li id="ref-2">Second &lt;b&gt;. <i>J B</i>. 2001. <a href="https://doi.org/10.1/b&quot;x">doi:10.1/b&quot;x</a></li>
            </ol>
            </section>
            <p>Closing words.</p>
            """))
    }

    @Test func expiryIsComparedWithTheBuildDay() throws {
        let text = "---\ntitle: T\ndate: 2018-09-12\nexpires: 2020-09-12\n---\nBody\n"
        let templates = try Fixtures.builtInTemplates()
        func page(on day: String) throws -> String {
            let site = SiteSettings(buildDate: try #require(ISODate(day)))
            return try #require(ReportRenderer(templates: templates, site: site).render(Self.source(text)).page)
        }
        let before = try page(on: "2020-09-11")
        #expect(before.contains(#"<p class="expires">To be re-appraised by <time datetime="2020-09-12">2020-09-12</time>.</p>"#))
        #expect(!before.contains("expired-notice"))
        #expect(!(try page(on: "2020-09-12")).contains("expired-notice"), "due after the expiry day, not on it")
        let after = try page(on: "2020-09-13")
        #expect(after.contains(#"<p class="expired-notice" role="note">Due for re-appraisal: this appraisal was to be checked again by <time datetime="2020-09-12">2020-09-12</time>.</p>"#))
        #expect(after.contains(#"<p class="expires expired"><span class="badge expired">expired</span> Due for re-appraisal since"#))
    }

    @Test(arguments: ChecklistCatalogue.designs)
    func aScaffoldOfEveryDesignBuildsWithOnlyWarnings(_ design: ChecklistDesign) throws {
        let date = try #require(ISODate("2026-03-01"))
        let text = AppraisalScaffold.markdown(title: "IVIG: \"a\" test", design: design, date: date)
        let source = Self.source(text, path: "appraisals/\(AppraisalScaffold.slug("IVIG: a test")).md")
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
        #expect(output.diagnostics.allSatisfy { $0.severity == .warning }, "\(output.diagnostics.filter { $0.severity == .error })")
        #expect(output.diagnostics.contains { $0.code == "placeholder" })
        #expect(output.diagnostics.contains { $0.code == "checklist-unanswered" && $0.message.hasPrefix("\(design.questions.count) checklist questions") })
        let page = try #require(output.page)
        #expect(page.contains("<h1>IVIG: &quot;a&quot; test</h1>"))
        #expect(page.contains("Appraisal checklist: \(design.name)"))
        #expect(source.frontMatter?.expires?.description == "2028-03-01")
        for heading in ["Clinical scenario", "Clinical question", "Search", "The study", "Critical appraisal", "Results",
                        "Clinical bottom line", "Clinical application", "Learning points", "References"] {
            #expect(page.contains("<h1>\(heading)</h1>"), "\(heading)")
        }
    }

    @Test(arguments: [("IVIG for Refractory Dermatomyositis!", "ivig-for-refractory-dermatomyositis"),
                      ("  Ärzte & Ölkur: 2x ", "arzte-olkur-2x"), ("???", "appraisal")])
    func slugs(_ title: String, _ slug: String) {
        #expect(AppraisalScaffold.slug(title) == slug)
    }
}
