extension JSONWriter {
    /// Appends `value` in quotes to `bytes`, escaping `"`, `\` and control characters as
    /// Foundation does (and `<`, `>`, `&` with `escapingHTML`); the other bytes, `/` and non-ASCII
    /// included, as they are.
    public static func appendQuoted(_ value: String, to bytes: inout [UInt8], escapingHTML: Bool) {
        bytes.append(0x22)
        ByteSearch.withUTF8(of: value) { utf8 in
            var start = 0
            var index = nextEscape(in: utf8, from: 0, escapingHTML: escapingHTML)
            while index < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(utf8[index], to: &bytes)
                start = index + 1
                index = nextEscape(in: utf8, from: start, escapingHTML: escapingHTML)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(0x22)
    }

    /// The offset of the first byte at or after `start` that is escaped, or `utf8.count`; eight
    /// bytes are passed over at a time while none of them is (`ByteWords`), instead of asking of
    /// every byte. Without `escapingHTML` these are the bytes that end a plain run of a string
    /// for `JSONReader` too: a quote, a backslash or a control character.
    static func nextEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, escapingHTML: Bool) -> Int {
        ByteWords.firstOffset(in: utf8, from: start, wordMayMatch: { word in
            ByteWords.hasByte(below: 0x20, in: word) || ByteWords.has(0x22, in: word) || ByteWords.has(0x5C, in: word)
                || escapingHTML && (ByteWords.has(0x26, in: word) || ByteWords.has(0x3C, in: word) || ByteWords.has(0x3E, in: word))
        }, matches: { needsEscape($0, escapingHTML: escapingHTML) })
    }

    private static func needsEscape(_ byte: UInt8, escapingHTML: Bool) -> Bool {
        switch byte {
        case 0x00..<0x20, 0x22, 0x5C: true
        case 0x26, 0x3C, 0x3E: escapingHTML
        default: false
        }
    }

    /// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and `\u00XX` with lowercase hex digits for the
    /// other control characters (and for `<`, `>`, `&` when escaping HTML).
    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        let short: UInt8? = switch byte {
        case 0x22: 0x22
        case 0x5C: 0x5C
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        default: nil
        }
        bytes.append(0x5C)
        if let short {
            bytes.append(short)
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : UInt8(ascii: "a") + value - 10
    }
}
