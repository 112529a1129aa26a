import Appraisal
import Testing

/// One expected confidence interval rendering.
struct StyleIntervalCase: Sendable, CustomTestStringConvertible {
    var style: NumberStyle
    var low: Double
    var high: Double
    var decimals: Int
    var level: Double
    var expected: String
    var testDescription: String { "\(style.rawValue) [\(low), \(high)] → \(expected)" }
    init(_ style: NumberStyle, _ low: Double, _ high: Double, decimals: Int = 2, level: Double = 0.95, _ expected: String) {
        self.style = style
        self.low = low
        self.high = high
        self.decimals = decimals
        self.level = level
        self.expected = expected
    }
}

@Suite("Confidence intervals")
struct IntervalStyleTests {
    static let cases: [StyleIntervalCase] = [
        .init(.ama, 0.70, 0.87, "95% CI, 0.70-0.87"),
        .init(.ama, -0.12, 0.30, "95% CI, \u{2212}0.12 to 0.30"),
        .init(.ama, -0.3, -0.1, "95% CI, \u{2212}0.30 to \u{2212}0.10"),
        .init(.ama, 1.2, .infinity, "95% CI, 1.20 to \u{221E}"),
        .init(.ama, -.infinity, 0.5, "95% CI, \u{2212}\u{221E} to 0.50"),
        .init(.ama, -0.004, 0.3, "95% CI, 0.00-0.30"),
        .init(.ama, 0.045, 0.105, "95% CI, 0.05-0.11"),
        .init(.ama, 0.7, 0.87, level: 0.99, "99% CI, 0.70-0.87"),
        .init(.ama, 0.7, 0.87, decimals: 1, level: 0.9, "90% CI, 0.7-0.9"),
        .init(.ama, 0.7, 0.87, level: 0.995, "99.5% CI, 0.70-0.87"),
        .init(.ama, .nan, 0.87, "95% CI not computable"),
        .init(.ama, 0.7, 0.87, level: 95, "CI not computable"),
        .init(.apa, 0.70, 0.87, "95% CI [0.70, 0.87]"),
        .init(.apa, -0.12, 0.30, "95% CI [\u{2212}0.12, 0.30]"),
        .init(.apa, 1.2, .infinity, "95% CI [1.20, \u{221E}]"),
        .init(.apa, 0.7, .nan, "95% CI not computable"),
        .init(.bmj, 0.70, 0.87, "95% CI 0.70 to 0.87"),
        .init(.bmj, -0.12, 0.30, "95% CI \u{2212}0.12 to 0.30"),
        .init(.bmj, 0.5, .infinity, decimals: 1, "95% CI 0.5 to \u{221E}"),
        .init(.bmj, 2.345, 12.5, decimals: 0, "95% CI 2 to 13"),
        .init(.bmj, 0.7, 0.87, level: 1, "CI not computable"),
    ]

    @Test("formats every style's intervals", arguments: cases)
    func formats(_ row: StyleIntervalCase) {
        let text = row.style.interval(low: row.low, high: row.high, decimals: row.decimals, level: row.level)
        #expect(text.plainText == row.expected)
        #expect(text.segments.allSatisfy { !$0.isItalic })
    }

    @Test("never uses a hyphen-minus as a minus sign", arguments: NumberStyle.allCases)
    func realMinus(_ style: NumberStyle) {
        let text = style.interval(low: -1.5, high: -0.25, decimals: 2).plainText
        #expect(!text.contains("-"))
        #expect(text.filter { $0 == "\u{2212}" }.count == 2)
    }
}
