import Appraisal
import Markdown
import Testing

/// Data blocks computed, expressions evaluated in a style, reported figures checked.
struct DocumentAnalysisTests {
    static let improvement = """
        ```data improvement
        type: binary
        desirable: true
        arms:
          IVIG: 7/8
          Placebo: 2/7
        ```
        """

    static func analyze(_ body: String, style: String = "ama") -> DocumentAnalysis {
        let text = "---\ntitle: T\ndate: 2020-01-01\nstyle: \(style)\n---\n" + body + "\n"
        return DocumentAnalysis(AppraisalSource(file: SourceFile(displayPath: "x.md", text: text)), files: nil)
    }

    static func value(_ expression: String, _ blocks: String = improvement, style: String = "ama") -> String? {
        let analysis = analyze("{{ \(expression) }}\n\n" + blocks, style: style)
        #expect(analysis.diagnostics.filter { $0.severity == .error }.isEmpty, "\(analysis.diagnostics)")
        return analysis.values[0]?.plainText
    }

    @Test("binary statistics and filters", arguments: [
        ("improvement.ivig.events", "7"), ("improvement.IVIG.total", "8"), ("improvement.ivig.risk", "88%"),
        ("improvement.eer | percent(1)", "87.5%"), ("improvement.cer", "29%"), ("improvement.rd | ci", "59% (95% CI, 9%-82%)"),
        ("improvement.arr", "−59%"), ("improvement.rr", "3.06"), ("improvement.rr.low", "0.92"), ("improvement.or | fixed(1)", "17.5"),
        ("improvement.nnt", "NNTB 2"), ("improvement.nnt | fixed(1)", "1.7"), ("improvement.nnt | ci", "NNTB 2 (95% CI, 2-11)"),
        ("improvement.fisher.p", "P = .04"), ("improvement.chisq.df", "1"), ("improvement.yates.p | fixed(3)", "0.073"),
        ("improvement.nnt | ceil", "2"), ("improvement.rr | int", "3"), ("(improvement.eer - improvement.cer) * 100 | fixed(1)", "58.9"),
    ])
    func binary(_ expression: String, _ expected: String) {
        #expect(Self.value(expression) == expected)
    }

    @Test("P values in each style", arguments: [("ama", "P = .04"), ("apa", "p = .041"), ("bmj", "P = 0.04")])
    func styles(_ style: String, _ expected: String) {
        #expect(Self.value("improvement.fisher.p", style: style) == expected)
    }

    @Test func anNNTWhoseIntervalCrossesNoEffectPassesThroughInfinity() {
        let block = "```data small\ntype: binary\narms: {New: 3/10, Old: 5/10}\n```"
        // Newcombe limits from statsmodels: RD −0.526 to 0.202, so NNTB 1/0.526 and NNTH 1/0.202.
        #expect(Self.value("small.nnt | ci", block) == "NNTB 5 (95% CI, NNTB 2 to ∞ to NNTH 5)")
    }

    @Test func anUnknownNameIsALocatedErrorWithSuggestions() throws {
        let analysis = Self.analyze("Fisher gave {{ improvement.fisher.pp | p }}.\n\n" + Self.improvement)
        let error = try #require(analysis.diagnostics.first)
        #expect(error.headline == "x.md:6:16: error: unknown statistic 'fisher.pp' for binary block 'improvement'")
        #expect(error.hint == "did you mean 'improvement.fisher.p'?")
        #expect(error.length == "improvement.fisher.pp".utf8.count)
    }

    @Test func aStatisticThatCannotBeComputedSaysWhy() throws {
        let analysis = Self.analyze("{{ none.rr }}\n\n```data none\ntype: binary\narms: {A: 0/10, B: 0/12}\n```")
        let error = try #require(analysis.diagnostics.first)
        #expect(error.code == "value-unavailable")
        #expect(error.message.contains("no events in either arm") || error.message.contains("undefined"))
    }

    @Test func reportedFiguresAreChecked() throws {
        let analysis = Self.analyze("""
            ```data trial
            type: binary
            arms: {A: 10/40, B: 20/40}
            reported: {fisher.p: 0.06, rr: 0.5, nnt: 4, chisq.pp: 0.1}
            ```
            """)
        let outcomes = Dictionary(uniqueKeysWithValues: analysis.checks.map { ($0.label, $0.outcome) })
        #expect(outcomes["trial.rr"] == .consistent)
        #expect(outcomes["trial.nnt"] == .consistent)
        #expect(outcomes["trial.fisher.p"] == .decisionChanging, "Fisher's P is about .04, reported as .06")
        #expect(analysis.diagnostics.map(\.code).sorted() == ["p-decision-changing", "reported-unknown-statistic"])
        #expect(analysis.diagnostics.first { $0.code == "reported-unknown-statistic" }?.hint == "did you mean 'chisq.p' or 'chisq.df'?")
    }

    @Test func grimFindsImpossibleMeansOfWholeNumbers() {
        let analysis = Self.analyze("""
            ```data table1
            type: baseline
            groups: {A: 10, B: 12}
            rows:
              - {label: Pain score, values: [3.45 ± 1.2, 3.50 ± 1.1], integer: true}
            ```
            """)
        #expect(analysis.diagnostics.map(\.code) == ["grim-inconsistent"])
        #expect(analysis.diagnostics.first?.message == "'Pain score': a mean of 3.45 is impossible for 10 whole-number values (GRIM test)")
    }

    @Test func survivalAndContinuousNames() {
        let blocks = """
            ```data relapse
            type: survival
            csv: |
              group,time,event
              A,2,1
              A,4,1
              A,6,0
              B,1,1
              B,3,1
              B,5,1
            ```

            ```data scores
            type: continuous
            arms: {X: [1, 2, 3, 4], Y: [3, 4, 5, 6]}
            ```
            """
        #expect(Self.value("relapse.a.median", blocks) == "4.0")
        #expect(Self.value("relapse.a.survival(3)", blocks) == "67%")
        #expect(Self.value("relapse.logrank.df", blocks) == "1")
        #expect(Self.value("scores.x.median | fixed(1)", blocks) == "2.5")
        #expect(Self.value("scores.md | ci", blocks) == "−2.00 (95% CI, −4.23 to 0.23)")
        #expect(Self.value("scores.mw.u", blocks) == "2.00")
    }
}

extension DocumentAnalysisTests {
    @Test func quotedFactsAreKeptAsWrittenAndMarked() {
        let analysis = Self.analyze("CRP was {{ quote: 21.0 mg/L }} and the paper gave {{ quote:\n P < 0.018 }}.")
        #expect(analysis.diagnostics.isEmpty)
        #expect(analysis.values[0]?.plainText == "21.0 mg/L")
        #expect(analysis.values[1]?.plainText == "P < 0.018")
        #expect(analysis.quoted == [0, 1])
    }
}
