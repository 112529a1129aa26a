import Appraisal
import Foundation
import Markdown
import Testing

/// Data blocks are read into typed values, and every mistake is a located diagnostic.
struct DataBlockTests {
    static func collect(_ body: String, files: ProjectFiles? = nil) -> ([DataBlock], [Diagnostic]) {
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
        let (blocks, diagnostics) = DataBlockCollector.collect(from: source, files: files)
        return (blocks, diagnostics)
    }

    static func fence(_ id: String, _ yaml: String) -> String { "```data \(id)\n\(yaml)\n```\n" }

    @Test func readsABinaryBlock() throws {
        let (blocks, diagnostics) = Self.collect(Self.fence("improvement", """
            type: binary
            outcome: Improvement at 3 months
            desirable: true
            arms:
              IVIG: 7/8
              Placebo: 2/7
            reported: {nnt: 1.7, fisher.p: <0.05}
            """))
        #expect(diagnostics.isEmpty)
        let block = try #require(blocks.first)
        #expect(block.id == "improvement")
        #expect(block.position == SourcePosition(line: 5, column: 1))
        guard let data = block.content as? BinaryData else { Issue.record("not binary"); return }
        #expect(data.arms.map(\.events) == [7, 2])
        #expect(data.arms.map(\.total) == [8, 7])
        #expect(data.controlIndex == 1)
        #expect(data.desirable)
        #expect(block.reported["nnt"]?.value == 1.7)
        #expect(block.reported["fisher.p"]?.comparison == .below)
        #expect(block.reported["nnt"]?.position == SourcePosition(line: 12, column: 17))
    }

    @Test("binary mistakes are located", arguments: [
        ("  IVIG: 9/7", "binary-events-above-total", "arm \"IVIG\" has 9 events out of 7", 8),
        ("  IVIG: 7.5/8", "binary-arm-syntax", "arm \"IVIG\" must be written events/total, e.g. 7/8, not '7.5/8'", 8),
        ("  IVIG: -1/8", "binary-arm-count", "arm \"IVIG\" needs a positive total and no negative events", 8),
    ])
    func binaryMistakes(_ line: String, code: String, message: String, line fileLine: Int) throws {
        let (blocks, diagnostics) = Self.collect(Self.fence("x", "type: binary\narms:\n\(line)\n  Placebo: 2/7"))
        #expect(blocks.isEmpty)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == code)
        #expect(problem.message == message)
        #expect(problem.position == SourcePosition(line: fileLine, column: 9))
    }

    @Test func continuousSummariesAndRawValues() throws {
        let (blocks, diagnostics) = Self.collect(Self.fence("strength", """
            type: continuous
            arms:
              IVIG: 6.71 ± 1.60 (n=24)
              Non-IVIG: [7, 8, 9.5]
            """))
        #expect(diagnostics.isEmpty)
        guard let data = try #require(blocks.first).content as? ContinuousData else { Issue.record("not continuous"); return }
        #expect(data.arms[0].sample == .summary(mean: 6.71, sd: 1.60, n: 24))
        #expect(data.arms[1].sample == .raw([7, 8, 9.5]))
        #expect(data.arms[1].name.slug == "non_ivig")
    }

    @Test("continuous mistakes", arguments: [
        ("A: 6.7 ± 0 (n=24)", "continuous-sd"),
        ("A: 6.7 ± 1.2 (n=1)", "continuous-too-few"),
        ("A: [3]", "continuous-too-few"),
        ("A: 6.7 ± 1.2", "continuous-arm-syntax"),
        ("A: [3, x]", "continuous-value"),
    ])
    func continuousMistakes(_ arm: String, code: String) {
        let (blocks, diagnostics) = Self.collect(Self.fence("x", "type: continuous\narms:\n  \(arm)\n  B: 5 ± 1 (n=9)"))
        #expect(blocks.isEmpty)
        #expect(diagnostics.map(\.code) == [code])
    }

    @Test func unknownTypesAndKeysGetSuggestions() throws {
        let (_, typeProblems) = Self.collect(Self.fence("x", "type: binay\narms: {A: 1/2, B: 1/2}"))
        #expect(typeProblems.map(\.hint) == ["did you mean 'binary'?"])
        let (blocks, keyProblems) = Self.collect(Self.fence("x", "type: binary\narms: {A: 1/2, B: 1/2}\ndesireable: true"))
        #expect(blocks.count == 1)
        #expect(keyProblems.map(\.severity) == [.warning])
        #expect(keyProblems.first?.hint == "did you mean 'desirable'?")
    }

    @Test func duplicateIdsAndCollidingArmNamesAreErrors() {
        let binary = "type: binary\narms: {A: 1/2, B: 1/2}"
        let (_, duplicates) = Self.collect(Self.fence("x", binary) + "\n" + Self.fence("x", binary))
        #expect(duplicates.map(\.message) == ["a data block named 'x' already exists at line 5"])
        let (_, collisions) = Self.collect(Self.fence("y", "type: binary\narms: {Non-IVIG: 1/2, non ivig: 1/2}"))
        #expect(collisions.map(\.message) == ["'non ivig' and 'Non-IVIG' both become 'non_ivig' in expressions"])
    }

    @Test func survivalRowsFromInlineCSV() throws {
        let (blocks, diagnostics) = Self.collect(Self.fence("relapse", "type: survival\ncsv: |\n  group,time,event\n  IVIG,12,1\n  Control,5,0\n  IVIG,7,0"))
        #expect(diagnostics.isEmpty)
        guard let rows = try #require(blocks.first).content as? SurvivalRows else { Issue.record("not survival"); return }
        #expect(rows.groups.map(\.display) == ["IVIG", "Control"])
        #expect(rows.rows.map(\.event) == [true, false, false])
    }

    @Test func survivalCSVNeedsItsColumns() {
        let (_, diagnostics) = Self.collect(Self.fence("r", "type: survival\ncsv: |\n  arm,time,status\n  A,1,1"))
        #expect(diagnostics.map(\.message) == ["the CSV has no column 'group', 'event'"])
    }

    /// A new project folder holding the folder `documents` and a survival CSV at `csv`, both
    /// relative to the project; the caller removes `root`.
    static func project(documents: String, csv: String) throws -> (root: URL, folder: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-project-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(documents)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("group,time,event\nA,1,1\nB,2,0\n".utf8).write(to: root.appendingPathComponent(csv))
        return (root, folder)
    }

    @Test func aDataFileOutsideTheProjectIsRefused() throws {
        let (root, folder) = try Self.project(documents: "appraisals", csv: "relapses.csv")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ProjectFiles(root: root, documentFolder: folder)
        let (_, outside) = Self.collect(Self.fence("r", "type: survival\nfile: ../../etc/passwd"), files: files)
        #expect(outside.map(\.message) == ["'../../etc/passwd' is outside the project; data files must be inside it"])
        let (blocks, inside) = Self.collect(Self.fence("r", "type: survival\nfile: ../relapses.csv"), files: files)
        #expect(inside.isEmpty)
        #expect(blocks.count == 1)
    }

    @Test func readsForADocumentStartFromItsFolder() throws {
        let (root, folder) = try Self.project(documents: "appraisals/cardiology", csv: "appraisals/cardiology/relapses.csv")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ProjectFiles(root: root, documentFolder: root).reading(for: folder.appendingPathComponent("trial.md"))
        #expect(files.documentFolder.standardizedFileURL.path == folder.standardizedFileURL.path)
        let (blocks, inside) = Self.collect(Self.fence("r", "type: survival\nfile: relapses.csv"), files: files)
        #expect(inside.isEmpty)
        #expect(blocks.count == 1)
        let (_, outside) = Self.collect(Self.fence("r", "type: survival\nfile: ../../../relapses.csv"), files: files)
        #expect(outside.map(\.message) == ["'../../../relapses.csv' is outside the project; data files must be inside it"])
    }

    @Test func baselineCellsOfEveryKind() throws {
        let (blocks, diagnostics) = Self.collect(Self.fence("table1", """
            type: baseline
            groups: {IVIG: 24, Non-IVIG: 18}
            rows:
              - {label: Age at disease onset (years), values: [41 ± 21, 46 ± 16], p: 0.40}
              - {label: "Male sex, n (%)", values: [9 (37.5%), 8 (44.4%)], p: 0.65}
              - {label: Months from onset, values: ["15, 11-21", "14 (11–15)"], p: 0.07}
              - {label: Cancer, values: [2, 4]}
            """))
        #expect(diagnostics.isEmpty)
        guard let table = try #require(blocks.first).content as? BaselineTable else { Issue.record("not baseline"); return }
        #expect(table.groups.map(\.size) == [24, 18])
        #expect(table.rows.map(\.slug) == ["age_at_disease_onset_years", "male_sex_n", "months_from_onset", "cancer"])
        #expect(table.rows[1].values[0] == .count(9, percent: ReportedNumber("37.5")))
        #expect(table.rows[2].values[0] == .median(median: 15, q1: 11, q3: 21))
        #expect(table.rows[0].reportedP?.text == "0.40")
    }

    @Test func reportedNumbersKeepTheirPrecision() throws {
        let p = try #require(ReportedNumber("0.01"))
        #expect(p.agrees(with: 0.005))
        #expect(p.agrees(with: 0.0149))
        #expect(!p.agrees(with: 0.015))
        #expect(!p.agrees(with: 0.017))
        let bound = try #require(ReportedNumber("< .001"))
        #expect(bound.agrees(with: 0.0004))
        #expect(!bound.agrees(with: 0.001))
        #expect(ReportedNumber("abc") == nil)
    }

    @Test func hostileYAMLInADataBlockIsRejected() {
        var yaml = "type: binary\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let (blocks, diagnostics) = Self.collect(Self.fence("bomb", yaml + "arms: {A: 1/2, B: 1/2}"))
        #expect(blocks.isEmpty)
        #expect(diagnostics.map(\.code) == ["yaml-too-complex"])
    }

    @Test func aDataBlockNeedsANameThatIsAnIdentifier() {
        let (_, unnamed) = Self.collect("```data\ntype: binary\n```\n")
        #expect(unnamed.map(\.code) == ["data-block-id"])
        let (_, badName) = Self.collect("```data 2x2\ntype: binary\n```\n")
        #expect(badName.map(\.message) == ["'2x2' cannot name a data block"])
    }
}
