import Appraisal
import Testing

/// One expected P value rendering.
struct StylePValueCase: Sendable, CustomTestStringConvertible {
    var style: NumberStyle
    var p: Double
    var expected: String
    var testDescription: String { "\(style.rawValue) \(p) → \(expected)" }
    init(_ style: NumberStyle, _ p: Double, _ expected: String) {
        self.style = style
        self.p = p
        self.expected = expected
    }
}

@Suite("P values")
struct PValueStyleTests {
    static let cases: [StylePValueCase] = [
        // AMA: 2 decimals, 3 below .01, < .001, > .99, no leading zero.
        .init(.ama, 0.04, "P = .04"),
        .init(.ama, 0.041, "P = .04"),
        .init(.ama, 0.045, "P = .05"),
        .init(.ama, 0.0449999, "P = .04"),
        .init(.ama, 0.015, "P = .02"),
        .init(.ama, 0.105, "P = .11"),
        .init(.ama, 0.5, "P = .50"),
        .init(.ama, 0.01, "P = .01"),
        .init(.ama, 0.004, "P = .004"),
        .init(.ama, 0.0045, "P = .005"),
        .init(.ama, 0.0049999, "P = .005"),
        .init(.ama, 0.0094, "P = .009"),
        .init(.ama, 0.0095, "P = .01"),
        .init(.ama, 0.00999, "P = .01"),
        .init(.ama, 0.001, "P = .001"),
        .init(.ama, 0.00099, "P < .001"),
        .init(.ama, 0.0009995, "P < .001"),
        .init(.ama, 0.0, "P < .001"),
        .init(.ama, -0.0, "P < .001"),
        .init(.ama, 1e-30, "P < .001"),
        .init(.ama, -1e-12, "P < .001"),
        .init(.ama, 0.99, "P = .99"),
        .init(.ama, 0.9949, "P > .99"),
        .init(.ama, 0.995, "P > .99"),
        .init(.ama, 0.9999, "P > .99"),
        .init(.ama, 1.0, "P > .99"),
        .init(.ama, 1.0000000000000002, "P > .99"),
        .init(.ama, 1.5, "P not computable"),
        .init(.ama, -0.1, "P not computable"),
        .init(.ama, .nan, "P not computable"),
        .init(.ama, .infinity, "P not computable"),
        .init(.ama, -.infinity, "P not computable"),
        // APA: always 3 decimals, no leading zero, < .001, > .999.
        .init(.apa, 0.041, "p = .041"),
        .init(.apa, 0.04, "p = .040"),
        .init(.apa, 0.0405, "p = .041"),
        .init(.apa, 0.5, "p = .500"),
        .init(.apa, 0.0095, "p = .010"),
        .init(.apa, 0.0049999, "p = .005"),
        .init(.apa, 0.001, "p = .001"),
        .init(.apa, 0.00099, "p < .001"),
        .init(.apa, 0.0, "p < .001"),
        .init(.apa, 1e-30, "p < .001"),
        .init(.apa, 0.999, "p = .999"),
        .init(.apa, 0.995, "p = .995"),
        .init(.apa, 0.9995, "p > .999"),
        .init(.apa, 0.9999, "p > .999"),
        .init(.apa, 1.0, "p > .999"),
        .init(.apa, .nan, "p not computable"),
        // BMJ: like AMA with a leading zero and an upright P.
        .init(.bmj, 0.04, "P = 0.04"),
        .init(.bmj, 0.045, "P = 0.05"),
        .init(.bmj, 0.2, "P = 0.20"),
        .init(.bmj, 0.004, "P = 0.004"),
        .init(.bmj, 0.0095, "P = 0.01"),
        .init(.bmj, 0.00099, "P < 0.001"),
        .init(.bmj, 0.0, "P < 0.001"),
        .init(.bmj, 0.995, "P > 0.99"),
        .init(.bmj, 1.0, "P > 0.99"),
        .init(.bmj, -.infinity, "P not computable"),
    ]

    @Test("formats every style's P values", arguments: cases)
    func formats(_ row: StylePValueCase) {
        #expect(row.style.pValue(row.p).plainText == row.expected)
    }

    @Test("labels the P in italics for AMA and APA only")
    func labelTreatment() {
        #expect(NumberStyle.ama.pValue(0.04).segments == [.italic("P"), .plain(" = .04")])
        #expect(NumberStyle.apa.pValue(0.041).segments == [.italic("p"), .plain(" = .041")])
        #expect(NumberStyle.bmj.pValue(0.04).segments == [.plain("P = 0.04")])
        #expect(NumberStyle.ama.pValue(.nan).segments == [.italic("P"), .plain(" not computable")])
    }

    @Test("never prints a P value of 0 or 1", arguments: NumberStyle.allCases)
    func neverZeroOrOne(_ style: NumberStyle) {
        for step in 0...10_000 {
            let text = style.pValue(Double(step) / 10_000).plainText
            let digits = text.split(separator: " ").last.map(String.init) ?? ""
            let value = Double(digits.hasPrefix(".") ? "0" + digits : digits) ?? -1
            #expect(value > 0 && value < 1, "\(style) \(step) printed \(text)")
        }
    }
}
