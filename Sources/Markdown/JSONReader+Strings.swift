extension JSONReader {
    /// Reads a string, undoing its escapes: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and
    /// `\uXXXX` (a surrogate pair for a character beyond the Basic Multilingual Plane). Raw control
    /// characters, other escapes, unpaired surrogates and bytes that are not UTF-8 are failures.
    public mutating func readString() throws(Failure) -> String {
        let start = try scanString()
        switch current {
        case UInt8(ascii: "\""):
            let text = try text(of: bytes[start.index..<offset], ascii: start.ascii)
            offset += 1
            return text
        case UInt8(ascii: "\\"):
            return try readEscapedString(from: start.index)
        default:
            throw failure(offset < bytes.count ? "a control character in a string" : "a string without its closing quote")
        }
    }

    /// Reads an object member's key, checking it as `readString` does: a key without escapes is
    /// handed on as the bytes it is in the document, with no string made of it.
    mutating func readKey() throws(Failure) -> Key {
        let start = try scanString()
        guard current == UInt8(ascii: "\""), start.ascii || JSONReader.isValidUTF8(bytes[start.index..<offset]) else {
            return Key(utf8: ArraySlice(try readString(from: start.index).utf8))
        }
        let key = Key(utf8: bytes[start.index..<offset])
        offset += 1
        return key
    }

    /// Reads a string and throws it away, checking it as `readString` does.
    mutating func skipString() throws(Failure) {
        let start = try scanString()
        if current == UInt8(ascii: "\""), start.ascii || JSONReader.isValidUTF8(bytes[start.index..<offset]) {
            offset += 1
        } else {
            _ = try readString(from: start.index)
        }
    }

    /// Reads the opening quote of a string and the plain bytes after it, stopping at the first
    /// quote, backslash or control character (or the end); where the text began, and whether all
    /// of it so far is ASCII.
    ///
    /// Most strings are plain ASCII up to their quote: scanned once, in place, they need no
    /// validation and no copy but the string's own.
    private mutating func scanString() throws(Failure) -> (index: Int, ascii: Bool) {
        guard nextToken() == UInt8(ascii: "\"") else { throw failure("expected a string") }
        let start = offset + 1
        let (end, ascii) = bytes.withUnsafeBufferPointer { JSONReader.plainRun(in: $0, from: start) }
        offset = end
        return (start, ascii)
    }

    /// Where the plain run of a string's text from `start` ends, at the first byte the writer
    /// escapes (a quote, backslash or control byte, as `JSONWriter.nextEscape` finds them), and
    /// whether the run is ASCII: found in one pass, eight bytes at a time, as the build cache is
    /// mostly strings, read on every rebuild (finding the end and then checking the run for ASCII
    /// took two passes and a call each).
    static func plainRun(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, ascii: Bool) {
        var index = start
        var high: UInt64 = 0
        while index + 8 <= buffer.count {
            let word = ByteWords.word(in: buffer, at: index)
            if ByteWords.hasByte(below: 0x20, in: word) || ByteWords.has(0x22, in: word) || ByteWords.has(0x5C, in: word) { break }
            high |= word
            index += 8
        }
        while index < buffer.count {
            let byte = buffer[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { break }
            high |= UInt64(byte)
            index += 1
        }
        return (index, high & 0x8080_8080_8080_8080 == 0)
    }

    /// Reads again, whole, the string whose text began at `start` (for its failure, or its escapes).
    private mutating func readString(from start: Int) throws(Failure) -> String {
        offset = start - 1
        return try readString()
    }

    /// The rest of a string with escapes, whose text began at `start` and whose first escape is at `offset`.
    private mutating func readEscapedString(from start: Int) throws(Failure) -> String {
        var unescaped = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return try text(of: unescaped[...], ascii: false)
            case UInt8(ascii: "\\"):
                offset += 1
                try appendEscape(to: &unescaped)
            case 0x00..<0x20:
                throw failure("a control character in a string")
            default:
                unescaped.append(byte)
                offset += 1
            }
        }
        throw failure("a string without its closing quote")
    }

    /// Appends what the escape after a backslash (at `offset`) stands for, as UTF-8.
    private mutating func appendEscape(to unescaped: inout [UInt8]) throws(Failure) {
        let letter = current
        offset += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHexQuad()
            if (0xDC00...0xDFFF).contains(value) { throw failure("a low surrogate without a high one") }
            if (0xD800...0xDBFF).contains(value) {
                guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw failure("a high surrogate without a low one")
                }
                offset += 2
                let low = try readHexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a high surrogate without a low one") }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("an escape that is not a character") }
            unescaped.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
        default:
            offset -= 1
            throw failure("an unknown escape")
        }
    }

    /// Reads the four hexadecimal digits of a `\u` escape.
    private mutating func readHexQuad() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let digit: UInt32
            switch current {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(current - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(current - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(current - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape without four hexadecimal digits")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    /// `utf8` as a string, when it is valid UTF-8 (as it is when it is all `ascii`).
    ///
    /// Checked here rather than by `String(validating:as:)`, which is generic over the encoding
    /// and took a quarter of the time of reading a build cache; once valid, the bytes decode
    /// without repairs.
    private func text(of utf8: ArraySlice<UInt8>, ascii: Bool) throws(Failure) -> String {
        guard ascii || JSONReader.isValidUTF8(utf8) else { throw failure("a string that is not UTF-8") }
        return utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7): no stray continuation bytes,
    /// overlong forms, surrogates or values beyond U+10FFFF.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range the first continuation byte must fall in, and how many follow the lead.
            let first: ClosedRange<UInt8>, count: Int
            switch lead {
            case 0xC2...0xDF: (first, count) = (0x80...0xBF, 1)
            case 0xE0: (first, count) = (0xA0...0xBF, 2)
            case 0xE1...0xEC, 0xEE...0xEF: (first, count) = (0x80...0xBF, 2)
            case 0xED: (first, count) = (0x80...0x9F, 2)
            case 0xF0: (first, count) = (0x90...0xBF, 3)
            case 0xF1...0xF3: (first, count) = (0x80...0xBF, 3)
            case 0xF4: (first, count) = (0x80...0x8F, 3)
            default: return false
            }
            guard bytes.endIndex - index > count, first.contains(bytes[index + 1]) else { return false }
            for next in (index + 2)..<(index + 1 + count) where !(0x80...0xBF).contains(bytes[next]) {
                return false
            }
            index += 1 + count
        }
        return true
    }
}
