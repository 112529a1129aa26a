import Appraisal
import Testing
@testable import Publishing

/// A report's JSON files compared byte for byte with committed golden files (recorded when
/// Foundation's `JSONEncoder` still wrote them): `<slug>.json` and the CSL-JSON exports; and its
/// other exports.
struct GoldenJSONTests {
    @Test func everythingReportJSON() throws {
        let source = try GoldenPageTests.fixture("everything")
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
        try GoldenPageTests.expectMatchesGolden(output.json, named: "everything.json")
        let csl = output.exports.filter { $0.path.hasSuffix(".csl.json") }
        #expect(csl.count == 2, "\(output.exports.map(\.path))")
        for file in csl {
            try GoldenPageTests.expectMatchesGolden(file.text, named: file.path)
        }
    }

    /// The JATS article and the BibTeX and RIS exports, byte for byte: the JATS tables are
    /// converted from the page's HTML tables, and this pins what that conversion gives for every
    /// kind of block the fixture has.
    @Test func everythingJATSAndCitationExports() throws {
        let source = try GoldenPageTests.fixture("everything")
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
        let pinned = output.exports.filter { [".jats.xml", ".bib", ".ris"].contains(where: $0.path.hasSuffix) }
        #expect(pinned.map(\.path).sorted() == ["everything.bib", "everything.jats.xml", "everything.references.bib", "everything.references.ris", "everything.ris"], "\(output.exports.map(\.path))")
        for file in pinned {
            try GoldenPageTests.expectMatchesGolden(file.text, named: file.path)
        }
    }

    /// Equal arms, zero cells and empty groups: infinite values as null with a note.
    @Test func degenerateBlocksJSON() throws {
        let body = DegenerateJSONTests.blocks.enumerated().map { FigureSamples.fence("d\($0.offset)", $0.element.1) }.joined()
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(FigureSamples.source(body))
        try GoldenPageTests.expectMatchesGolden(output.json, named: "degenerate-blocks.json")
    }
}
