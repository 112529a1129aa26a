import Appraisal
import Statistics
import Testing

/// One expected NNT rendering in all three styles.
struct StyleNNTCase: Sendable, CustomTestStringConvertible {
    var nnt: NNTPresentation
    var ama: String
    var apa: String
    var bmj: String
    var testDescription: String { ama }
}

@Suite("Numbers needed to treat")
struct NNTStyleTests {
    @Test("rounds the point estimate up to a whole patient", arguments: [
        (1.7, true, "NNTB 2"), (1.0, true, "NNTB 1"), (2.0, false, "NNTH 2"),
        (9.2, false, "NNTH 10"), (10.000000000000002, true, "NNTB 10"), (1.0000001, true, "NNTB 2"),
        (99.01, true, "NNTB 100"), (1.0 / 0.0, true, "NNTB \u{221E}"),
        (Double.nan, true, "NNT not computable"), (0.0, true, "NNT not computable"),
        (-3.0, false, "NNT not computable"),
    ])
    func point(_ value: Double, _ isBenefit: Bool, _ expected: String) {
        for style in NumberStyle.allCases {
            #expect(style.nnt(value: value, isBenefit: isBenefit) == expected)
        }
    }

    static let cases: [StyleNNTCase] = [
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .bounded(low: 1.2, high: 4.6)),
                ama: "NNTB 2 (95% CI, 2-5)", apa: "NNTB 2, 95% CI [2, 5]", bmj: "NNTB 2 (95% CI 2 to 5)"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .bounded(low: 4.64, high: 1.23)),
                ama: "NNTB 2 (95% CI, 2-5)", apa: "NNTB 2, 95% CI [2, 5]", bmj: "NNTB 2 (95% CI 2 to 5)"),
        StyleNNTCase(nnt: .init(value: 3.1, direction: .benefit, interval: .bounded(low: 1.25, high: .infinity)),
                ama: "NNTB 4 (95% CI, 2 to \u{221E})", apa: "NNTB 4, 95% CI [2, \u{221E}]",
                bmj: "NNTB 4 (95% CI 2 to \u{221E})"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .crossesNoEffect(benefitLimit: 1.2, harmLimit: 9.5)),
                ama: "NNTB 2 (95% CI, NNTB 2 to \u{221E} to NNTH 10)",
                apa: "NNTB 2, 95% CI [NNTB 2 to \u{221E} to NNTH 10]",
                bmj: "NNTB 2 (95% CI NNTB 2 to \u{221E} to NNTH 10)"),
        StyleNNTCase(nnt: .init(value: 12.5, direction: .harm, interval: .crossesNoEffect(benefitLimit: 7.49, harmLimit: 3.04)),
                ama: "NNTH 13 (95% CI, NNTH 4 to \u{221E} to NNTB 8)",
                apa: "NNTH 13, 95% CI [NNTH 4 to \u{221E} to NNTB 8]",
                bmj: "NNTH 13 (95% CI NNTH 4 to \u{221E} to NNTB 8)"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .bounded(low: 1.2, high: 4.6), level: 0.9),
                ama: "NNTB 2 (90% CI, 2-5)", apa: "NNTB 2, 90% CI [2, 5]", bmj: "NNTB 2 (90% CI 2 to 5)"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit),
                ama: "NNTB 2", apa: "NNTB 2", bmj: "NNTB 2"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .bounded(low: .nan, high: 4.6)),
                ama: "NNTB 2 (95% CI not computable)", apa: "NNTB 2, 95% CI not computable",
                bmj: "NNTB 2 (95% CI not computable)"),
        StyleNNTCase(nnt: .init(value: 1.7, direction: .benefit, interval: .crossesNoEffect(benefitLimit: 1.2, harmLimit: -9.5)),
                ama: "NNTB 2 (95% CI not computable)", apa: "NNTB 2, 95% CI not computable",
                bmj: "NNTB 2 (95% CI not computable)"),
    ]

    @Test("prints the Altman interval in each style", arguments: cases)
    func withInterval(_ row: StyleNNTCase) {
        #expect(NumberStyle.ama.nnt(row.nnt) == row.ama)
        #expect(NumberStyle.apa.nnt(row.nnt) == row.apa)
        #expect(NumberStyle.bmj.nnt(row.nnt) == row.bmj)
    }

    /// One rule for the estimate and its limits: every figure is a whole patient, rounded up,
    /// so a limit is never printed with decimals the estimate lacks, and the printed limits
    /// still bracket the printed estimate.
    @Test("rounds the estimate and both limits up to whole patients", arguments: [
        (1.7, 1.2, 10.7, "2", "11"), (2.0, 1.0000000001, 2.0, "1", "2"), (3.01, 2.99, 3.02, "3", "4"),
    ])
    func oneRoundingRule(_ value: Double, _ low: Double, _ high: Double, _ lower: String, _ upper: String) throws {
        let nnt = NNTPresentation(value: value, direction: .benefit, interval: .bounded(low: low, high: high))
        let text = try #require(NumberStyle.bmj.nntInterval(nnt))
        #expect(text == "95% CI " + lower + " to " + upper)
        let point = try #require(Int(NumberStyle.bmj.nnt(value: value, isBenefit: true).dropFirst(5)))
        let limits = text.dropFirst(7).components(separatedBy: " to ").compactMap { Int($0) }
        #expect(limits.count == 2 && limits[0] <= point && point <= limits[1])
    }

    @Test("prints the interval alone for the ci filter")
    func intervalAlone() {
        let crossing = NNTPresentation(value: 10, direction: .benefit,
                                           interval: .crossesNoEffect(benefitLimit: 4, harmLimit: 20))
        #expect(NumberStyle.ama.nntInterval(crossing) == "95% CI, NNTB 4 to \u{221E} to NNTH 20")
        #expect(NumberStyle.ama.nntInterval(NNTPresentation(value: 10, direction: .harm)) == nil)
    }

    /// A benefit-oriented risk difference, its limits, and the AMA text it should give.
    @Test("maps a risk difference into NNT units", arguments: [
        (0.875 - 2.0 / 7.0, 0.18, 0.83, "NNTB 2 (95% CI, 2-6)"),
        (0.1, -0.05, 0.25, "NNTB 10 (95% CI, NNTB 4 to \u{221E} to NNTH 20)"),
        (-0.1, -0.25, 0.05, "NNTH 10 (95% CI, NNTH 4 to \u{221E} to NNTB 20)"),
        (-0.2, -0.3, -0.1, "NNTH 5 (95% CI, 4-10)"),
        (0.2, 0.0, 0.4, "NNTB 5 (95% CI, 3 to \u{221E})"),
        (0.0, -0.1, 0.1, "NNTB \u{221E} (95% CI, NNTB 10 to \u{221E} to NNTH 10)"),
    ])
    func fromRiskDifference(_ difference: Double, _ low: Double, _ high: Double, _ expected: String) {
        let estimate = Estimate(value: difference, interval: ConfidenceInterval(low: low, high: high), method: "test")
        let nnt = NNTPresentation(NumberNeededToTreat(riskDifference: estimate, eventIsDesirable: true))
        #expect(NumberStyle.ama.nnt(nnt) == expected)
    }
}
