import Appraisal
import Foundation
import Markdown
import Testing
@testable import Publishing

/// `<slug>.json` holds every block whatever its values: equal arms, zero cells, empty groups and
/// infinite results are written (non-finite numbers as null with a note), never `{}`.
struct DegenerateJSONTests {
    static let blocks: [(String, String)] = [
        ("binary, equal arms", "type: binary\narms:\n  A: 5/10\n  B: 5/10"),
        ("binary, zero cells", "type: binary\narms:\n  A: 0/10\n  B: 0/12"),
        ("binary, all events", "type: binary\narms:\n  A: 10/10\n  B: 12/12\npatient_risk: 0.3"),
        ("continuous, identical arms", "type: continuous\narms:\n  A: [1, 1, 1]\n  B: [1, 1, 1]"),
        ("survival, no events", "type: survival\ncsv: |\n  group,time,event\n  A,1,0\n  A,2,0\n  B,3,0\n  B,4,0"),
        ("survival, one empty group", "type: survival\ncsv: |\n  group,time,event\n  A,1,1\n  A,2,1\n  B,3,0"),
        ("diagnostic, zero cells", "type: diagnostic\ncounts: {tp: 10, fp: 0, fn: 0, tn: 10}"),
        ("meta-analysis, identical studies", "type: meta-analysis\nstudies:\n  S1: 2/10 vs 2/10\n  S2: 2/10 vs 2/10\n  S3: 2/10 vs 2/10\nhksj: true"),
        ("baseline, zero counts", "type: baseline\ngroups: {A: 10, B: 10}\nrows:\n  - {label: X, values: [0, 0]}"),
    ]

    @Test("every kind writes its JSON", arguments: blocks.map(\.0))
    func writesJSON(_ name: String) throws {
        let yaml = try #require(Self.blocks.first { $0.0 == name }?.1)
        let source = FigureSamples.source("```data d\n\(yaml)\n```\n")
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(source)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.json.utf8)) as? [String: Any])
        let block = try #require((json["blocks"] as? [[String: Any]])?.first, "\(name): \(output.json.prefix(200))")
        #expect(block["id"] as? String == "d")
        let values = block["values"] as? [[String: Any]] ?? []
        #expect(!values.isEmpty || !(block["unavailable"] as? [String: String] ?? [:]).isEmpty, "\(name): the block says what it computed or why not")
        for value in values where value["value"] is NSNull {
            #expect(value["note"] is String, "\(name): \(value["name"] ?? "?") is null without a note")
        }
    }
}

/// A meta-analysis's inputs keep every study and every option, whatever the studies are called.
struct MetaAnalysisInputsTests {
    @Test func aStudyNamedLikeAnOptionLosesNothing() throws {
        let source = FigureSamples.source("```data d\ntype: meta-analysis\nmeasure: or\nstudies:\n  measure: 2/10 vs 4/10\n  Beta: 3/12 vs 5/12\n```\n")
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(source)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.json.utf8)) as? [String: Any])
        let inputs = try #require((json["blocks"] as? [[String: Any]])?.first?["inputs"] as? [String: [String]])
        #expect(inputs["studies"] == ["measure: 2/10 vs 4/10", "Beta: 3/12 vs 5/12"])
        #expect(inputs["measure"] == ["or"])
    }
}
