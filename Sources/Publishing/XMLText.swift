import Markdown

/// Text escaped for XML content and attribute values, with characters XML 1.0 forbids removed.
enum XMLText {
    /// `text` with `& < > " '` as entities and control characters other than tab and line breaks
    /// (and U+FFFE, U+FFFF) dropped. One pass over the UTF-8 bytes; text with nothing to change is
    /// returned as it is.
    static func escape(_ text: String) -> String {
        text.utf8.withContiguousStorageIfAvailable { escape(text, bytes: $0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { escape(text, bytes: $0) }
    }

    /// `text`, whose UTF-8 is `bytes`, escaped.
    private static func escape(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard nextChange(in: bytes, from: 0) < bytes.count else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 32)
        append(escaping: bytes, to: &result)
        return String(assembledUTF8: result)
    }

    /// Appends the UTF-8 `bytes`, escaped, to `result`: for markup built as bytes.
    static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        var start = 0
        var index = nextChange(in: bytes, from: 0)
        while index < bytes.count {
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): ByteSearch.appendLiteral("&amp;", to: &result)
            case UInt8(ascii: "<"): ByteSearch.appendLiteral("&lt;", to: &result)
            case UInt8(ascii: ">"): ByteSearch.appendLiteral("&gt;", to: &result)
            case UInt8(ascii: "\""): ByteSearch.appendLiteral("&quot;", to: &result)
            case UInt8(ascii: "'"): ByteSearch.appendLiteral("&apos;", to: &result)
            case 0xEF: index += 2
            default: break
            }
            index += 1
            start = index
            index = nextChange(in: bytes, from: index)
        }
        if start < bytes.count { result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }

    /// The index of the first byte at or after `start` that is escaped or dropped; `bytes.count`
    /// when there is none.
    ///
    /// Each byte is looked up in `mayChange`, a table with one entry per byte value: every byte
    /// of every JATS text passes here, and testing the bit mask and 0xEF one after the other,
    /// with their branches, was 2% of a site build.
    private static func nextChange(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        return mayChange.withUnsafeBufferPointer { table in
            var index = start
            while index < bytes.count {
                if table[Int(base[index])], changes(bytes, at: index) { return index }
                index += 1
            }
            return index
        }
    }

    /// For each byte value, whether a byte of that value may be escaped or dropped: those of
    /// `changedBelow64`, and 0xEF, which may start U+FFFE or U+FFFF.
    private static let mayChange: [Bool] = (0...255).map { byte in
        byte < 64 ? changedBelow64 >> UInt64(byte) & 1 == 1 : byte == 0xEF
    }

    /// Whether the byte at `index` is escaped or dropped.
    private static func changes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 64 { return changedBelow64 >> byte & 1 == 1 }
        return byte == 0xEF && isNonCharacter(bytes, at: index)
    }

    /// One bit for each byte below 64 that is escaped or dropped: the controls other than tab,
    /// line feed and carriage return (bits 0-31 but 9, 10 and 13), and `"` (34), `&` (38), `'`
    /// (39), `<` (60) and `>` (62). Every byte of every JATS text is tested, so the test is a
    /// shift rather than a switch; a test checks the mask against that list.
    static let changedBelow64: UInt64 = 0x5000_00C4_FFFF_D9FF

    /// Whether U+FFFE or U+FFFF (EF BF BE, EF BF BF) starts at `index`.
    private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
    }
}
