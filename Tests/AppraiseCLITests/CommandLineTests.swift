import Foundation
import Testing

/// The `appraise` executable run as a user runs it: exit codes, diagnostics and files.
struct CommandLineTests {
    struct Run {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The `appraise` binary built beside the test bundle.
    static func executable() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("appraise")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "appraise next to \(CommandLine.arguments[0])"])
    }

    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Files, not pipes: a child that fills one pipe's buffer while the test drains the other
        // would wait for ever (a build with many warnings writes more than 64 KB to stderr).
        let streams = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: streams, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: streams) }
        let outURL = streams.appendingPathComponent("stdout"), errorURL = streams.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errorURL)
        let output = try FileHandle(forWritingTo: outURL), error = try FileHandle(forWritingTo: errorURL)
        defer { try? output.close(); try? error.close() }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    static func project(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let target = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: target)
        }
        return folder
    }

    static let good = "---\ntitle: Good\ndate: 2018-09-12\n---\n# Fine\n"
    static let broken = "---\ntitle: IVIG: a review\ndate: 2018-09-12\n---\nBody\n"

    @Test func brokenFrontMatterExitsWithOneAndTheOtherFilesAreBuilt() throws {
        let folder = try Self.project(["appraisals/good.md": Self.good, "appraisals/x.md": Self.broken])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("appraisals/x.md:2:12: error: YAML syntax: mapping values are not allowed in this context\n"))
        #expect(run.standardError.contains(" 2 | title: IVIG: a review\n   |            ^\n"))
        #expect(run.standardError.hasSuffix("built 1 of 2 appraisals into output/: 1 error, 0 warnings\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/good.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/index.html").path))
    }

    @Test func aBrokenSourceKeepsItsPageAndAPartialBuildKeepsTheRest() throws {
        let other = "---\ntitle: Other\ndate: 2018-09-13\n---\n# Other\n"
        let folder = try Self.project(["appraisals/good.md": Self.good, "appraisals/other.md": other])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["build"], in: folder).status == 0)
        try Data(Self.broken.utf8).write(to: folder.appendingPathComponent("appraisals/good.md"))
        let run = try Self.run(["build", "appraisals/good.md"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("appraisals/good.md: note: kept the last good page, good.html, as it was\n"))
        #expect(run.standardError.hasSuffix(
            "built 0 of 1 appraisal into output/ (1 stale page kept: appraisals/good.md; 1 other page left in place): 1 error, 0 warnings\n"))
        let index = try String(contentsOf: folder.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("good.html") && index.contains("other.html"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/other.html").path))
    }

    @Test func aCleanBuildExitsWithZero() throws {
        let folder = try Self.project(["appraisals/good.md": Self.good])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["build", "--output", "site"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError == "built 1 of 1 appraisal into site/: 0 errors, 0 warnings\n")
    }

    @Test func strictTurnsAWarningIntoExitOne() throws {
        let folder = try Self.project(["appraisals/w.md": "---\ntitle: W\ndate: 2018-09-12\ntitel: x\n---\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.run(["check"], in: folder).status == 0)
        #expect(try Self.run(["check", "--strict"], in: folder).status == 1)
    }

    @Test func checkPrintsJSONAndWritesNothing() throws {
        let folder = try Self.project(["appraisals/x.md": Self.broken])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["check", "--format", "json"], in: folder)
        #expect(run.status == 1)
        let findings = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]]
        #expect(findings?.count == 1)
        #expect(findings?.first?["code"] as? String == "yaml-syntax")
        #expect(findings?.first?["line"] as? Int == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func renderFragmentPrintsTheBodyOnly() throws {
        let folder = try Self.project(["a.md": "---\ntitle: T\ndate: 2018-09-12\n---\n*hi* <b>raw</b>\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["render", "a.md", "--fragment"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput == "<p><em>hi</em> <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n")
        let page = try Self.run(["render", "a.md"], in: folder)
        #expect(page.standardOutput.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aMistypedOptionIsAUsageError() throws {
        let folder = try Self.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["build", "--outptu", "x"], in: folder)
        #expect(run.status == 64)
        #expect(run.standardError.contains("Unknown option '--outptu'"))
    }

    @Test func aMissingFolderIsExplained() throws {
        let folder = try Self.project(["README.md": "x"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("appraisals: error: no such file or folder\n"))
    }
}

extension CommandLineTests {
    @Test func renderPrintsTheNumbersAsJSON() throws {
        let text = "---\ntitle: T\ndate: 2018-09-12\n---\n```data improvement\ntype: binary\ndesirable: true\narms: {IVIG: 7/8, Placebo: 2/7}\nreported: {nnt: 1.7}\n```\n"
        let folder = try Self.project(["a.md": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["render", "a.md", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let block = try #require((json["blocks"] as? [[String: Any]])?.first)
        #expect(block["id"] as? String == "improvement")
        let values = try #require(block["values"] as? [[String: Any]])
        let nnt = try #require(values.first { $0["name"] as? String == "nnt" })
        #expect(abs((nnt["value"] as? Double ?? 0) - 1 / (7.0 / 8 - 2.0 / 7)) < 1e-12)
        #expect(nnt["method"] as? String == "1/|RD|, Altman interval from the Newcombe limits")
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.first?["outcome"] as? String == "consistent")
    }

    @Test func equalArmsStillGiveJSONWithTheInfiniteNNTAsNullAndANote() throws {
        let text = "---\ntitle: T\ndate: 2018-09-12\n---\n```data same\ntype: binary\narms: {A: 5/10, B: 5/10}\n```\n"
        let folder = try Self.project(["a.md": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["render", "a.md", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let values = try #require((json["blocks"] as? [[String: Any]])?.first?["values"] as? [[String: Any]])
        let nnt = try #require(values.first { $0["name"] as? String == "nnt" })
        #expect(nnt["value"] is NSNull && nnt["high"] is NSNull)
        #expect(nnt["note"] as? String == "value is infinite, high is infinite (null in JSON)")
        #expect(values.count > 10, "every other statistic is still there")
    }

    @Test func aReportedSensitivityThatDisagreesIsFoundByCheckAtItsLine() throws {
        let text = "---\ntitle: T\ndate: 2018-09-12\n---\n```data d\ntype: diagnostic\ncounts: {tp: 90, fp: 30, fn: 10, tn: 70}\nreported: {sensitivity: 0.80}\n```\n"
        let folder = try Self.project(["appraisals/d.md": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["check"], in: folder)
        #expect(run.standardError.contains("appraisals/d.md:8:25: warning: d.sensitivity: reported 0.80, recomputed 0.900 (Wilson score interval)"))
    }

    @Test func checkPrintsGitHubAnnotations() throws {
        let folder = try Self.project(["appraisals/x.md": "---\ntitle: T\ndate: 2018-09-12\n---\n{{ nothing.here }}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["check", "--format", "github"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardOutput == "::error file=appraisals/x.md,line=5,col=4,title=unknown-name::no data block is named 'nothing'\n")
    }
}

extension CommandLineTests {
    @Test func buildingNothingLeavesTheOutputFolderAlone() throws {
        let folder = try Self.project(["notes.txt": "not an appraisal"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasSuffix("nothing to build: no appraisal (*.md) in appraisals; output/ was not touched\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
    }

    @Test func renderingAMissingFileSaysSo() throws {
        let folder = try Self.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["render", "nope.md"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("nope.md: error: no such file\n"))
    }
}

/// `appraise check --scan` on a manuscript without front matter.
struct ScanCommandTests {
    static let manuscript = """
        Scores improved, t(28) = 2.20, p = .04, and differed by group, F(2, 45) = 3.10, p = .01.

        `t(28) = 2.20, p = .9` is code and is not read.
        """

    @Test func everyResultIsListedAndWarningsFailOnlyUnderStrict() throws {
        let folder = try CommandLineTests.project(["paper.txt": Self.manuscript])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["check", "--scan", "paper.txt"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError.contains("paper.txt:1:18: note: t(28) = 2.20, p = .04: t(28) = 2.20 gives P = .036 (two-tailed)"))
        #expect(run.standardError.contains("paper.txt:1:64: warning: F(2, 45) = 3.10 gives P = .055, reported p = .01; significance at α = .05 differs"))
        #expect(run.standardError.contains("scanned 1 file, 2 quoted results: 0 errors, 1 warning"))
        let strict = try CommandLineTests.run(["check", "--scan", "--strict", "--format", "json", "paper.txt"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.standardOutput.contains("\"code\" : \"quoted-result-decision-error\""))
        #expect(strict.standardOutput.contains("\"code\" : \"quoted-result-consistent\""))
        let github = try CommandLineTests.run(["check", "--scan", "--format", "github", "paper.txt"], in: folder)
        #expect(github.standardOutput.contains("::warning file=paper.txt,line=1,col=64,title=quoted-result-decision-error::"))
    }

    @Test func aMissingFileIsAnError() throws {
        let folder = try CommandLineTests.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["check", "--scan", "absent.txt"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError.contains("absent.txt: error: no such file"))
    }
}
