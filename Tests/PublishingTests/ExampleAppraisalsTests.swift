import Appraisal
import Foundation
import Publishing
import Testing

/// The example appraisals shipped in appraisals/: built without errors, their findings
/// exactly those of the reference facts, and every page locked by a golden file.
struct ExampleAppraisalsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func build() async throws -> (SiteBuilder.Result, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let (references, missing) = SourceDiscovery.find(["appraisals"], workingDirectory: repository)
        #expect(missing.isEmpty)
        let renderer = ReportRenderer(templates: try Fixtures.builtInTemplates())
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        let result = await SiteBuilder(renderer: renderer, projectRoot: repository).build(references, into: output)
        return (result, folder)
    }

    static let slugs = ["bcg-vaccine-tuberculosis-meta-analysis", "ferritin-iron-deficiency-diagnostic", "ivig-dermatomyositis-cohort", "ivig-dermatomyositis-rct"]

    @Test func everyExampleBuildsWithoutErrors() async throws {
        let (result, folder) = try await Self.build()
        defer { folder.remove() }
        #expect(result.pages.map(\.slug).sorted() == Self.slugs)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.filter { $0.severity == .error })")
    }

    @Test func theCohortFindingsAreThoseOfTheFactsSheet() async throws {
        let (result, folder) = try await Self.build()
        defer { folder.remove() }
        let rows = ["Age", "Male sex", "Months from onset", "MRC", "CPK", "CDASI", "Cancer", "Calcifications", "Lung",
                    "Corticosteroids", "Methotrexate", "Azathioprine", "Hydroxychloroquine"]
        let findings = result.diagnostics.filter { $0.file.hasSuffix("cohort.md") }.map { diagnostic in
            "\(diagnostic.code): \(rows.first { diagnostic.message.contains($0) } ?? diagnostic.message)"
        }.sorted()
        #expect(findings == [
            "expected-count-below-5: Azathioprine", "expected-count-below-5: Calcifications", "expected-count-below-5: Cancer",
            "expected-count-below-5: Corticosteroids", "expected-count-below-5: Hydroxychloroquine",
            "not-verifiable: CPK", "not-verifiable: Months from onset",
            "p-inconsistent: Corticosteroids", "p-inconsistent: MRC",
            "percent-mismatch: Hydroxychloroquine", "percent-mismatch: Hydroxychloroquine",
        ])
        #expect(result.diagnostics.filter { $0.file.hasSuffix("rct.md") }.isEmpty, "the RCT example has no findings")
    }

    @Test func theDiagnosticExampleReproducesThePrintedLikelihoodRatios() async throws {
        let (result, folder) = try await Self.build()
        defer { folder.remove() }
        #expect(result.diagnostics.filter { $0.file.hasSuffix("diagnostic.md") }.isEmpty)
        let data = Data(try folder.read("output/ferritin-iron-deficiency-diagnostic.json").utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.count == 6)
        #expect(checks.allSatisfy { $0["outcome"] as? String == "consistent" })
        let page = try folder.read("output/ferritin-iron-deficiency-diagnostic.html")
        #expect(page.contains("figure figure-nomogram"))
    }

    @Test func everyPageAndJATSArticleMatchesItsGoldenFile() async throws {
        let (_, folder) = try await Self.build()
        defer { folder.remove() }
        for slug in Self.slugs {
            try GoldenPageTests.expectMatchesGolden(try folder.read("output/\(slug).html"), named: "\(slug).html")
            try GoldenPageTests.expectMatchesGolden(try folder.read("output/\(slug).jats.xml"), named: "\(slug).jats.xml")
        }
    }

    @Test func theJSONOfTheRCTHoldsItsChecklistAndReferences() async throws {
        let (_, folder) = try await Self.build()
        defer { folder.remove() }
        let data = Data(try folder.read("output/ivig-dermatomyositis-rct.json").utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let references = try #require(json["references"] as? [[String: Any]])
        #expect(references.count == 12)
        #expect(references.first { $0["id"] as? String == "dalakas1993" }?["number"] as? Int == 3)
        let checklist = try #require((json["checklists"] as? [[String: Any]])?.first)
        #expect(checklist["design"] as? String == "rct")
        #expect(checklist["summary"] as? String == "9 of 13 answered yes; 4 unclear")
    }
}
