import Appraisal
import Testing

/// One expected fixed-decimal rendering.
struct StyleNumberCase: Sendable, CustomTestStringConvertible {
    var x: Double
    var decimals: Int
    var expected: String
    var testDescription: String { "\(x) with \(decimals) → \(expected)" }
    init(_ x: Double, _ decimals: Int, _ expected: String) {
        self.x = x
        self.decimals = decimals
        self.expected = expected
    }
}

@Suite("Numbers, fixed and ratios")
struct NumberStyleNumberTests {
    static let cases: [StyleNumberCase] = [
        .init(1.7, 1, "1.7"),
        .init(1.7, 0, "2"),
        .init(-1.25, 1, "\u{2212}1.3"),
        .init(-0.004, 2, "0.00"),
        .init(-0.0, 2, "0.00"),
        .init(-0.005, 2, "\u{2212}0.01"),
        .init(2.675, 2, "2.68"),
        .init(1.005, 2, "1.01"),
        .init(9.995, 2, "10.00"),
        .init(0.5, 0, "1"),
        .init(-0.5, 0, "\u{2212}1"),
        .init(2.5, 0, "3"),
        .init(0, 0, "0"),
        .init(0.07, 5, "0.07000"),
        .init(12345.678, 1, "12345.7"),
        .init(1e20, 0, "100000000000000000000"),
        .init(1e-30, 3, "0.000"),
        .init(-1e-30, 3, "0.000"),
        .init(3.7, -1, "4"),
        .init(0.1, 100, "0.100000000000000"),
        .init(.infinity, 2, "\u{221E}"),
        .init(-.infinity, 2, "\u{2212}\u{221E}"),
        .init(.nan, 2, "not computable"),
    ]

    @Test("rounds half away from zero on the decimal digits", arguments: cases)
    func number(_ row: StyleNumberCase) {
        for style in NumberStyle.allCases {
            #expect(style.number(row.x, decimals: row.decimals) == row.expected)
            #expect(style.fixed(row.x, decimals: row.decimals) == row.expected)
        }
    }

    @Test("prints ratios with 2 decimals", arguments: [
        (0.4285714, "0.43"), (1.0, "1.00"), (0.005, "0.01"), (12.345, "12.35"),
        (Double.infinity, "\u{221E}"), (Double.nan, "not computable"),
    ])
    func ratio(_ x: Double, _ expected: String) {
        for style in NumberStyle.allCases {
            #expect(style.ratio(x) == expected)
        }
    }

    @Test("has a default style and stable raw values")
    func styles() {
        #expect(NumberStyle.standard == .ama)
        #expect(NumberStyle.allCases.map(\.rawValue) == ["ama", "apa", "bmj"])
        #expect(NumberStyle(rawValue: "bmj") == .bmj)
    }
}
