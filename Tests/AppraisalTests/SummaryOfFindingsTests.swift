@testable import Appraisal
import Markdown
import Testing

/// Summary-of-findings blocks: rows from binary and meta-analysis blocks, GRADE's certainty
/// rule, the per-1,000 arithmetic, and every bad input located.
struct SummaryOfFindingsTests {
    static let mortality = """
        ```data mortality
        type: binary
        outcome: All-cause mortality
        arms:
          Steroids: 110/1000
          Placebo: 150/1000
        ```

        """

    @Test func readsARowFromABinaryBlock() throws {
        let structure = ReviewSamples.structure(Self.mortality + """
            ```summary-of-findings
            population: adults with severe pneumonia
            intervention: corticosteroids
            comparison: placebo
            outcomes:
              - block: mortality
                follow_up: 28 days
                certainty: moderate
                downgrade: {imprecision: serious — few events}
                comment: Probably fewer deaths.
            ```
            """)
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics)")
        let table = try #require(structure.summariesOfFindings.first)
        #expect(table.population == "adults with severe pneumonia" && table.intervention == "corticosteroids" && table.comparison == "placebo")
        #expect(table.position == SourcePosition(line: 12, column: 1))
        let row = try #require(table.outcomes.first)
        #expect(row.name == "All-cause mortality" && row.participants == 2000 && row.studies == 1)
        let relative = try #require(row.relative)
        #expect(relative.label == "RR" && abs(relative.value - 0.11 / 0.15) < 1e-12)
        let absolute = try #require(row.absolute)
        #expect(absolute.baseline == 0.15 && row.baselineSource == "the Placebo arm's risk")
        #expect(absolute.comparisonText == "150 per 1,000")
        #expect(AbsoluteEffect.perThousand(absolute.difference) == -40)
        #expect(row.certainty == .moderate && row.certaintyWritten && row.followUp == "28 days" && row.comment == "Probably fewer deaths.")
        #expect(row.downgrades == [GradeDowngrade(.imprecision, .serious, note: "few events")])
        #expect(row.downgrades[0].footnote == "Imprecision: serious (rated down one level); few events.")
    }

    @Test("certainty from the downgrades: high, −1 per serious, −2 per very serious, never below very low", arguments: [
        ([], GradeCertainty.high),
        ([GradeDowngrade(.imprecision, .serious)], .moderate),
        ([GradeDowngrade(.riskOfBias, .serious), GradeDowngrade(.inconsistency, .serious)], .low),
        ([GradeDowngrade(.indirectness, .verySerious)], .low),
        ([GradeDowngrade(.riskOfBias, .verySerious), GradeDowngrade(.imprecision, .serious)], .veryLow),
        ([GradeDowngrade(.riskOfBias, .verySerious), GradeDowngrade(.publicationBias, .verySerious)], .veryLow),
    ])
    func certaintyRule(downgrades: [GradeDowngrade], expected: GradeCertainty) {
        #expect(GradeCertainty.expected(from: downgrades) == expected)
    }

    @Test func certaintySymbolsAndWords() {
        #expect(GradeCertainty.allCases.map(\.symbols) == ["⊕◯◯◯", "⊕⊕◯◯", "⊕⊕⊕◯", "⊕⊕⊕⊕"])
        #expect(GradeCertainty(word: "Very low") == .veryLow && GradeCertainty(word: "very_low") == .veryLow && GradeCertainty(word: "lo") == nil)
        #expect(GradeCertainty.words == ["high", "moderate", "low", "very low"])
    }

    @Test("per 1,000 against hand-computed values", arguments: [
        // RR 0.49 (0.34 to 0.70) at 1%: 10 × (0.49 − 1) = −5.1, 10 × −0.66 = −6.6, 10 × −0.30 = −3.
        (AbsoluteEffect.riskRatio(baseline: 0.01, 0.49, low: 0.34, high: 0.70), "10 per 1,000", "5 fewer per 1,000 (from 7 fewer to 3 fewer)"),
        // OR 0.5 (0.25 to 1.0) at 20%: 0.1/0.9 = 0.111 → −88.9; 0.05/0.85 = 0.0588 → −141.2; OR 1 → 0.
        (AbsoluteEffect.oddsRatio(baseline: 0.2, 0.5, low: 0.25, high: 1.0), "200 per 1,000", "89 fewer per 1,000 (from 141 fewer to 0 more)"),
        // RD −0.03 (−0.05 to −0.01) is already absolute.
        (AbsoluteEffect.riskDifference(baseline: 0.1, -0.03, low: -0.05, high: -0.01), "100 per 1,000", "30 fewer per 1,000 (from 50 fewer to 10 fewer)"),
        // RR 3 (2 to 5) at 30%: 900 − 300 = 600; 600 − 300 = 300; 5 × 300 caps at 1,000 → 700.
        (AbsoluteEffect.riskRatio(baseline: 0.3, 3, low: 2, high: 5), "300 per 1,000", "600 more per 1,000 (from 300 more to 700 more)"),
        // RR 1.50 (0.86 to 2.62) at 1%: crosses no effect.
        (AbsoluteEffect.riskRatio(baseline: 0.01, 1.5, low: 0.86, high: 2.62), "10 per 1,000", "5 more per 1,000 (from 1 fewer to 16 more)"),
    ])
    func perThousand(effect: AbsoluteEffect, comparison: String, difference: String) {
        #expect(effect.comparisonText == comparison)
        #expect(effect.differenceText == difference)
    }

    @Test func largeNumbersAreGrouped() {
        #expect(AbsoluteEffect.grouped(1000) == "1,000" && AbsoluteEffect.grouped(357_347) == "357,347" && AbsoluteEffect.grouped(999) == "999")
        #expect(AbsoluteEffect.riskRatio(baseline: 0.999_9, 1, low: 1, high: 1).comparisonText == "1,000 per 1,000")
    }

    @Test func readsARowFromAMetaAnalysis() throws {
        let structure = ReviewSamples.structure("""
            ```summary-of-findings
            intervention: BCG vaccine
            comparison: no vaccine
            outcomes:
              - block: bcg
                certainty: low
                downgrade: {inconsistency: serious, risk_of_bias: serious}
              - block: bcg
                baseline: 0.01
                certainty: low
                downgrade: {inconsistency: serious, risk_of_bias: serious}
            ```
            """, extra: [ReviewSamples.pooled()])
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics)")
        let rows = try #require(structure.summariesOfFindings.first?.outcomes)
        #expect(rows.count == 2)
        #expect(rows[0].participants == 357_347 && rows[0].studies == 3 && rows[0].relative?.label == "RR" && rows[0].relative?.value == 0.49)
        // The control arms' pooled risk: (11 + 29 + 45) / (139 + 303 + 1541) = 85/1983.
        #expect(rows[0].absolute?.baseline == 85.0 / 1983 && rows[0].baselineSource == "the control arms' pooled risk (85/1983)")
        #expect(rows[0].absolute?.comparisonText == "43 per 1,000")
        #expect(rows[1].absolute?.differenceText == "5 fewer per 1,000 (from 7 fewer to 3 fewer)" && rows[1].baselineSource == "assumed")
        #expect(rows[0].downgrades.map(\.domain) == [.riskOfBias, .inconsistency], "in GRADE's order")
    }

    @Test func oddsRatiosAndRiskDifferencesFromMetaAnalyses() throws {
        let body = """
            ```summary-of-findings
            outcomes:
              - block: odds
                baseline: 0.2
              - block: differences
                baseline: 0.1
            ```
            """
        let structure = ReviewSamples.structure(body, extra: [
            ReviewSamples.pooled(id: "odds", measure: "or", random: (0.5, 0.25, 1.0)),
            ReviewSamples.pooled(id: "differences", measure: "rd", random: (-0.03, -0.05, -0.01)),
        ])
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics)")
        let rows = try #require(structure.summariesOfFindings.first?.outcomes)
        #expect(rows[0].relative?.label == "OR" && rows[0].absolute?.differenceText == "89 fewer per 1,000 (from 141 fewer to 0 more)")
        #expect(rows[1].relative == nil && rows[1].absolute?.differenceText == "30 fewer per 1,000 (from 50 fewer to 10 fewer)")
        #expect(rows.allSatisfy { $0.certainty == .high && !$0.certaintyWritten }, "no certainty written: what the downgrades give")
    }

    @Test func everyBadInputIsLocatedAndTheGoodRowsRemain() throws {
        let structure = ReviewSamples.structure(Self.mortality + """
            ```data strength
            type: continuous
            arms:
              IVIG: 6.7 ± 1.6 (n=24)
              Placebo: 7.9 ± 1.4 (n=18)
            ```

            ```summary-of-findings
            population: adults
            outcomes:
              - block: mortalty
              - block: strength
              - block: mortality
                certainty: moderat
              - block: mortality
                downgrade: {imprecison: serious, inconsistency: seriuos}
              - block: mortality
                certainty: high
                downgrade: {risk_of_bias: serious}
              - block: mortality
                baseline: 1.5
              - block: smd
              - certainty: low
            ```
            """, extra: [ReviewSamples.pooled(id: "smd", measure: "smd", random: (-0.3, -0.5, -0.1))])
        #expect(ReviewSamples.located(structure, prefix: "sof-") == [
            "22:12 sof-unknown-block", "23:12 sof-block-kind", "25:16 sof-certainty", "27:17 sof-downgrade-domain",
            "27:53 sof-downgrade-level", "29:16 sof-certainty-mismatch", "32:15 sof-baseline", "33:12 sof-block-kind", "34:5 sof-block",
        ])
        let byCode = Dictionary(structure.diagnostics.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byCode["sof-unknown-block"]?.hint == "did you mean 'mortality'?")
        #expect(byCode["sof-block-kind"]?.message == "data block 'strength' is a continuous block; a summary-of-findings outcome needs a binary or meta-analysis block")
        #expect(byCode["sof-certainty"]?.hint == "did you mean 'moderate'?")
        #expect(byCode["sof-downgrade-domain"]?.hint == "did you mean 'imprecision'?")
        #expect(byCode["sof-downgrade-level"]?.hint == "did you mean 'serious'?")
        let mismatch = try #require(byCode["sof-certainty-mismatch"])
        #expect(mismatch.severity == .warning && mismatch.message == "certainty 'high' does not agree with the downgrades, which give 'moderate'")
        #expect(mismatch.hint == "high −1 risk of bias = moderate; write certainty: moderate, or change the downgrades to match")
        #expect(structure.diagnostics.filter { $0.code.hasPrefix("sof-") }.allSatisfy { $0.file == "appraisals/r.md" && $0.hint != nil })
        #expect(structure.summariesOfFindings.first?.outcomes.count == 4, "the rows naming a usable block are kept")
    }

    @Test func aBlockWithoutOutcomesIsAnError() {
        let structure = ReviewSamples.structure("```summary-of-findings\npopulation: adults\n```\n")
        #expect(ReviewSamples.located(structure, prefix: "sof-") == ["5:1 sof-outcomes"])
        #expect(structure.summariesOfFindings.isEmpty)
    }
}
