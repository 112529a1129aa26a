import Appraisal
import Markdown
import Testing

/// `type: diagnostic` blocks: a 2×2 table or result levels, read, computed and checked.
struct DiagnosticBlockTests {
    static let ddimer = """
        ```data ddimer
        type: diagnostic
        target: pulmonary embolism
        test: D-dimer ≥ 500 ng/mL
        reference: CT pulmonary angiography
        counts: {tp: 231, fp: 32, fn: 27, tn: 54}
        pretest: 0.30
        reported: {sensitivity: 0.90, specificity: 0.70}
        ```
        """

    /// The ferritin bands of Guyatt 1992 as reprinted in CEBM's teaching material.
    static let ferritin = """
        ```data ferritin
        type: diagnostic
        levels:
          - "≤ 15": 474 / 20
          - "15-34": 175 / 79
          - "35-64": 82 / 171
          - "65-94": 30 / 168
          - "≥ 95": 48 / 1332
        positive: 3
        ```
        """

    @Test("a 2×2 table's measures", arguments: [
        ("ddimer.tp", "231"), ("ddimer.sensitivity | ci", "89.5% (95% CI, 85.2%-92.7%)"), ("ddimer.specificity", "63%"),
        ("ddimer.ppv | percent(1)", "87.8%"), ("ddimer.npv | percent(1)", "66.7%"), ("ddimer.prevalence | percent(1)", "75.0%"),
        ("ddimer.lr_positive | ci", "2.41 (95% CI, 1.82-3.18)"), ("ddimer.lr_negative | ci", "0.17 (95% CI, 0.11-0.25)"),
        ("ddimer.dor", "14.44"), ("ddimer.youden", "0.52"), ("ddimer.pretest", "30%"),
        ("ddimer.posttest_positive | ci", "51% (95% CI, 44%-58%)"), ("ddimer.posttest_negative | percent(1)", "6.7%"),
    ])
    func twoByTwo(_ expression: String, _ expected: String) {
        #expect(DocumentAnalysisTests.value(expression, Self.ddimer) == expected)
    }

    @Test("levels: stratum LRs, post-test probabilities, the cut-off and the ROC area", arguments: [
        ("ferritin.level1.lr", "51.85"), ("ferritin.level2.lr", "4.85"), ("ferritin.level5.lr | fixed(3)", "0.079"),
        ("ferritin.level1.with", "474"), ("ferritin.tp", "731"), ("ferritin.tn", "1500"),
        ("ferritin.sensitivity", "90.4%"), ("ferritin.specificity | percent(0)", "85%"),
        ("ferritin.pretest | percent(1)", "31.4%"), ("ferritin.auc | fixed(3)", "0.934"),
    ])
    func levels(_ expression: String, _ expected: String) {
        #expect(DocumentAnalysisTests.value(expression, Self.ferritin) == expected)
    }

    @Test func aLevelIsAlsoNamedByItsLabel() {
        let block = """
            ```data scan
            type: diagnostic
            levels:
              - High probability: 102 / 14
              - Intermediate: 105 / 217
              - Low: 39 / 273
            ```
            """
        #expect(DocumentAnalysisTests.value("scan.high_probability.lr", block) == DocumentAnalysisTests.value("scan.level1.lr", block))
        #expect(DocumentAnalysisTests.value("scan.low.lr | fixed(2)", block) == "0.29")
    }

    @Test func aReportedSensitivityThatDisagreesIsFoundAtItsLine() throws {
        let analysis = DocumentAnalysisTests.analyze(Self.ddimer)
        let finding = try #require(analysis.diagnostics.first { $0.code == "value-inconsistent" })
        #expect(finding.message.contains("ddimer.specificity") && finding.message.contains("reported 0.70"))
        #expect(finding.position?.line == 13)
        #expect(analysis.checks.first { $0.label == "ddimer.sensitivity" }?.outcome == .consistent)
    }

    @Test func aZeroCellIsCorrectedAndSaysSoNeverNaN() throws {
        let analysis = DocumentAnalysisTests.analyze("{{ z.lr_positive }} {{ z.dor }}\n\n```data z\ntype: diagnostic\ncounts: {tp: 20, fp: 0, fn: 5, tn: 30}\n```\n")
        #expect(analysis.diagnostics.map(\.code) == ["diagnostic-zero-cell"])
        #expect(analysis.diagnostics.first?.severity == .note)
        #expect(analysis.values[0]?.plainText == "48.88")
        let ratio = try #require(analysis.results.first?["lr_positive"])
        #expect(ratio.adjustments == ["0.5 added to every cell because a cell is zero"])
        #expect(ratio.quantity.value.isFinite && ratio.quantity.interval?.high.isFinite == true)
    }

    @Test("bad input is a located error with a hint", arguments: [
        ("counts: {tp: 1, fp: 2, fn: 3}", "diagnostic-cell-missing", 7),
        ("counts: {tp: 1, fp: -2, fn: 3, tn: 4}", "diagnostic-cell", 7),
        ("counts: {tp: 1, fp: 2.5, fn: 3, tn: 4}", "diagnostic-cell", 7),
        ("counts: {tp: 0, fp: 2, fn: 0, tn: 4}", "diagnostic-no-condition", 5),
        ("counts: {tp: 1, fp: 2, fn: 3, tn: 4}\npretest: 1.2", "diagnostic-pretest-range", 8),
        ("counts: {tp: 1, fp: 2, fn: 3, tn: 4}\npretest: 0", "diagnostic-pretest-range", 8),
        ("levels:\n  - a: 1 / 2\n  - b: 0 / 0", "diagnostic-level-empty", 9),
        ("levels:\n  - a: 1 / 2\n  - b: 3", "diagnostic-level-syntax", 9),
        ("levels:\n  - a: 1 / 2", "diagnostic-levels", 8),
        ("levels:\n  - a: 1 / 2\n  - b: 3 / 4\npositive: 2", "diagnostic-positive", 10),
        ("target: x", "diagnostic-source", 5),
    ])
    func badInput(_ yaml: String, _ code: String, _ line: Int) throws {
        let (blocks, diagnostics) = DataBlockTests.collect("```data d\ntype: diagnostic\n\(yaml)\n```\n")
        #expect(blocks.isEmpty)
        let error = try #require(diagnostics.first { $0.severity == .error }, "\(diagnostics)")
        #expect(error.code == code)
        #expect(error.position?.line == line)
        #expect(error.hint != nil)
    }
}
