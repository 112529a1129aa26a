extension DecimalRounding {
    /// A value rounded to a fixed number of decimals, kept as the whole number
    /// value × 10^decimals: in 64 bits when it fits (nearly always), as digits otherwise.
    struct Rounded: Hashable, Sendable {
        /// Whether the unrounded value was negative; ignored when the rounded value is zero.
        var isNegative: Bool
        /// |value| × 10^decimals, when `wideDigits` is nil.
        private var magnitude: UInt64
        /// The digits of |value| × 10^decimals when they do not fit 64 bits, at least
        /// `decimals` + 1 of them.
        private var wideDigits: [UInt8]?
        /// Number of digits after the decimal point.
        var decimals: Int

        /// A rounded value whose |value| × 10^decimals is `magnitude`.
        init(isNegative: Bool, magnitude: UInt64, decimals: Int) {
            self.isNegative = isNegative
            self.magnitude = magnitude
            wideDigits = nil
            self.decimals = decimals
        }

        /// A rounded value whose |value| × 10^decimals has the decimal `digits`, at least
        /// `decimals` + 1 of them.
        init(isNegative: Bool, digits: [UInt8], decimals: Int) {
            self.isNegative = isNegative
            magnitude = 0
            wideDigits = digits
            self.decimals = decimals
        }

        /// Decimal digits of |value| × 10^decimals, most significant first, at least
        /// `decimals` + 1 of them (zeros in front).
        var scaled: [UInt8] {
            withScaledDigits { Array($0) }
        }

        /// Calls `body` with the digits `scaled` holds, written on the stack when the value fits
        /// 64 bits.
        private func withScaledDigits<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            if let wideDigits { return wideDigits.withUnsafeBufferPointer(body) }
            var length = 1
            var rest = magnitude / 10
            while rest > 0 {
                length += 1
                rest /= 10
            }
            let count = max(length, decimals + 1)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
                var rest = magnitude
                for index in stride(from: count - 1, through: 0, by: -1) {
                    buffer[index] = UInt8(rest % 10)
                    rest /= 10
                }
                return body(UnsafeBufferPointer(buffer))
            }
        }

        /// True when every digit is zero: such a value prints without a sign.
        var isZero: Bool { wideDigits?.allSatisfy { $0 == 0 } ?? (magnitude == 0) }

        /// True when the digits after the decimal point are all zero.
        var isWhole: Bool { scaled.suffix(decimals).allSatisfy { $0 == 0 } }

        /// The digits before the decimal point, without leading zeros ("0" at least).
        var integerPart: String {
            let head = scaled.dropLast(decimals).drop(while: { $0 == 0 })
            return head.isEmpty ? "0" : DecimalRounding.text(head)
        }

        /// The digits after the decimal point, exactly `decimals` of them.
        var fractionPart: String { DecimalRounding.text(scaled.suffix(decimals)) }

        /// Whether this and `other` print the same digits, leading zeros aside.
        func hasSameDigits(as other: Rounded) -> Bool {
            if wideDigits == nil, other.wideDigits == nil { return magnitude == other.magnitude }
            return scaled.drop(while: { $0 == 0 }).elementsEqual(other.scaled.drop(while: { $0 == 0 }))
        }

        /// Prints the value with a real minus sign (U+2212) when negative and not zero.
        /// - Parameter leadingZero: false prints `.04` instead of `0.04` (AMA and APA P values).
        func text(leadingZero: Bool = true) -> String {
            let minus = isNegative && !isZero
            let decimals = decimals
            return withScaledDigits { scaled in
                let headCount = max(0, scaled.count - decimals)
                var headStart = 0
                while headStart < headCount, scaled[headStart] == 0 { headStart += 1 }
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
        }

        /// The next whole number at or above the magnitude (a ceiling for non-negative values).
        var ceilingWhole: String {
            guard !isWhole else { return integerPart }
            let head = Array(scaled.dropLast(decimals))
            let bumped = DecimalRounding.increment(head.isEmpty ? [0] : head)
            return DecimalRounding.text(bumped.drop(while: { $0 == 0 }))
        }
    }
}
