import Markdown

/// The two spellings nearly every arm of a data block is written in, read from their bytes:
/// `18/201` and `54.9 ± 3.9 (n=201)`, in ASCII digits with spaces between the parts.
///
/// `CellSyntax` reads every spelling (`+/-`, tabs, exponents, `.5`, a full-width minus, ...) by
/// Characters, through splits, trims and replacements: 37,000 instructions for a mean ± SD, 1%
/// of a site build. Here a cell in the plain spelling costs a few hundred; any other text is nil,
/// and `CellSyntax` reads it as before. A test checks both readings agree on random cells.
enum PlainCell {
    /// `events/total`; nil when the text is not two runs of digits around a `/` (or a count
    /// does not fit an `Int`).
    static func fraction(_ text: String) -> (events: Int, total: Int)? {
        ByteSearch.withUTF8(of: text) { bytes in
            var cell = CellBytes(bytes)
            cell.skipSpaces()
            guard let events = cell.count() else { return nil }
            cell.skipSpaces()
            guard cell.take(UInt8(ascii: "/")) else { return nil }
            cell.skipSpaces()
            guard let total = cell.count() else { return nil }
            cell.skipSpaces()
            return cell.isAtEnd ? (events, total) : nil
        }
    }

    /// `mean ± sd` with an optional `(n=N)` last; nil when the text is spelled any other way.
    static func meanSD(_ text: String) -> (mean: ReportedNumber, sd: ReportedNumber, n: Int?)? {
        ByteSearch.withUTF8(of: text) { bytes in
            var cell = CellBytes(bytes)
            cell.skipSpaces()
            guard let mean = cell.decimal() else { return nil }
            cell.skipSpaces()
            // ± is C2 B1 in UTF-8.
            guard cell.take(0xC2), cell.take(0xB1) else { return nil }
            cell.skipSpaces()
            guard let sd = cell.decimal() else { return nil }
            cell.skipSpaces()
            guard cell.take(UInt8(ascii: "(")) else { return cell.isAtEnd ? (mean, sd, nil) : nil }
            cell.skipSpaces()
            guard cell.take(UInt8(ascii: "n")) || cell.take(UInt8(ascii: "N")) else { return nil }
            cell.skipSpaces()
            guard cell.take(UInt8(ascii: "=")) else { return nil }
            cell.skipSpaces()
            guard let n = cell.count() else { return nil }
            cell.skipSpaces()
            // Nothing may follow the parenthesis, not even a space: `CellSyntax` reads `(n=N)`
            // only when the text ends with it.
            guard cell.take(UInt8(ascii: ")")), cell.isAtEnd else { return nil }
            return (mean, sd, n)
        }
    }
}

/// A cursor over a cell's UTF-8 bytes.
private struct CellBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func skipSpaces() {
        while offset < bytes.count, bytes[offset] == 0x20 { offset += 1 }
    }

    /// Moves past `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// The end of the run of ASCII digits that starts at `start`.
    private func digitsEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, ByteReader.isDigit(bytes[end]) { end += 1 }
        return end
    }

    /// A run of digits as a whole number; nil when there is none or it does not fit an `Int`.
    mutating func count() -> Int? {
        let end = digitsEnd(from: offset)
        guard end > offset else { return nil }
        var value = 0
        for byte in bytes[offset..<end] {
            let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = scaled.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        offset = end
        return value
    }

    /// `-?digits(.digits)?` as the figure an author wrote; nil when the text is not that, or its
    /// value is not finite.
    mutating func decimal() -> ReportedNumber? {
        let start = offset
        var end = offset < bytes.count && bytes[offset] == UInt8(ascii: "-") ? offset + 1 : offset
        let integerEnd = digitsEnd(from: end)
        guard integerEnd > end else { return nil }
        end = integerEnd
        var decimals = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: "."), digitsEnd(from: end + 1) > end + 1 {
            let fractionEnd = digitsEnd(from: end + 1)
            decimals = fractionEnd - end - 1
            end = fractionEnd
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        offset = end
        return ReportedNumber(text: text, value: value, decimals: decimals, comparison: .equal)
    }
}
