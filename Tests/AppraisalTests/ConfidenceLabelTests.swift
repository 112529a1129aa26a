@testable import Appraisal
import Testing

/// The label of a confidence interval: the level printed as a percentage, the common 95% taken
/// without printing it and agreeing with the printed form.
struct ConfidenceLabelTests {
    @Test(arguments: NumberStyle.allCases)
    func levelsPrintAsPercentages(_ style: NumberStyle) {
        #expect(style.confidenceLabel(level: 0.95) == "95% CI")
        #expect(style.confidenceLabel(level: 0.95) == DecimalRounding.trimmed(0.95, shift: 2, maxDecimals: 4).map { $0 + "% CI" })
        #expect(style.confidenceLabel(level: 0.95, name: "CrI") == "95% CrI")
        #expect(style.confidenceLabel(level: 0.9) == "90% CI")
        #expect(style.confidenceLabel(level: 0.995) == "99.5% CI")
        #expect(style.confidenceLabel(level: 1) == nil)
        #expect(style.confidenceLabel(level: .nan) == nil)
    }
}
