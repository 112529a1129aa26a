import Appraisal
import Foundation
@testable import Publishing
import Testing

/// An incremental build must leave exactly what a clean build leaves, byte for byte.
struct IncrementalBuildTests {
    static func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for index in 0..<6 {
            try folder.write(Fixtures.appraisal(title: "Appraisal \(index)", date: "2018-09-1\(index)",
                                                body: "# Part \(index)\n\n![chart](chart.svg)\n",
                                                extra: "tags: [t\(index % 2)]\ntitel: typo\n"),
                             to: "appraisals/a\(index).md")
        }
        try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "appraisals/chart.svg")
        return folder
    }

    /// Every output file's bytes, by path.
    static func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in folder.files(under: "output") {
            files[path] = try Data(contentsOf: folder.url.appendingPathComponent("output/\(path)"))
        }
        return files
    }

    /// Checks that the output now equals a clean build's, then leaves the clean build in place.
    static func expectEqualsCleanBuild(_ folder: TemporaryFolder, templates: TemplateSet? = nil, toolVersion: String = "test",
                                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let incremental = try snapshot(folder)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("output"))
        _ = try await Fixtures.build(folder, templates: templates, toolVersion: toolVersion)
        let clean = try snapshot(folder)
        #expect(incremental.keys.sorted() == clean.keys.sorted(), sourceLocation: sourceLocation)
        for (path, data) in clean where incremental[path] != data {
            Issue.record("\(path) differs from a clean build's", sourceLocation: sourceLocation)
        }
    }

    @Test func aNoOpRebuildRendersNothingAndReportsTheSameFindings() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let first = try await Fixtures.build(folder)
        let second = try await Fixtures.build(folder)
        #expect(first.rendered == 6)
        #expect(second.rendered == 0)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.diagnostics.count == 6)
        #expect(second.pages == first.pages)
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func editingOneSourceRendersOnlyThatPage() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try folder.write(Fixtures.appraisal(title: "Renamed", date: "2020-01-01", body: "New body.\n", extra: "tags: [new]\n"),
                         to: "appraisals/a3.md")
        let result = try await Fixtures.build(folder)
        #expect(result.rendered == 1)
        #expect(try folder.read("output/a3.html").contains("New body."))
        #expect(try folder.read("output/index.html").contains("Renamed"))
        #expect(folder.exists("output/tags/new.html"))
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func changingALinkedFileRendersThePagesThatUseIt() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>", to: "appraisals/chart.svg")
        let result = try await Fixtures.build(folder)
        #expect(result.rendered == 6)
        #expect(try folder.read("output/chart.svg").contains("width"))
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func changingADataFileRendersThePageThatReadsIt() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        try folder.write("group,time,event\nA,6,1\nA,13,0\nB,3,1\nB,5,1\n", to: "appraisals/data/relapses.csv")
        try folder.write(Fixtures.appraisal(title: "Survival", date: "2019-01-01",
                                            body: "Events: {{ relapse.a.events }}.\n\n```data relapse\ntype: survival\nfile: data/relapses.csv\n```\n"),
                         to: "appraisals/survival.md")
        let first = try await Fixtures.build(folder)
        #expect(first.diagnostics.allSatisfy { $0.severity != .error }, "\(first.diagnostics)")
        #expect(try folder.read("output/survival.html").contains("Events: <span class=\"value\">1</span>."))
        try folder.write("group,time,event\nA,6,1\nA,13,1\nB,3,1\nB,5,1\n", to: "appraisals/data/relapses.csv")
        let second = try await Fixtures.build(folder)
        #expect(second.rendered == 1)
        #expect(try folder.read("output/survival.html").contains("Events: <span class=\"value\">2</span>."))
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func addingAMissingImageOrDataFileRendersThePageAgain() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Later", date: "2019-01-01",
                                            body: "![later](img/later.svg)\n\n```data relapse\ntype: survival\nfile: later.csv\n```\n"),
                         to: "appraisals/later.md")
        let first = try await Fixtures.build(folder)
        #expect(first.diagnostics.map(\.code).contains("missing-image"))
        #expect(!folder.exists("output/later.html"))
        try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "appraisals/img/later.svg")
        try folder.write("group,time,event\nA,6,1\nB,3,1\n", to: "appraisals/later.csv")
        let second = try await Fixtures.build(folder)
        #expect(second.rendered == 1)
        #expect(folder.exists("output/later.html") && folder.exists("output/img/later.svg"))
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func changingATemplateRebuildsEverything() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try folder.write(BuiltInTemplates.files["foot.mustache"]!.replacingOccurrences(of: "Built with appraise", with: "Made with appraise"),
                         to: "templates/foot.mustache")
        let templates = try #require(try? TemplateSet.load(directory: folder.url.appendingPathComponent("templates"), displayPath: "templates").get())
        let result = try await Fixtures.build(folder, templates: templates)
        #expect(result.rendered == 6)
        #expect(try folder.read("output/a0.html").contains("Made with appraise"))
        try await Self.expectEqualsCleanBuild(folder, templates: templates)
    }

    @Test func changingTheConfigurationRebuildsEverything() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        var site = Fixtures.testSite
        site.title = "Another title"
        let result = try await Fixtures.build(folder, site: site)
        #expect(result.rendered == 6)
        #expect(try folder.read("output/a0.html").contains("Another title"))
    }

    @Test func deletingASourceRemovesItsPage() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("appraisals/a1.md"))
        let result = try await Fixtures.build(folder)
        #expect(result.rendered == 0)
        #expect(result.removed == ["a1.bib", "a1.csl.json", "a1.html", "a1.jats.xml", "a1.json", "a1.ris"])
        #expect(!folder.exists("output/a1.html"))
        try await Self.expectEqualsCleanBuild(folder)
    }

    @Test func aNewToolVersionRebuildsEverything() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, toolVersion: "1.0")
        let result = try await Fixtures.build(folder, toolVersion: "1.1")
        #expect(result.rendered == 6)
        try await Self.expectEqualsCleanBuild(folder, toolVersion: "1.1")
    }

    @Test func aDeletedOutputPageIsRenderedAgain() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("output/a2.html"))
        let result = try await Fixtures.build(folder)
        #expect(result.rendered == 1)
        #expect(folder.exists("output/a2.html"))
    }
}
