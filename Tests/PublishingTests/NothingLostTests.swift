import Appraisal
import Foundation
@testable import Publishing
import Testing

/// DESIGN, "Nothing published is lost": a partial build leaves the rest of the site, a source with
/// errors keeps its last good page, and only a deleted source loses its page.
struct NothingLostTests {
    /// A body whose expression names no data block: an error, so no new page can be rendered.
    static let broken = "Broken {{ nosuch.value }}.\n"

    @Test func buildingOnePathKeepsEveryOtherPageAndTheIndex() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try folder.write(Fixtures.appraisal(title: "Renamed", date: "2020-01-01", body: "New body.\n"), to: "appraisals/a3.md")
        let result = try await Fixtures.build(folder, paths: ["appraisals/a3.md"])
        #expect(result.removed.isEmpty)
        #expect(result.pages.map(\.slug) == ["a3"])
        for index in 0..<6 { #expect(folder.exists("output/a\(index).html"), "a\(index).html") }
        let listing = try folder.read("output/index.html")
        for index in [0, 1, 2, 4, 5] { #expect(listing.contains("Appraisal \(index)")) }
        #expect(listing.contains("Renamed"))
        #expect(folder.exists("output/tags/t0.html") && folder.exists("output/tags/t1.html"))
        #expect(try folder.read("output/a3.html").contains("New body."))
        _ = try await Fixtures.build(folder, paths: ["appraisals/a3.md"])
        try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
    }

    @Test func aSourceThatNowHasErrorsKeepsItsLastGoodPage() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        let good = try folder.read("output/a2.html")
        try folder.write(Fixtures.appraisal(title: "Appraisal 2", date: "2018-09-12", body: Self.broken), to: "appraisals/a2.md")
        for _ in 0..<2 {
            let result = try await Fixtures.build(folder)
            #expect(result.diagnostics.contains { $0.severity == .error && $0.file == "appraisals/a2.md" })
            #expect(result.stale == ["appraisals/a2.md"])
            #expect(result.diagnostics.contains { $0.code == "page-stale" && $0.file == "appraisals/a2.md" })
            #expect(try folder.read("output/a2.html") == good)
            #expect(folder.exists("output/a2.json"))
            #expect(try folder.read("output/index.html").contains("a2.html"))
        }
        try folder.write(Fixtures.appraisal(title: "Appraisal 2", date: "2018-09-12", body: "Fixed.\n"), to: "appraisals/a2.md")
        let fixed = try await Fixtures.build(folder)
        #expect(fixed.stale.isEmpty)
        #expect(try folder.read("output/a2.html").contains("Fixed."))
    }

    @Test func aPartialBuildOfABrokenSourceKeepsItsPageToo() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try folder.write(Fixtures.appraisal(title: "Appraisal 4", date: "2018-09-14", body: Self.broken), to: "appraisals/a4.md")
        let result = try await Fixtures.build(folder, paths: ["appraisals/a4.md"])
        #expect(result.stale == ["appraisals/a4.md"])
        #expect(result.removed.isEmpty)
        for index in 0..<6 { #expect(folder.exists("output/a\(index).html"), "a\(index).html") }
    }

    @Test func aSourceThatNeverBuiltHasNoPageToKeep() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "New", date: "2018-09-14", body: Self.broken), to: "appraisals/new.md")
        let result = try await Fixtures.build(folder)
        #expect(result.stale.isEmpty)
        #expect(!folder.exists("output/new.html"))
    }

    @Test func aDeletedSourceLosesItsPageEvenInAPartialBuild() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("appraisals/a1.md"))
        let result = try await Fixtures.build(folder, paths: ["appraisals/a0.md"])
        #expect(result.removed == ["a1.bib", "a1.csl.json", "a1.html", "a1.jats.xml", "a1.json", "a1.ris"], "the page and every export of it")
        #expect(!(try folder.read("output/index.html").contains("a1.html")))
        #expect(folder.exists("output/a5.html"))
    }

    @Test func aPartialBuildWithNewTemplatesKeepsTheOtherPagesAndRendersThemLater() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        var site = Fixtures.testSite
        site.title = "Another title"
        _ = try await Fixtures.build(folder, site: site, paths: ["appraisals/a0.md"])
        #expect(folder.exists("output/a5.html"))
        let full = try await Fixtures.build(folder, site: site)
        #expect(full.rendered == 5)
        #expect(try folder.read("output/a5.html").contains("Another title"))
    }
}
