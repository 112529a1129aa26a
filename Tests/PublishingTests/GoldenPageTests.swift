import Appraisal
import Foundation
import Publishing
import Testing

/// Whole pages compared with committed golden files. Set APPRAISE_RECORD_GOLDENS=1 to re-record
/// them after an intended change, then review the diff before committing.
struct GoldenPageTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static func expectMatchesGolden(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["APPRAISE_RECORD_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name); run the tests with APPRAISE_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual != expected {
            Issue.record("\(name) differs from its golden file:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing lines, marked - (golden) and + (actual).
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 12 {
            let left = index < old.count ? String(old[index]) : nil
            let right = index < new.count ? String(new[index]) : nil
            if left != right {
                if let left { lines.append("\(index + 1) - \(left)") }
                if let right { lines.append("\(index + 1) + \(right)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func fixture(_ name: String) throws -> AppraisalSource {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "md", subdirectory: "Fixtures"))
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return AppraisalSource(file: SourceFile(displayPath: "appraisals/\(name).md", text: text))
    }

    @Test func everythingReportPage() throws {
        let source = try Self.fixture("everything")
        #expect(source.diagnostics.isEmpty)
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
        #expect(output.diagnostics.filter { $0.severity == .error }.isEmpty, "\(output.diagnostics)")
        try Self.expectMatchesGolden(try #require(output.page), named: "everything.html")
    }

    @Test func indexPage() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let everything = try Self.fixture("everything")
        try folder.write(everything.file.text, to: "appraisals/everything.md")
        try folder.write(Fixtures.appraisal(title: "A second appraisal", date: "2017-03-04", extra: "design: cohort\n"), to: "appraisals/second.md")
        _ = try await Fixtures.build(folder)
        try Self.expectMatchesGolden(try folder.read("output/index.html"), named: "index.html")
    }
}
