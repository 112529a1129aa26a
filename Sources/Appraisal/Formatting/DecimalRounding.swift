/// Exact decimal rounding of `Double` values, done on the decimal digits a reader would write.
///
/// Binary floating point cannot hold most decimal fractions: the literal `0.045` is stored as
/// 0.04499999999999999833…, so `(0.045 * 100).rounded() / 100` gives 0.04. A report must print
/// what the author and reader think the value is, so this helper takes the *shortest decimal
/// digits that round-trip to the same `Double`* (exactly what Swift's `description` prints:
/// `0.045`), and rounds those digits half away from zero with string arithmetic. No binary
/// multiplication by powers of ten is ever done, so scaling (`× 100` for percentages) is exact.
enum DecimalRounding {
    /// Rounds `x × 10^shift` to `decimals` places, half away from zero, on the decimal digits.
    /// Returns nil for NaN and infinities. `decimals` below zero is treated as zero.
    static func round(_ x: Double, decimals: Int, shift: Int = 0) -> Rounded? {
        guard let value = Digits(x) else { return nil }
        return round(value, decimals: decimals, shift: shift)
    }

    /// Rounds already-parsed digits; see `round(_:decimals:shift:)`.
    static func round(_ value: Digits, decimals: Int, shift: Int = 0) -> Rounded {
        let places = max(0, decimals)
        let scale = value.exponent + shift + places
        if let magnitude = roundedMagnitude(value, scale: scale) {
            return Rounded(isNegative: value.isNegative, magnitude: magnitude, decimals: places)
        }
        return Rounded(isNegative: value.isNegative, digits: roundedDigits(value.digits, scale: scale, places: places), decimals: places)
    }

    /// The significand × 10^scale rounded half away from zero to a whole number, when it fits
    /// 64 bits: nearly always, as a `Double`'s shortest digits are at most 17.
    private static func roundedMagnitude(_ value: Digits, scale: Int) -> UInt64? {
        guard value.count > 0 else { return 0 }
        if scale >= 0 {
            // Below 10^19, which is below UInt64.max.
            guard value.count + scale <= 19 else { return nil }
            return value.significand * powerOfTen(scale)
        }
        let dropped = -scale
        guard dropped <= value.count else { return 0 }
        let kept = value.significand / powerOfTen(dropped)
        let firstDropped = value.significand / powerOfTen(dropped - 1) % 10
        return firstDropped >= 5 ? kept + 1 : kept
    }

    /// 10^exponent, for exponents 0 through 19.
    static func powerOfTen(_ exponent: Int) -> UInt64 {
        var power: UInt64 = 1
        for _ in 0..<exponent { power &*= 10 }
        return power
    }

    /// `digits` × 10^scale rounded half away from zero to a whole number, as digits with at least
    /// `places` + 1 of them (zeros in front): the reading for any size, by digit arrays.
    static func roundedDigits(_ digits: [UInt8], scale: Int, places: Int) -> [UInt8] {
        // One array, sized first and rounded in place.
        var kept: [UInt8] = []
        kept.reserveCapacity(max(digits.count + max(scale, 0), places) + 2)
        if scale >= 0 {
            kept += digits
            if !digits.isEmpty { kept.append(contentsOf: repeatElement(0, count: scale)) }
        } else {
            let keepCount = digits.count + scale
            if keepCount >= 0 {
                kept += digits.prefix(keepCount)
                if digits[keepCount] >= 5 { incrementInPlace(&kept) }
            }
        }
        if kept.count < places + 1 {
            kept.insert(contentsOf: repeatElement(0, count: places + 1 - kept.count), at: 0)
        }
        return kept
    }

    /// Decimal digit values (0-9) as their ASCII text.
    static func text<Digits: Collection<UInt8>>(_ digits: Digits) -> String {
        String(decoding: digits.lazy.map { $0 &+ UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// Adds one to a big-endian decimal digit array, growing it on carry (`[9, 9]` → `[1, 0, 0]`).
    static func increment(_ digits: [UInt8]) -> [UInt8] {
        var result = digits
        incrementInPlace(&result)
        return result
    }

    /// `increment`, in place: no digits count as zero.
    private static func incrementInPlace(_ digits: inout [UInt8]) {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
    }

    /// The shortest decimal text of `x × 10^shift`, at most `maxDecimals` places, trailing zeros
    /// removed (0.95 with shift 2 → "95", 0.995 → "99.5"). Nil for NaN and infinities.
    static func trimmed(_ x: Double, shift: Int = 0, maxDecimals: Int = 6) -> String? {
        guard let rounded = round(x, decimals: maxDecimals, shift: shift) else { return nil }
        var fraction = rounded.fractionPart
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = rounded.isNegative && !rounded.isZero ? "\u{2212}" : ""
        return sign + rounded.integerPart + (fraction.isEmpty ? "" : "." + fraction)
    }
}
