/// A cursor over UTF-8 bytes for the quoted-result grammar.
///
/// Every method reads a bounded number of bytes (spaces at most `maximumSpaces` units, numbers
/// at most `maximumDigits` digits), so one attempt at a result costs a constant and a scan of the
/// whole text stays linear.
struct ByteReader {
    /// The text.
    let bytes: [UInt8]
    /// The next byte to read.
    var index: Int

    /// The longest run of spaces read as one gap.
    static let maximumSpaces = 6
    /// The most digits a number may have on either side of its point.
    static let maximumDigits = 20

    /// The byte at `offset` from the cursor, or nil past the end.
    func peek(_ offset: Int = 0) -> UInt8? {
        let position = index + offset
        return position >= 0 && position < bytes.count ? bytes[position] : nil
    }

    /// Whether the byte is an ASCII letter.
    static func isLetter(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// Whether the byte is an ASCII digit.
    static func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= 48 && byte <= 57
    }

    /// The byte length of a space unit at the cursor (space, tab, newline, no-break, thin,
    /// hair, figure or narrow no-break space), or 0.
    func spaceLength() -> Int {
        switch peek() {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2 where peek(1) == 0xA0: return 2
        case 0xE2 where peek(1) == 0x80 && [0x87, 0x89, 0x8A, 0xAF].contains(peek(2) ?? 0): return 3
        default: return 0
        }
    }

    /// Skips up to `maximumSpaces` space units; returns how many were skipped.
    @discardableResult
    mutating func skipSpaces() -> Int {
        var count = 0
        while count < Self.maximumSpaces {
            let length = spaceLength()
            guard length > 0 else { break }
            index += length
            count += 1
        }
        return count
    }

    /// Consumes `literal` when the bytes at the cursor are exactly it.
    mutating func take(_ literal: String) -> Bool {
        var offset = 0
        for byte in literal.utf8 {
            guard peek(offset) == byte else { return false }
            offset += 1
        }
        index += offset
        return true
    }

    /// Consumes `literal` ignoring ASCII case, with single spaces in it matching any space unit.
    mutating func takeWords(_ literal: String) -> Bool {
        var reader = self
        for byte in literal.utf8 {
            if byte == 0x20 {
                guard reader.skipSpaces() > 0 else { return false }
            } else {
                guard let next = reader.peek(), next | 0x20 == byte | 0x20 else { return false }
                reader.index += 1
            }
        }
        guard !Self.isLetter(reader.peek()) else { return false }
        self = reader
        return true
    }

    /// Consumes one of the bytes in `choices`; returns it.
    mutating func take(oneOf choices: [UInt8]) -> UInt8? {
        guard let byte = peek(), choices.contains(byte) else { return nil }
        index += 1
        return byte
    }

    /// Reads a number: an optional sign (`-`, `+` or `−` when `signed`), digits, and a decimal
    /// point (`.` or `·`) with digits. A leading point is allowed (`.04`).
    mutating func number(signed: Bool) -> QuotedResult.Number? {
        var reader = self
        var negative = false
        if signed {
            if reader.take("-") || reader.take("\u{2212}") {
                negative = true
            } else {
                _ = reader.take("+")
            }
        }
        var text = negative ? "-" : ""
        let whole = reader.digits(into: &text)
        var decimals = 0
        var pointReader = reader
        if pointReader.take(".") || pointReader.take("\u{B7}") {
            var fraction = "."
            decimals = pointReader.digits(into: &fraction)
            if decimals > 0 {
                text += fraction
                reader = pointReader
            }
        }
        guard whole >= 0, decimals >= 0, whole + decimals > 0, !Self.isDigit(reader.peek()) else { return nil }
        if whole == 0 { text = text.replacingFirstPoint() }
        guard let value = Double(text) else { return nil }
        self = reader
        return QuotedResult.Number(value: value, decimals: decimals)
    }

    /// Appends up to `maximumDigits` digits to `text`; returns how many, or −1 when there are more.
    private mutating func digits(into text: inout String) -> Int {
        var count = 0
        while let byte = peek(), Self.isDigit(byte) {
            guard count < Self.maximumDigits else { return -1 }
            text.unicodeScalars.append(Unicode.Scalar(byte))
            index += 1
            count += 1
        }
        return count
    }
}

extension String {
    /// "-.5" as "-0.5" and ".5" as "0.5", which `Double(_:)` needs.
    fileprivate func replacingFirstPoint() -> String {
        if hasPrefix("-.") { return "-0." + dropFirst(2) }
        if hasPrefix(".") { return "0" + self }
        return self
    }
}
