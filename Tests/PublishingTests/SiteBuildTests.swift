import Appraisal
import Foundation
import Publishing
import Testing

/// Whole-site builds into a temporary folder.
struct SiteBuildTests {
    @Test func buildsEveryPageTheIndexAndTheAssets() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Older", date: "2017-01-02"), to: "appraisals/older.md")
        try folder.write(Fixtures.appraisal(title: "Newer", date: "2019-05-06"), to: "appraisals/topic/newer.md")
        let result = try await Fixtures.build(folder)
        #expect(result.diagnostics.isEmpty)
        #expect(folder.files(under: "output") == [".appraise-cache.json", ".appraise-manifest", "assets/style.css", "index.html",
                                                  "newer.bib", "newer.csl.json", "newer.html", "newer.jats.xml", "newer.json", "newer.ris",
                                                  "older.bib", "older.csl.json", "older.html", "older.jats.xml", "older.json", "older.ris",
                                                  "search.json"])
        let index = try folder.read("output/index.html")
        let newer = try #require(index.range(of: "href=\"newer.html\""))
        let older = try #require(index.range(of: "href=\"older.html\""))
        #expect(newer.lowerBound < older.lowerBound, "newest first")
        #expect(index.contains("2 appraisals"))
        #expect(try folder.read("output/older.html").contains("href=\"assets/style.css\""), "links are relative")
    }

    @Test func aBrokenFileDoesNotStopTheOthers() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("---\ntitle: IVIG: a review\ndate: 2018-09-12\n---\nBody\n", to: "appraisals/broken.md")
        try folder.write(Fixtures.appraisal(title: "Fine", date: "2018-09-12"), to: "appraisals/fine.md")
        let result = try await Fixtures.build(folder)
        #expect(result.diagnostics.map(\.headline) == [
            "appraisals/broken.md:2:12: error: YAML syntax: mapping values are not allowed in this context",
        ])
        #expect(result.pages.map(\.slug) == ["fine"])
        #expect(folder.exists("output/fine.html"))
        #expect(!folder.exists("output/broken.html"))
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<12 {
            try folder.write(Fixtures.appraisal(title: "Appraisal \(index)", date: "2018-09-1\(index % 10)",
                                                body: "# Part \(index)\n\n*Text* with `code`.\n", extra: "tags: [t\(index % 3)]\n"),
                             to: "appraisals/a\(index).md")
        }
        _ = try await Fixtures.build(folder)
        let first = try folder.files(under: "output").map { try folder.read("output/\($0)") }
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("output"))
        _ = try await Fixtures.build(folder)
        let second = try folder.files(under: "output").map { try folder.read("output/\($0)") }
        #expect(first.count == 80, "12 pages, 12 data files, 48 citation exports and JATS articles, 3 tag pages, index, search.json, style, manifest, cache")
        #expect(first == second)
    }

    @Test func onlyGeneratedFilesAreEverDeleted() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Kept", date: "2018-09-12"), to: "appraisals/kept.md")
        try folder.write(Fixtures.appraisal(title: "Gone", date: "2018-09-12"), to: "appraisals/gone.md")
        try folder.write("the publisher's own file", to: "output/CNAME")
        _ = try await Fixtures.build(folder)
        #expect(folder.exists("output/gone.html"))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("appraisals/gone.md"))
        let result = try await Fixtures.build(folder)
        #expect(result.removed == ["gone.bib", "gone.csl.json", "gone.html", "gone.jats.xml", "gone.json", "gone.ris"])
        #expect(!folder.exists("output/gone.html"))
        #expect(try folder.read("output/CNAME") == "the publisher's own file")
        #expect(try folder.read("output/.appraise-manifest")
                == ".appraise-cache.json\nassets/style.css\nindex.html\nkept.bib\nkept.csl.json\nkept.html\nkept.jats.xml\nkept.json\nkept.ris\nsearch.json\n")
    }

    @Test func pageNamesMustBeUniqueAndNotIndex() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "One", date: "2018-09-12"), to: "appraisals/a/same.md")
        try folder.write(Fixtures.appraisal(title: "Two", date: "2018-09-12"), to: "appraisals/b/same.md")
        try folder.write(Fixtures.appraisal(title: "Three", date: "2018-09-12"), to: "appraisals/index.md")
        let result = try await Fixtures.build(folder)
        #expect(result.diagnostics.map(\.code) == ["page-name", "page-name"])
        #expect(result.diagnostics.map(\.file) == ["appraisals/b/same.md", "appraisals/index.md"])
        #expect(result.pages.map(\.slug) == ["same"])
    }
}
