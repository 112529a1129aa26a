extension JSONReader {
    /// Reads a number written as a whole number (`-12`, not `-12.0` or `1e3`) that fits an `Int`.
    public mutating func readInt() throws(Failure) -> Int {
        let negative = nextToken() == UInt8(ascii: "-")
        if negative { offset += 1 }
        guard isDigit(current) else { throw failure("expected a whole number") }
        if current == UInt8(ascii: "0"), isDigit(offset + 1 < bytes.count ? bytes[offset + 1] : 0) {
            throw failure("a number with a leading zero")
        }
        // Gathered on the negative side, which reaches one further (Int.min).
        var value = 0
        while isDigit(current) {
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (next, underflowed) = shifted.subtractingReportingOverflow(Int(current - UInt8(ascii: "0")))
            guard !overflowed, !underflowed else { throw failure("a number too large for a whole number") }
            value = next
            offset += 1
        }
        switch current {
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw failure("expected a whole number")
        default: break
        }
        if negative { return value }
        guard value != .min else { throw failure("a number too large for a whole number") }
        return -value
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws(Failure) -> Bool {
        if try readLiteral("true") { return true }
        if try readLiteral("false") { return false }
        throw failure("expected true or false")
    }

    /// Reads `null` when it comes next (true), and otherwise reads nothing (false).
    public mutating func readNull() throws(Failure) -> Bool {
        try readLiteral("null")
    }

    /// Reads `literal` (`true`, `false` or `null`) when the next token starts with its first
    /// letter (true), failing when the rest differs; reads nothing otherwise (false).
    mutating func readLiteral(_ literal: StaticString) throws(Failure) -> Bool {
        let first = literal.withUTF8Buffer { $0[0] }
        guard nextToken() == first else { return false }
        let matches = literal.withUTF8Buffer { word in
            offset + word.count <= bytes.count && bytes[offset..<(offset + word.count)].elementsEqual(word)
        }
        guard matches else { throw failure("expected \(literal)") }
        offset += literal.utf8CodeUnitCount
        return true
    }

    /// Skips a number of any form JSON allows: `-`, digits (no leading zero), a fraction, an exponent.
    mutating func skipNumber() throws(Failure) {
        if current == UInt8(ascii: "-") { offset += 1 }
        guard isDigit(current) else { throw failure("expected a number") }
        if current == UInt8(ascii: "0") {
            offset += 1
            if isDigit(current) { throw failure("a number with a leading zero") }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard isDigit(current) else { throw failure("a number without digits after its point") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard isDigit(current) else { throw failure("a number without digits in its exponent") }
            skipDigits()
        }
    }

    private mutating func skipDigits() {
        while isDigit(current) { offset += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
