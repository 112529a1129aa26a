import Appraisal
import Markdown
import Testing

/// `type: meta-analysis` blocks on metafor's BCG vaccine trials (`dat.bcg`).
struct MetaAnalysisBlockTests {
    static let bcgStudies = """
          Aronson 1948: 4/123 vs 11/139
          Ferguson & Simes 1949: 6/306 vs 29/303
          Rosenthal 1960: 3/231 vs 11/220
          Hart & Sutherland 1977: 62/13598 vs 248/12867
          Frimodt-Moller 1973: 33/5069 vs 47/5808
          Stein & Aronson 1953: 180/1541 vs 372/1451
          Vandiviere 1973: 8/2545 vs 10/629
          TPT Madras 1980: 505/88391 vs 499/88391
          Coetzee & Berjak 1968: 29/7499 vs 45/7277
          Rosenthal 1961: 17/1716 vs 65/1665
          Comstock 1974: 186/50634 vs 141/27338
          Comstock & Webster 1969: 5/2498 vs 3/2341
          Comstock 1976: 27/16913 vs 29/17854
        """

    static func bcg(_ extra: String = "") -> String {
        "```data bcg\ntype: meta-analysis\nmeasure: rr\n\(extra)studies:\n\(bcgStudies)\n```\n"
    }

    /// I² is DESIGN's (Q − df) / Q (Higgins and Thompson 2002, as RevMan prints it): 92.12%.
    /// metafor prints 92.22% for the REML fit because it derives I² from τ² instead.
    @Test("BCG: metafor's REML and Mantel-Haenszel results to their printed digits", arguments: [
        ("bcg.random | ci", "0.49 (95% CI, 0.34-0.70)"), ("bcg.random | fixed(4)", "0.4894"),
        ("bcg.fixed | fixed(4)", "0.6353"), ("bcg.i2 | fixed(2)", "92.12"), ("bcg.tau2 | fixed(4)", "0.3132"),
        ("bcg.q | fixed(2)", "152.23"), ("bcg.q.df", "12"), ("bcg.k", "13"), ("bcg.n", "357347"),
        ("bcg.aronson_1948.estimate | fixed(4)", "0.4109"), ("bcg.prediction | ci", "0.49 (95% PI, 0.13-1.78)"),
    ])
    func bcg(_ expression: String, _ expected: String) {
        #expect(DocumentAnalysisTests.value(expression, Self.bcg()) == expected)
    }

    @Test func dersimonianLairdAndHKSJAreOptions() {
        #expect(DocumentAnalysisTests.value("bcg.tau2 | fixed(4)", Self.bcg("tau2: dl\n")) == "0.3088")
        let hksj = DocumentAnalysisTests.analyze(Self.bcg("hksj: true\n"))
        #expect(hksj.results.first?["random.p"]?.method.contains("Hartung") == true)
    }

    @Test func aReportedPooledEstimateIsChecked() throws {
        let analysis = DocumentAnalysisTests.analyze(Self.bcg("reported: {random: 0.49, i2: 80}\n"))
        let checks = Dictionary(uniqueKeysWithValues: analysis.checks.map { ($0.label, $0.outcome) })
        #expect(checks["bcg.random"] == .consistent)
        #expect(checks["bcg.i2"] == .inconsistent)
    }

    @Test func aStudyWithNoEventsInEitherArmIsLeftOutWithANote() throws {
        let block = "```data m\ntype: meta-analysis\nstudies:\n  A: 0/10 vs 0/12\n  B: 3/20 vs 6/20\n  C: 4/30 vs 9/31\n```\n"
        let analysis = DocumentAnalysisTests.analyze("{{ m.k }}\n\n" + block)
        #expect(analysis.values[0]?.plainText == "2")
        #expect(analysis.diagnostics.map(\.code) == ["meta-study-excluded"])
        #expect(analysis.diagnostics.first?.position?.line == 11)
    }

    @Test func meansAndEstimatesPoolToo() {
        let means = "```data m\ntype: meta-analysis\nmeasure: md\nstudies:\n  A: 6.7 ± 1.6 (n=24) vs 7.9 ± 1.4 (n=18)\n  B: 5.1 ± 2.0 (n=30) vs 6.0 ± 2.2 (n=31)\n```\n"
        #expect(DocumentAnalysisTests.value("m.fixed | fixed(2)", means)?.hasPrefix("−") == true)
        let estimates = "```data e\ntype: meta-analysis\nstudies:\n  A: 0.62 (0.45 to 0.85)\n  B: 0.80 (0.60-1.07)\n  C: 0.71 [0.50, 1.01]\n```\n"
        #expect(DocumentAnalysisTests.value("e.k", estimates) == "3")
    }

    @Test("bad input is a located error with a hint", arguments: [
        ("studies:\n  A: 4/123 vs\n  B: 3/20 vs 6/20", "meta-study-syntax", 8),
        ("studies:\n  A: 14/12 vs 5/20\n  B: 3/20 vs 6/20", "meta-events-above-total", 8),
        ("studies:\n  A: 4/12 vs 5/20\n  A: 3/20 vs 6/20", "yaml-duplicate-key", 8),
        ("studies:\n  A: 4/12 vs 5/20", "data-block-arms", 8),
        ("measure: md\nstudies:\n  A: 4/12 vs 5/20\n  B: 3/20 vs 6/20", "meta-measure", 7),
        ("studies:\n  A: 4/12 vs 5/20\n  B: 0.62 (0.45 to 0.85)", "meta-mixed-data", 5),
        ("studies:\n  A: 0.62 (0.70 to 0.85)\n  B: 0.62 (0.45 to 0.85)", "meta-study-interval", 8),
        ("pooling: peto\nstudies:\n  A: 4/12 vs 5/20\n  B: 3/20 vs 6/20", "meta-pooling", 7),
    ])
    func badInput(_ yaml: String, _ code: String, _ line: Int) throws {
        let (blocks, diagnostics) = DataBlockTests.collect("```data d\ntype: meta-analysis\n\(yaml)\n```\n")
        #expect(blocks.isEmpty)
        let error = try #require(diagnostics.first { $0.severity == .error }, "\(diagnostics)")
        #expect(error.code == code)
        #expect(error.position?.line == line)
    }

    @Test func everyBadStudyLineIsReportedNotJustTheFirst() {
        let (_, diagnostics) = DataBlockTests.collect("```data d\ntype: meta-analysis\nstudies:\n  A: 4/x vs 5/20\n  B: 30/20 vs 6/20\n  C: 1/5 vs 2/5\n```\n")
        #expect(diagnostics.map(\.code) == ["meta-study-syntax", "meta-events-above-total"])
    }
}
