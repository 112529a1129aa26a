import Appraisal
import Testing

/// Hazard ratios and intervals on survival blocks, on R's `aml` data (maintained first).
struct PrognosisBlockTests {
    static let rows = [("Maintained", [(9, 1), (13, 1), (13, 0), (18, 1), (23, 1), (28, 0), (31, 1), (34, 1), (45, 0), (48, 1), (161, 0)]),
                       ("Nonmaintained", [(5, 1), (5, 1), (8, 1), (8, 1), (12, 1), (16, 0), (23, 1), (27, 1), (30, 1), (33, 1), (43, 1), (45, 1)])]

    static func block(arms: [(String, [(Int, Int)])] = rows) -> String {
        let csv = arms.flatMap { name, patients in patients.map { "  \(name),\($0.0),\($0.1)" } }.joined(separator: "\n")
        return "```data aml\ntype: survival\ncsv: |\n  group,time,event\n\(csv)\n```\n"
    }

    @Test("hazard ratios and intervals", arguments: [
        ("aml.hr | ci", "0.40 (95% CI, 0.15-1.09)"), ("aml.hr | fixed(4)", "0.4003"), ("aml.hr.p | fixed(4)", "0.0737"),
        ("aml.logrank.hr | fixed(2)", "0.44"),
        ("aml.maintained.survival(20) | ci", "72% (95% CI, 35%-90%)"), ("aml.maintained.survival(20).low | percent(1)", "35.0%"),
        ("aml.nonmaintained.median | ci", "23.0 (95% CI, 5.0-33.0)"), ("aml.maintained.median.low", "13.0"),
    ])
    func values(_ expression: String, _ expected: String) {
        #expect(DocumentAnalysisTests.value(expression, Self.block()) == expected)
    }

    @Test func aLimitTheCurveNeverReachesIsUnavailableWithTheReason() throws {
        let analysis = DocumentAnalysisTests.analyze("{{ aml.maintained.median.high }}\n\n" + Self.block())
        let error = try #require(analysis.diagnostics.first)
        #expect(error.message.contains("not reached"))
    }

    @Test func beforeTheFirstEventThereIsNoInterval() throws {
        let analysis = DocumentAnalysisTests.analyze("{{ aml.maintained.survival(2).high }}\n\n" + Self.block())
        #expect(analysis.diagnostics.first?.message.contains("no confidence interval") == true)
    }

    @Test func onlyLowOrHighMayFollowACall() throws {
        let analysis = DocumentAnalysisTests.analyze("{{ aml.maintained.survival(20).median }}\n\n" + Self.block())
        #expect(analysis.diagnostics.first?.message == "only '.low' or '.high' may follow a call")
    }

    @Test func threeArmsHaveNoHazardRatioAndSayWhy() throws {
        let third = ("Other", [(4, 1), (9, 1), (20, 0)])
        let analysis = DocumentAnalysisTests.analyze("{{ aml.hr }}\n\n" + Self.block(arms: Self.rows + [third]))
        #expect(analysis.diagnostics.first?.message.contains("compares two arms") == true)
    }

    @Test func anArmWithoutEventsHasNoHazardRatioAndNoNaN() throws {
        let arms = [("A", [(3, 0), (5, 0), (8, 0)]), ("B", [(2, 1), (4, 1), (6, 0)])]
        let analysis = DocumentAnalysisTests.analyze("{{ aml.hr }}\n\n" + Self.block(arms: arms))
        let error = try #require(analysis.diagnostics.first)
        #expect(error.message.contains("cannot be computed"))
    }
}
