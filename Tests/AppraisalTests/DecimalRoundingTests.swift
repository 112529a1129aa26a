@testable import Appraisal
import Testing

@Suite("Decimal rounding")
struct DecimalRoundingTests {
    @Test("reads the shortest round-trip digits", arguments: [
        (0.045, false, [4, 5] as [UInt8], -3),
        (1e-30, false, [1], -30),
        (-0.0, true, [], 0),
        (12345.0, false, [1, 2, 3, 4, 5], 0),
        (1e16, false, [1], 16),
        (-4.5e-5, true, [4, 5], -6),
        (1200.5, false, [1, 2, 0, 0, 5], -1),
    ])
    func digits(_ x: Double, _ negative: Bool, _ digits: [UInt8], _ exponent: Int) throws {
        let parsed = try #require(DecimalRounding.Digits(x))
        #expect(parsed.isNegative == negative)
        #expect(parsed.digits == digits)
        #expect(parsed.exponent == exponent)
    }

    @Test("has no digits for NaN and infinities", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(_ x: Double) {
        #expect(DecimalRounding.Digits(x) == nil)
        #expect(DecimalRounding.round(x, decimals: 2) == nil)
    }

    @Test("rounds half away from zero", arguments: [
        (0.045, 2, "0.05"), (0.0449999, 2, "0.04"), (0.0049999, 3, "0.005"), (0.0049999, 2, "0.00"),
        (999.5, 0, "1000"), (-2.5, 0, "\u{2212}3"), (Double.leastNonzeroMagnitude, 3, "0.000"), (0.00099, 3, "0.001"),
        (0.995, 2, "1.00"), (0.9999, 3, "1.000"), (123.456, 0, "123"), (-0.0, 1, "0.0"),
    ])
    func rounding(_ x: Double, _ decimals: Int, _ expected: String) throws {
        #expect(try #require(DecimalRounding.round(x, decimals: decimals)).text() == expected)
    }

    @Test("drops the leading zero on request")
    func leadingZero() throws {
        #expect(try #require(DecimalRounding.round(0.045, decimals: 2)).text(leadingZero: false) == ".05")
        #expect(try #require(DecimalRounding.round(1.045, decimals: 2)).text(leadingZero: false) == "1.05")
    }

    @Test("carries through nines", arguments: [
        ([9, 9] as [UInt8], [1, 0, 0] as [UInt8]), ([1, 9], [2, 0]), ([0], [1]), ([], [1]),
    ])
    func increment(_ digits: [UInt8], _ expected: [UInt8]) {
        #expect(DecimalRounding.increment(digits) == expected)
    }

    @Test("finds the whole number at or above", arguments: [
        (1.7, "2"), (2.0, "2"), (0.3, "1"), (9.0000000001, "9"), (9.000000002, "10"), (99.99, "100"),
    ])
    func ceiling(_ x: Double, _ expected: String) throws {
        #expect(try #require(DecimalRounding.round(x, decimals: 9)).ceilingWhole == expected)
    }

    @Test("scales by powers of ten exactly")
    func scaled() throws {
        #expect(try #require(DecimalRounding.round(0.145, decimals: 0, shift: 2)).text() == "15")
        #expect(DecimalRounding.trimmed(0.95, shift: 2) == "95")
        #expect(DecimalRounding.trimmed(0.995, shift: 2) == "99.5")
        #expect(DecimalRounding.trimmed(0.9, shift: 2) == "90")
    }

    @Test("keeps every digit of the largest Double")
    func largest() throws {
        let text = try #require(DecimalRounding.round(.greatestFiniteMagnitude, decimals: 0)).text()
        #expect(text.count == 309)
        #expect(text.hasPrefix("17976931348623157"))
    }
}
