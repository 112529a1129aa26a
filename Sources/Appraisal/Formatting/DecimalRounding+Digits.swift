extension DecimalRounding {
    /// A finite `Double` as sign, significant digits and power of ten:
    /// value = ±significand × 10^exponent. Zero has no digits.
    ///
    /// The digits are one integer, not an array: a `Double`'s shortest digits are at most 17,
    /// and an array for them was an allocation for each of the 60,000 numbers a site of a
    /// thousand pages prints.
    struct Digits: Hashable, Sendable {
        /// Whether the value had a minus sign (also true for negative zero).
        var isNegative: Bool
        /// The significant digits read as an integer, without trailing zeros; 0 for zero.
        var significand: UInt64
        /// How many digits `significand` has; 0 for zero.
        var count: Int
        /// The power of ten that multiplies `significand`.
        var exponent: Int

        /// Significant decimal digits, most significant first, without leading or trailing zeros.
        var digits: [UInt8] {
            var digits = [UInt8](repeating: 0, count: count)
            var rest = significand
            for index in digits.indices.reversed() {
                digits[index] = UInt8(rest % 10)
                rest /= 10
            }
            return digits
        }

        /// Reads the shortest round-trip digits of `x`; nil for NaN and infinities.
        init?(_ x: Double) {
            guard x.isFinite else { return nil }
            // One pass over the ASCII bytes of `description` ("-1.25e-07"): digits before the
            // exponent, counting those after the point, then the exponent itself. Zeros are
            // held back until a digit other than zero follows, so that trailing ones never
            // enter the significand and leading ones count for nothing.
            var significand: UInt64 = 0
            var count = 0
            var heldZeros = 0
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
                            continue
                        }
                        if inFraction { fractionCount += 1 }
                        if byte == UInt8(ascii: "0") {
                            if count > 0 { heldZeros += 1 }
                            continue
                        }
                        // More than 19 digits cannot be told by `description`; refuse rather
                        // than overflow.
                        guard count + heldZeros < 19 else {
                            isWellFormed = false
                            continue
                        }
                        while heldZeros > 0 {
                            significand *= 10
                            count += 1
                            heldZeros -= 1
                        }
                        significand = significand * 10 + UInt64(byte &- UInt8(ascii: "0"))
                        count += 1
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
            isNegative = negative
            self.significand = significand
            self.count = count
            // The zeros held back were trailing ones: each multiplies by ten.
            exponent = count == 0 ? 0 : power * exponentSign - fractionCount + heldZeros
        }
    }
}
