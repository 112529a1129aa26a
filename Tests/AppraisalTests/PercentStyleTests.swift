import Appraisal
import Testing

/// One expected percentage rendering.
struct StylePercentCase: Sendable, CustomTestStringConvertible {
    var fraction: Double
    var denominator: Int
    var expected: String
    var testDescription: String { "\(fraction) of \(denominator) → \(expected)" }
    init(_ fraction: Double, _ denominator: Int, _ expected: String) {
        self.fraction = fraction
        self.denominator = denominator
        self.expected = expected
    }
}

@Suite("Percentages")
struct PercentStyleTests {
    static let cases: [StylePercentCase] = [
        .init(7.0 / 8.0, 8, "88%"),
        .init(1.0 / 24.0, 24, "4%"),
        .init(0.375, 24, "38%"),
        .init(2.0 / 7.0, 7, "29%"),
        .init(0.375, 99, "38%"),
        .init(0.375, 100, "37.5%"),
        .init(0.375, 999, "37.5%"),
        .init(0.375, 1000, "37.50%"),
        .init(1.0 / 3.0, 99, "33%"),
        .init(1.0 / 3.0, 100, "33.3%"),
        .init(1.0 / 3.0, 999, "33.3%"),
        .init(1.0 / 3.0, 1000, "33.33%"),
        .init(0.145, 50, "15%"),
        .init(0.00125, 1000, "0.13%"),
        .init(0, 10, "0%"),
        .init(1, 10, "100%"),
        .init(-0.25, 40, "\u{2212}25%"),
        .init(-0.001, 50, "0%"),
        .init(0.5, 0, "50%"),
        .init(.nan, 10, "not computable"),
        .init(.infinity, 10, "\u{221E}%"),
    ]

    @Test("chooses decimals from the denominator", arguments: cases)
    func percent(_ row: StylePercentCase) {
        for style in NumberStyle.allCases {
            #expect(style.percent(row.fraction, denominator: row.denominator) == row.expected)
        }
    }

    @Test("decimals by denominator", arguments: [(-5, 0), (0, 0), (99, 0), (100, 1), (999, 1), (1000, 2), (1_000_000, 2)])
    func decimals(_ denominator: Int, _ expected: Int) {
        #expect(NumberStyle.ama.percentDecimals(denominator: denominator) == expected)
    }

    @Test("explicit decimals for the percent(n) filter", arguments: [
        (0.375, 2, "37.50%"), (0.12345, 1, "12.3%"), (0.0005, 1, "0.1%"),
        (0.875, 0, "88%"), (-.infinity, 1, "\u{2212}\u{221E}%"),
    ])
    func explicitDecimals(_ fraction: Double, _ decimals: Int, _ expected: String) {
        #expect(NumberStyle.apa.percent(fraction, decimals: decimals) == expected)
    }
}
