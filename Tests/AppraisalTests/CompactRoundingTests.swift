@testable import Appraisal
import Testing
import TestRandom

/// The digits of a `Double` kept as one integer, and values rounded in 64 bits, print what the
/// digit-array reading prints, on random values of every size.
struct CompactRoundingTests {
    /// Random finite values: any bit pattern, decimal fractions of a few digits (where halves
    /// meet the rounding), whole numbers, and values near the 64-bit edge.
    private func values(_ count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        var values: [Double] = [0, -0.0, 0.045, 0.5, 2.5, -2.5, 9.995, 1e16, 1e19, 1.8446744073709552e19, 9.999999999999999e18,
                                .greatestFiniteMagnitude, .leastNonzeroMagnitude, .leastNormalMagnitude, 123456789012345680]
        while values.count < count {
            let bits = random.next()
            let value: Double
            switch bits % 4 {
            case 0: value = Double(bitPattern: random.next())
            case 1:
                var power = 1.0
                for _ in 0..<Int(random.next() % 8) { power *= 10 }
                value = Double(Int64(bitPattern: random.next()) % 2_000_001) / power
            case 2: value = Double(Int64(bitPattern: random.next()) >> Int(random.next() % 63))
            default: value = Double(random.next() % 10_000) * Double(sign: .plus, exponent: Int(random.next() % 140) - 70, significand: 1)
            }
            if value.isFinite { values.append(value) }
        }
        return values
    }

    /// The digits and exponent read from `description` by Characters.
    private func referenceDigits(_ x: Double) -> (negative: Bool, digits: [UInt8], exponent: Int) {
        var text = x.description
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: "e")
        let mantissa = String(parts[0])
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        if pieces.count > 1 { exponent -= pieces[1].count }
        var digits = mantissa.filter(\.isNumber).map { UInt8(String($0))! }
        while digits.first == 0 { digits.removeFirst() }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        return (negative, digits, digits.isEmpty ? 0 : exponent)
    }

    @Test func digitsAreThoseOfTheDescription() throws {
        for x in values(20_000, seed: 71) {
            let digits = try #require(DecimalRounding.Digits(x))
            let reference = referenceDigits(x)
            #expect(digits.isNegative == reference.negative && digits.digits == reference.digits && digits.exponent == reference.exponent,
                    "\(x)")
            #expect(digits.count == reference.digits.count)
        }
    }

    @Test func roundingIn64BitsPrintsWhatDigitArraysPrint() throws {
        var random = SplitMix64(seed: 72)
        var compact = 0
        for x in values(20_000, seed: 73) {
            let digits = try #require(DecimalRounding.Digits(x))
            let decimals = Int(random.next() % 21), shift = Int(random.next() % 4)
            let rounded = DecimalRounding.round(digits, decimals: decimals, shift: shift)
            let wide = DecimalRounding.Rounded(
                isNegative: digits.isNegative,
                digits: DecimalRounding.roundedDigits(digits.digits, scale: digits.exponent + shift + decimals, places: decimals),
                decimals: decimals)
            if rounded != wide { compact += 1 }
            #expect(rounded.scaled == wide.scaled, "\(x) \(decimals) \(shift)")
            #expect(rounded.text() == wide.text() && rounded.text(leadingZero: false) == wide.text(leadingZero: false), "\(x) \(decimals) \(shift)")
            #expect(rounded.isZero == wide.isZero && rounded.isWhole == wide.isWhole)
            #expect(rounded.integerPart == wide.integerPart && rounded.fractionPart == wide.fractionPart && rounded.ceilingWhole == wide.ceilingWhole)
            #expect(rounded.hasSameDigits(as: wide) && wide.hasSameDigits(as: rounded))
        }
        // Most values were rounded in 64 bits, so the comparison says something.
        #expect(compact > 10_000)
    }
}
