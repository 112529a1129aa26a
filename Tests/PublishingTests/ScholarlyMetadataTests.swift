import Appraisal
import Foundation
@testable import Publishing
import Testing

/// The head's metadata: JSON-LD that parses and cannot be broken out of, Highwire tags, and the
/// `doi:` key's validation.
struct ScholarlyMetadataTests {
    static let hostileTitle = "</script><script>alert(1)</script> & \"quotes\" <!-- comment"

    static func page(title: String, extra: String = "", site: SiteSettings = Fixtures.site) throws -> ReportRenderer.Output {
        let text = "---\ntitle: '\(title.replacingOccurrences(of: "'", with: "''"))'\ndate: 2018-09-12\n\(extra)---\nBody.\n"
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: text))
        return ReportRenderer(templates: try Fixtures.builtInTemplates(), site: site).render(source)
    }

    static func jsonLD(_ page: String) throws -> [String: Any] {
        let parts = page.components(separatedBy: "<script type=\"application/ld+json\">")
        #expect(parts.count == 2)
        let script = try #require(parts.last?.components(separatedBy: "</script>").first)
        return try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
    }

    @Test func jsonLDParsesAndAHostileTitleCannotCloseTheScript() throws {
        let page = try #require(try Self.page(title: Self.hostileTitle).page)
        #expect(page.components(separatedBy: "<script").count == 2, "the JSON-LD is the only script")
        let json = try Self.jsonLD(page)
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == "MedicalScholarlyArticle")
        #expect(json["headline"] as? String == Self.hostileTitle, "the title survives exactly")
        #expect(json["datePublished"] as? String == "2018-09-12")
    }

    @Test func theEverythingPageDescribesItsAuthorsConditionAndAppraisedStudy() throws {
        let output = try JATSArticleTests.everything()
        let page = try #require(output.page)
        let json = try Self.jsonLD(page)
        let authors = try #require(json["author"] as? [[String: Any]])
        #expect(authors.first?["name"] as? String == "A. Student")
        #expect((authors.first?["affiliation"] as? [String: Any])?["name"] as? String == "School of Medicine")
        #expect((json["about"] as? [String: Any])?["name"] as? String == "dermatomyositis")
        let citation = try #require(json["citation"] as? [String: Any])
        #expect(citation["sameAs"] as? String == "https://doi.org/10.1056/NEJM199312303292704")
        #expect(page.contains("<meta name=\"citation_publication_date\" content=\"2018/09/12\">"))
        #expect(page.contains("<meta name=\"citation_doi\" content=\"10.5555/appraise.everything\">"))
        #expect(page.contains("<meta property=\"og:description\" content=\"IVIG is a reasonable add-on once prednisone has failed for 4 months.\">"))
        #expect(!page.contains("citation_pdf_url"))
    }

    @Test func aBaseURLAddsTheCanonicalLink() throws {
        let site = SiteSettings(baseURL: "https://example.org/cats/", buildDate: Fixtures.buildDay)
        let page = try #require(try Self.page(title: "T", site: site).page)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/cats/x.html\">"))
        #expect(page.contains("<meta property=\"og:url\" content=\"https://example.org/cats/x.html\">"))
    }

    @Test(arguments: [
        ("10.1056/NEJM199312303292704", "10.1056/NEJM199312303292704"),
        ("https://doi.org/10.1136/ebm.2018.110987", "10.1136/ebm.2018.110987"),
        ("doi:10.1000.10/abc(1)", "10.1000.10/abc(1)"),
    ])
    func doisAreNormalised(_ written: String, _ expected: String) {
        #expect(DOI.normalized(written) == expected)
    }

    @Test(arguments: ["11.1056/x", "10./x", "10.abc/x", "10.1056/", "10.1056/with space", "NEJM199312303292704"])
    func aMalformedDOIIsALocatedErrorWithAHint(_ written: String) throws {
        let output = try Self.page(title: "T", extra: "doi: \"\(written)\"\n")
        let problem = try #require(output.diagnostics.first { $0.code == "front-matter-doi" })
        #expect(problem.severity == .error && problem.position?.line == 4)
        #expect(problem.hint?.contains("10.") == true)
        #expect(output.page == nil)
    }
}
