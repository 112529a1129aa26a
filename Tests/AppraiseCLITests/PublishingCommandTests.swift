import Foundation
import Testing

/// `build` with a site configuration, `--base-url`, `--quiet` and the JSON summary.
struct PublishingCommandTests {
    @Test func theConfigurationFileSetsTheTitleAndBaseURLAndTheFlagOverridesIt() throws {
        let folder = try CommandLineTests.project([
            "appraisals/good.md": CommandLineTests.good,
            "appraise.yaml": "title: Journal club\nbase_url: https://example.org/a/\nlanguage: fr\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["build"], in: folder)
        #expect(run.status == 0)
        let index = try String(contentsOf: folder.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"fr\">") && index.contains("<h1>Journal club</h1>"))
        #expect(try String(contentsOf: folder.appendingPathComponent("output/feed.xml"), encoding: .utf8)
            .contains("<id>https://example.org/a/good.html</id>"))
        _ = try CommandLineTests.run(["build", "--base-url", "https://other.example/b"], in: folder)
        #expect(try String(contentsOf: folder.appendingPathComponent("output/sitemap.xml"), encoding: .utf8)
            .contains("<loc>https://other.example/b/good.html</loc>"))
        let bad = try CommandLineTests.run(["build", "--base-url", "other.example"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("--base-url: 'other.example' is not an absolute http or https address"))
    }

    @Test func aBrokenConfigurationStopsTheBuildWithALocatedError() throws {
        let folder = try CommandLineTests.project([
            "appraisals/good.md": CommandLineTests.good,
            "appraise.yaml": "title: Club\nstyle: vancouver\ntitel: x\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("appraise.yaml:2:8: error: unknown number style 'vancouver'\n"))
        #expect(run.standardError.contains("appraise.yaml:3:1: warning: unknown key 'titel' in site configuration"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func quietPrintsOnlyFindingsAndJSONSummarisesTheBuild() throws {
        let folder = try CommandLineTests.project([
            "appraisals/good.md": CommandLineTests.good,
            "appraisals/w.md": "---\ntitle: W\ndate: 2018-09-12\ntitel: x\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiet = try CommandLineTests.run(["build", "--quiet"], in: folder)
        #expect(quiet.status == 0)
        #expect(quiet.standardError.hasPrefix("appraisals/w.md:4:1: warning: unknown key 'titel' in front matter"))
        #expect(!quiet.standardError.contains("built "))
        let json = try CommandLineTests.run(["build", "--format", "json"], in: folder)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(summary["built"] as? Int == 2)
        #expect(summary["rendered"] as? Int == 0, "nothing changed since the quiet build")
        #expect(summary["feed"] as? Bool == false)
        #expect(summary["seconds"] is Double)
        #expect((summary["diagnostics"] as? [[String: Any]])?.count == 1)
    }
}
