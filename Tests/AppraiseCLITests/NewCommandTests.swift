import Foundation
import Testing

/// `appraise new`: a scaffold per design that builds, that `check --strict` rejects until it is
/// filled in, and that is never written over an existing file.
struct NewCommandTests {
    @Test func aScaffoldOfEachDesignBuildsAndStrictCheckFailsUntilFilled() throws {
        let folder = try CommandLineTests.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let designs = ["rct", "cohort", "case-control", "systematic-review", "diagnostic",
                       "prognosis", "clinical-prediction-rule", "qualitative", "economic-evaluation"]
        for design in designs {
            let run = try CommandLineTests.run(["new", "IVIG in \(design)", "--design", design], in: folder)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("wrote appraisals/ivig-in-\(design).md ("))
            let text = try String(contentsOf: folder.appendingPathComponent("appraisals/ivig-in-\(design).md"), encoding: .utf8)
            #expect(text.contains("```checklist \(design)\n"))
            #expect(text.contains("design: \(design)\n"))
        }
        func scaffold(_ design: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent("appraisals/ivig-in-\(design).md"), encoding: .utf8)
        }
        #expect(try scaffold("prognosis").contains("```data outcome\ntype: survival\n"))
        #expect(try scaffold("diagnostic").contains("```data test\ntype: diagnostic\n"))
        #expect(try scaffold("diagnostic").contains("figures: [nomogram]"))
        #expect(try scaffold("systematic-review").contains("```data studies\ntype: meta-analysis\n"))
        #expect(try scaffold("systematic-review").contains("```risk-of-bias rob2\nblock: studies\n"))
        #expect(try scaffold("systematic-review").contains("```summary-of-findings\n"))
        #expect(try scaffold("clinical-prediction-rule").contains("```data outcome\ntype: binary\n"))
        #expect(try !scaffold("qualitative").contains("```data"))
        #expect(try !scaffold("economic-evaluation").contains("```data"))
        let build = try CommandLineTests.run(["build"], in: folder)
        #expect(build.status == 0)
        #expect(build.standardError.contains("built 9 of 9 appraisals into output/: 0 errors,"))
        let codes = Set(build.standardError.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") }
            .map { $0.contains("checklist questions are unanswered") ? "checklist-unanswered" : $0.contains("to be filled in") ? "placeholder" : String($0) })
        #expect(codes == ["checklist-unanswered", "placeholder"], "only the usual fill-this-in warnings")
        for design in designs {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/ivig-in-\(design).html").path))
        }
        let strict = try CommandLineTests.run(["check", "--strict", "appraisals/ivig-in-rct.md"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("appraisals/ivig-in-rct.md:3:10: warning: still to be filled in: your name\n"))
        #expect(strict.standardError.contains("warning: 13 checklist questions are unanswered: focused_question, randomised,"))
        let json = try CommandLineTests.run(["check", "--format", "json", "appraisals/ivig-in-cohort.md"], in: folder)
        let findings = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]] ?? []
        #expect(json.status == 0)
        #expect(findings.contains { $0["code"] as? String == "placeholder" && $0["severity"] as? String == "warning" })
    }

    @Test func aFilledInScaffoldPassesStrictCheck() throws {
        let folder = try CommandLineTests.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandLineTests.run(["new", "Filled", "--design", "case-control"], in: folder).status == 0)
        let url = folder.appendingPathComponent("appraisals/filled.md")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "   # TODO:[^\n]*", with: "", options: .regularExpression)
            .replacingOccurrences(of: "     # TODO:[^\n]*", with: "", options: .regularExpression)
            .replacingOccurrences(of: "TODO: ", with: "")
            .replacingOccurrences(of: "(?m)^(# [^\n]*\n[a-z_]+):$", with: "$1: yes", options: .regularExpression)
        try Data(text.utf8).write(to: url)
        let run = try CommandLineTests.run(["check", "--strict"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try CommandLineTests.project(["appraisals/my-topic.md": "mine\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["new", "My topic"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardError == "error: appraisals/my-topic.md already exists; appraise new never overwrites a file (choose another title, or edit it)\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("appraisals/my-topic.md"), encoding: .utf8) == "mine\n")
    }

    @Test func anUnknownDesignIsAUsageError() throws {
        let folder = try CommandLineTests.project([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run(["new", "T", "--design", "cohrt"], in: folder)
        #expect(run.status == 64)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("appraisals").path))
    }
}
