@testable import Publishing
import Testing
import TestRandom

/// `XMLText.escape` against the XML rules written out byte by byte (the oracle): the five special
/// characters as entities, the controls XML 1.0 forbids and U+FFFE/U+FFFF dropped, all else kept.
struct XMLTextTests {
    /// What happens to an ASCII byte, written out as a list rather than a bit mask.
    static func expected(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&apos;"
        case 0x09, 0x0A, 0x0D: String(UnicodeScalar(byte))
        case 0x00..<0x20: ""
        default: String(UnicodeScalar(byte))
        }
    }

    @Test func everyASCIIByteIsKeptEscapedOrDroppedByTheRules() {
        for byte in UInt8(0)..<128 {
            let text = "a" + String(UnicodeScalar(byte)) + "b"
            #expect(XMLText.escape(text) == "a" + Self.expected(byte) + "b", "byte \(byte)")
        }
    }

    @Test func nonCharactersAreDroppedAndOtherTextIsKept() {
        #expect(XMLText.escape("x\u{FFFE}y\u{FFFF}z\u{FFFD}") == "xyz\u{FFFD}")
        #expect(XMLText.escape("é — “quoted”") == "é — “quoted”")
        #expect(XMLText.escape("") == "")
        #expect(XMLText.escape("\u{EF}") == "\u{EF}")
    }

    /// The rules applied to each scalar of `text`, one after another: the oracle for long text.
    static func expected(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            if scalar.value < 128 { return expected(UInt8(scalar.value)) }
            return scalar == "\u{FFFE}" || scalar == "\u{FFFF}" ? "" : String(scalar)
        }.joined()
    }

    @Test func longRandomTextIsEscapedAsByTheRulesAtEveryPosition() {
        // Specials and non-characters land at every offset of the sixteen-byte groups tested at once.
        let pieces = ["a", " ", "é", "&", "<", ">", "\"", "'", "\u{1}", "\t", "\n", "\r", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{F000}", "—", "xyzxyzxyz"]
        var random = SplitMix64(seed: 3)
        for _ in 0..<3000 {
            let text = (0..<Int(random.next() % 60)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(XMLText.escape(text) == Self.expected(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var bytes: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { XMLText.append(escaping: $0, to: &bytes) }
            #expect(String(decoding: bytes, as: UTF8.self) == Self.expected(text))
        }
    }
}
