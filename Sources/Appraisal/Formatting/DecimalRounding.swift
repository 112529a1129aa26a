/// Exact decimal rounding of `Double` values, done on the decimal digits a reader would write.
///
/// Binary floating point cannot hold most decimal fractions: the literal `0.045` is stored as
/// 0.04499999999999999833…, so `(0.045 * 100).rounded() / 100` gives 0.04. A report must print
/// what the author and reader think the value is, so this helper takes the *shortest decimal
/// digits that round-trip to the same `Double`* (exactly what Swift's `description` prints:
/// `0.045`), and rounds those digits half away from zero with string arithmetic. No binary
/// multiplication by powers of ten is ever done, so scaling (`× 100` for percentages) is exact.
enum DecimalRounding {
    /// A finite `Double` as sign, significant digits and power of ten:
    /// value = ±(digits read as an integer) × 10^exponent. Zero has no digits.
    struct Digits: Hashable, Sendable {
        /// Whether the value had a minus sign (also true for negative zero).
        var isNegative: Bool
        /// Significant decimal digits, most significant first, without leading or trailing zeros.
        var digits: [UInt8]
        /// The power of ten that multiplies the integer formed by `digits`.
        var exponent: Int

        /// Reads the shortest round-trip digits of `x`; nil for NaN and infinities.
        init?(_ x: Double) {
            guard x.isFinite else { return nil }
            // One pass over the ASCII bytes of `description` ("-1.25e-07"): digits before the
            // exponent, counting those after the point, then the exponent itself. Leading zeros
            // are not kept and trailing ones are dropped in place, so the array is the only one.
            var kept: [UInt8] = []
            kept.reserveCapacity(17)
            var negative = false
            var fractionCount = 0
            var inFraction = false
            var power = 0
            var exponentSign = 1
            var inExponent = false
            var exponentDigits = 0
            var isWellFormed = true
            // Read in place: iterating `description.utf8` paid an index check per byte.
            var text = x.description
            text.withUTF8 { bytes in
                for byte in bytes where isWellFormed {
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"):
                        if inExponent {
                            power = power * 10 + Int(byte &- UInt8(ascii: "0"))
                            exponentDigits += 1
                        } else {
                            if byte != UInt8(ascii: "0") || !kept.isEmpty { kept.append(byte &- UInt8(ascii: "0")) }
                            if inFraction { fractionCount += 1 }
                        }
                    case UInt8(ascii: "-"):
                        if inExponent { exponentSign = -1 } else { negative = true }
                    case UInt8(ascii: "+"):
                        isWellFormed = inExponent
                    case UInt8(ascii: "."):
                        inFraction = true
                    case UInt8(ascii: "e"), UInt8(ascii: "E"):
                        inExponent = true
                    default:
                        isWellFormed = false
                    }
                }
            }
            guard isWellFormed else { return nil }
            if inExponent, exponentDigits == 0 { return nil }
            power = power * exponentSign - fractionCount
            while kept.last == 0 {
                kept.removeLast()
                power += 1
            }
            isNegative = negative
            digits = kept
            exponent = kept.isEmpty ? 0 : power
        }
    }

    /// A value rounded to a fixed number of decimals, kept as the integer `scaled` = value × 10^decimals.
    struct Rounded: Hashable, Sendable {
        /// Whether the unrounded value was negative; ignored when the rounded value is zero.
        var isNegative: Bool
        /// Decimal digits of |value| × 10^decimals after rounding, most significant first.
        var scaled: [UInt8]
        /// Number of digits after the decimal point.
        var decimals: Int

        /// True when every digit is zero: such a value prints without a sign.
        var isZero: Bool { scaled.allSatisfy { $0 == 0 } }

        /// True when the digits after the decimal point are all zero.
        var isWhole: Bool { scaled.suffix(decimals).allSatisfy { $0 == 0 } }

        /// The digits before the decimal point, without leading zeros ("0" at least).
        var integerPart: String {
            let head = scaled.dropLast(decimals).drop(while: { $0 == 0 })
            return head.isEmpty ? "0" : DecimalRounding.text(head)
        }

        /// The digits after the decimal point, exactly `decimals` of them.
        var fractionPart: String { DecimalRounding.text(scaled.suffix(decimals)) }

        /// Prints the value with a real minus sign (U+2212) when negative and not zero.
        /// - Parameter leadingZero: false prints `.04` instead of `0.04` (AMA and APA P values).
        func text(leadingZero: Bool = true) -> String {
            let headCount = max(0, scaled.count - decimals)
            var headStart = 0
            while headStart < headCount, scaled[headStart] == 0 { headStart += 1 }
            let minus = isNegative && !isZero
            let headLength = headStart < headCount ? headCount - headStart : (leadingZero || decimals == 0 ? 1 : 0)
            let length = (minus ? 3 : 0) + headLength + (decimals > 0 ? scaled.count - headCount + 1 : 0)
            // Written straight into the string's storage: most numbers fit a small string, so
            // there is no allocation at all.
            return String(unsafeUninitializedCapacity: length) { buffer in
                var at = 0
                func put(_ byte: UInt8) {
                    buffer[at] = byte
                    at += 1
                }
                if minus { put(0xE2); put(0x88); put(0x92) }  // U+2212 MINUS SIGN
                if headStart < headCount {
                    for index in headStart..<headCount { put(scaled[index] &+ UInt8(ascii: "0")) }
                } else if headLength == 1 {
                    put(UInt8(ascii: "0"))
                }
                if decimals > 0 {
                    put(UInt8(ascii: "."))
                    for index in headCount..<scaled.count { put(scaled[index] &+ UInt8(ascii: "0")) }
                }
                return at
            }
        }

        /// The next whole number at or above the magnitude (a ceiling for non-negative values).
        var ceilingWhole: String {
            guard !isWhole else { return integerPart }
            let head = Array(scaled.dropLast(decimals))
            let bumped = DecimalRounding.increment(head.isEmpty ? [0] : head)
            return DecimalRounding.text(bumped.drop(while: { $0 == 0 }))
        }
    }

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
        // One array, sized first and rounded in place.
        var kept: [UInt8] = []
        kept.reserveCapacity(max(value.digits.count + max(scale, 0), places) + 2)
        if scale >= 0 {
            kept += value.digits
            if !value.digits.isEmpty { kept.append(contentsOf: repeatElement(0, count: scale)) }
        } else {
            let keepCount = value.digits.count + scale
            if keepCount >= 0 {
                kept += value.digits.prefix(keepCount)
                if value.digits[keepCount] >= 5 { incrementInPlace(&kept) }
            }
        }
        if kept.count < places + 1 {
            kept.insert(contentsOf: repeatElement(0, count: places + 1 - kept.count), at: 0)
        }
        return Rounded(isNegative: value.isNegative, scaled: kept, decimals: places)
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
