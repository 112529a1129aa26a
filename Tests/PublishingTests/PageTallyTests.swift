import Appraisal
import Foundation
@testable import Publishing
import Testing

/// What a build keeps of each page while the others are built: a small summary, recorded as
/// pages finish, reported in the order of the sources.
struct PageTallyTests {
    @Test func aSummaryKeepsOnlyWhatListingsShowAndSurvivesTheCache() throws {
        var matter = FrontMatter(title: "T", date: try #require(ISODate("2024-03-01")))
        matter.authors = [FrontMatter.Author(name: "A", affiliation: "Somewhere")]
        matter.tags = ["sepsis"]
        matter.question = "Q?"
        matter.design = "rct"
        matter.evidence = FrontMatter.EvidenceLevel(scale: "sort", level: "2", strength: "B")
        matter.bottomLine = "Yes."
        matter.expires = ISODate("2030-01-01")
        var full = matter
        full.pico = FrontMatter.PICO(population: "adults")
        full.doi = "10.1000/x"
        full.references = [CSLReference(id: "r1")]
        full.bibliography = "refs.bib"
        full.appraises = "r1"
        let summary = PageSummary(slug: "t", frontMatter: full)
        #expect(summary.frontMatter == matter)
        #expect(summary.listingText == PageSummary(slug: "t", frontMatter: matter).listingText)
        #expect(CachedSummary(summary).page == summary)
    }

    static func outcome(_ path: String, message: String?, stale: Bool = false) -> PageOutcome {
        let diagnostics = message.map { [Diagnostic(file: path, position: nil, severity: .warning, code: "x", message: $0)] } ?? []
        return PageOutcome(displayPath: path, summary: nil, diagnostics: diagnostics, outputs: [], entry: nil, rendered: true, stale: stale)
    }

    @Test func outcomesArrivingInAnyOrderAreReportedInTheSourcesOrder() {
        var tally = PageTally(capacity: 4)
        tally.record(Self.outcome("c.md", message: "third", stale: true), at: 2)
        tally.record(Self.outcome("a.md", message: "first", stale: true), at: 0)
        tally.record(Self.outcome("d.md", message: nil), at: 3)
        tally.record(Self.outcome("b.md", message: "second"), at: 1)
        #expect(tally.diagnostics.map(\.message) == ["first", "second", "third"])
        #expect(tally.stale == ["a.md", "c.md"])
        #expect(tally.rendered == 4)
    }
}
