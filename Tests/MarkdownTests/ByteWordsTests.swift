@testable import Markdown
import Testing
import TestRandom

/// The word-at-a-time tests agree with asking each of the eight bytes, and the escapers that
/// skip text with them write what cmark and Foundation write, wherever in a word a special byte
/// falls.
struct ByteWordsTests {
    /// A word whose bytes are mostly one of a few values, so that matches and near misses (a
    /// byte one above or below) are common.
    static func word(_ random: inout SplitMix64, near values: [UInt8]) -> [UInt8] {
        (0..<8).map { _ in
            let value = values[Int(random.next() % UInt64(values.count))]
            switch random.next() % 4 {
            case 0: return value &+ 1
            case 1: return value &- 1
            case 2: return UInt8(truncatingIfNeeded: random.next())
            default: return value
            }
        }
    }

    @Test func eachTestIsAnyOfTheEightBytes() {
        var random = SplitMix64(seed: 41)
        let values: [UInt8] = [0x00, 0x1F, 0x20, 0x22, 0x26, 0x3C, 0x3E, 0x5C, 0x7F, 0x80, 0xEF, 0xFF]
        for _ in 0..<20_000 {
            let bytes = Self.word(&random, near: values)
            let word = bytes.withUnsafeBufferPointer { ByteWords.word(in: $0, at: 0) }
            for byte in values {
                #expect(ByteWords.has(byte, in: word) == bytes.contains(byte), "\(bytes) \(byte)")
            }
            for limit: UInt8 in [1, 0x20, 0x40, 0x80] {
                #expect(ByteWords.hasByte(below: limit, in: word) == bytes.contains { $0 < limit }, "\(bytes) below \(limit)")
            }
        }
    }

    /// Text of random pieces, long enough to span several words, with special bytes at every offset.
    static func text(_ random: inout SplitMix64) -> String {
        let pieces = ["a", "bc", "defghij", " ", "é", "—", "😀", "&", "<", ">", "\"", "'", "\\", "/", "\t", "\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{EF}"]
        return (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func htmlTextIsEscapedAsCmarkEscapesIt() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<3000 {
            let text = Self.text(&random)
            let tree = MarkdownNode(.document, children: [
                MarkdownNode(.paragraph, children: [MarkdownNode(.text(text)), MarkdownNode(.link(destination: "x", title: text))]),
                MarkdownNode(.codeBlock(info: "", literal: text)),
            ])
            #expect(CommonMarkHTML.render(tree, allowRawHTML: false) == CmarkRenderedHTML.html(tree, allowRawHTML: false), "\(text.debugDescription)")
        }
    }

    /// What `appendQuoted` writes, asked of each byte in turn: the oracle for long strings.
    static func quoted(_ text: String, escapingHTML: Bool) -> [UInt8] {
        var bytes: [UInt8] = [0x22]
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes += Array(#"\""#.utf8)
            case 0x5C: bytes += Array(#"\\"#.utf8)
            case 0x0A: bytes += Array(#"\n"#.utf8)
            case 0x0D: bytes += Array(#"\r"#.utf8)
            case 0x09: bytes += Array(#"\t"#.utf8)
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case 0x00..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
            case 0x26 where escapingHTML, 0x3C where escapingHTML, 0x3E where escapingHTML:
                bytes += Array(String(format: "\\u%04x", byte).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
        return bytes
    }

    @Test func jsonStringsAreEscapedAsByteByByte() {
        var random = SplitMix64(seed: 43)
        for _ in 0..<3000 {
            let text = Self.text(&random)
            for escapingHTML in [false, true] {
                var bytes: [UInt8] = []
                JSONWriter.appendQuoted(text, to: &bytes, escapingHTML: escapingHTML)
                #expect(bytes == Self.quoted(text, escapingHTML: escapingHTML), "\(text.debugDescription) \(escapingHTML)")
            }
        }
    }

    /// `SafeHTML.escape` writes what escaping each byte writes, for the five specials and their
    /// neighbours (`%`, `(`, `;`, `=`, `?`) wherever they fall in a word.
    @Test func markupIsEscapedAsByteByByte() {
        var random = SplitMix64(seed: 45)
        let entities: [UInt8: String] = [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;"]
        for _ in 0..<3000 {
            let text = Self.text(&random) + ["%", "(", ";", "=", "?", "&", "'"][Int(random.next() % 7)] + Self.text(&random)
            var expected: [UInt8] = []
            for byte in text.utf8 { expected += entities[byte].map { Array($0.utf8) } ?? [byte] }
            #expect(Array(SafeHTML.escape(text).utf8) == expected, "\(text.debugDescription)")
        }
    }

    /// `isASCII` finds a byte of 0x80 or more wherever it falls, in a word or in the tail.
    @Test func asciiIsEveryByteBelow128() {
        for length in 0..<24 {
            #expect([UInt8](repeating: 0x7F, count: length).withUnsafeBufferPointer(ByteWords.isASCII))
            for position in 0..<length {
                for byte: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = byte
                    #expect(!bytes.withUnsafeBufferPointer(ByteWords.isASCII), "\(bytes)")
                }
            }
        }
    }
}
