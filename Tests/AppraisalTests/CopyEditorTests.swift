import Appraisal
import Testing

/// Numbers a copy editor would pass: no P of 0.000 or 1.000, the P values a block has suggested,
/// one spelling of every verdict, and a word when a figure looks truncated rather than rounded.
struct CopyEditorTests {
    @Test("a recomputed P never prints as 0 or 1", arguments: [
        (0.00004, 3, "< 0.001"), (0.0004, 4, "0.0004"), (0.99996, 3, "> 0.999"), (0.0412, 3, "0.041"), (0.0000001, 5, "< 0.00001"),
    ])
    func pFigure(_ p: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberStyle.ama.pFigure(p, decimals: decimals) == expected)
    }

    @Test func aReportedPThatRoundsToZeroIsShownAsBelowTheFloor() throws {
        let block = "```data b\ntype: binary\narms:\n  A: 1/100\n  B: 60/100\nreported: {fisher.p: 0.01}\n```\n"
        let analysis = DocumentAnalysisTests.analyze(block)
        let check = try #require(analysis.checks.first)
        #expect(check.recomputedText == "< 0.001")
        #expect(analysis.diagnostics.first?.message.contains("recomputed < 0.001") == true)
    }

    @Test func aReportedPSuggestsThePValuesTheBlockHas() throws {
        let analysis = DocumentAnalysisTests.analyze("```data b\ntype: binary\narms:\n  A: 7/8\n  B: 2/7\nreported: {p: 0.04}\n```\n")
        let error = try #require(analysis.diagnostics.first { $0.code == "reported-unknown-statistic" })
        #expect(error.hint == "did you mean 'fisher.p', 'chisq.p' or 'yates.p'?")
    }

    @Test func aTruncatedFigureIsFlaggedAndSaysSo() throws {
        let block = "```data b\ntype: binary\narms:\n  A: 13/40\n  B: 21/40\nreported: {rr: 0.61}\n```\n"
        let analysis = DocumentAnalysisTests.analyze(block)
        let finding = try #require(analysis.diagnostics.first)
        #expect(finding.code == "value-inconsistent")
        #expect(finding.message.hasSuffix("; it matches if the authors truncated instead of rounding"), "\(finding.message)")
    }

    @Test func verdictsAreSpelledOneWay() {
        #expect(VerificationCheck.Outcome.decisionChanging.label == "decision-changing")
        #expect(VerificationCheck.Outcome.notVerifiable.label == "not verifiable")
    }
}

/// Readers see statistics in words, not the names authors write.
struct StatisticWordsTests {
    @Test("labels in words", arguments: [
        ("improvement.nnt", "Number needed to treat (improvement)"), ("improvement.rr.low", "Relative risk, lower limit (improvement)"),
        ("strength.t.p", "Student's t-test, P (strength)"), ("trial.ivig.risk", "ivig: risk (trial)"),
        ("MRC at diagnosis [0-10]: P", "MRC at diagnosis [0-10]: P"), ("b.unknown_thing", "unknown_thing (b)"),
    ])
    func readable(_ label: String, _ expected: String) {
        #expect(StatisticWords.readable(label) == expected)
    }
}

/// An estimate with its interval inside parentheses does not open a second pair.
struct EnclosedIntervalTests {
    @Test("each style's rule", arguments: [
        ("ama", "IVIG (risk {{ improvement.ivig.risk | ci }}) and {{ improvement.ivig.risk | ci }}", ["88%; 95% CI, 53%-98%", "88% (95% CI, 53%-98%)"]),
        ("bmj", "IVIG ({{ improvement.ivig.risk | ci }})", ["88%; 95% CI 53% to 98%"]),
        ("apa", "IVIG ({{ improvement.ivig.risk | ci }})", ["88%, 95% CI [53%, 98%]"]),
        ("ama", "closed (here) then {{ improvement.nnt | ci }}", ["NNTB 2 (95% CI, 2-11)"]),
        ("ama", "({{ improvement.nnt | ci }})", ["NNTB 2; 95% CI, 2-11"]),
    ])
    func enclosed(_ style: String, _ prose: String, _ expected: [String]) {
        let analysis = DocumentAnalysisTests.analyze(prose + "\n\n" + DocumentAnalysisTests.improvement, style: style)
        #expect(analysis.values.keys.sorted().map { analysis.values[$0]?.plainText ?? "" } == expected)
    }
}

/// A mistake inside a data block is printed before the expressions that cannot use the block.
struct CascadeOrderTests {
    @Test func theRealErrorComesFirst() {
        let analysis = DocumentAnalysisTests.analyze("The NNT was {{ t.nnt }} and the RR {{ t.rr }}.\n\n```data t\ntype: binary\narms:\n  A: 9/7\n  B: 2/7\n```\n")
        let codes = analysis.diagnostics.sortedForDisplay().map(\.code)
        #expect(codes.first == "binary-events-above-total")
        #expect(codes.count == 3)
    }
}
