@testable import Appraisal
import Testing
import TestRandom

/// Decoding in pieces gives what decoding the whole gives, text or nil, for valid and invalid
/// bytes cut at every size.
struct UTF8TextTests {
    /// Bytes made of ASCII runs, whole characters of every length, and broken sequences: lone
    /// continuation bytes, truncated leads, overlong forms, surrogates and values past U+10FFFF.
    static func bytes(_ random: inout SplitMix64, broken: Bool) -> [UInt8] {
        let whole: [[UInt8]] = [Array("plain text ".utf8), Array("±".utf8), Array("é".utf8), Array("—".utf8), Array("😀".utf8),
                                Array("\u{FEFF}".utf8), Array("\n".utf8), [0x7F]]
        let wrong: [[UInt8]] = [[0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
                                [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80]]
        var result: [UInt8] = []
        for _ in 0..<Int(random.next() % 60) {
            if broken, random.next() % 12 == 0 {
                result += wrong[Int(random.next() % UInt64(wrong.count))]
            } else {
                result += whole[Int(random.next() % UInt64(whole.count))]
            }
        }
        return result
    }

    @Test func piecesDecodeAsTheWhole() {
        var random = SplitMix64(seed: 51)
        for run in 0..<4000 {
            let bytes = Self.bytes(&random, broken: run % 2 == 0)
            let whole = String(validating: bytes, as: UTF8.self)
            for pieceSize in [1, 2, 3, 5, 8, 64, 4096] {
                let pieces = bytes.withUnsafeBufferPointer { UTF8Text.decode($0, pieceSize: pieceSize) }
                #expect(pieces == whole, "\(bytes) in pieces of \(pieceSize)")
            }
        }
    }

    @Test func aLongFileWithOneOtherCharacterIsText() {
        let text = String(repeating: "Screened: 4993\n", count: 1000) + "54.9 ± 3.9" + String(repeating: "a", count: 9000)
        #expect(Array(text.utf8).withUnsafeBufferPointer { UTF8Text.decode($0) } == text)
        var broken = Array(text.utf8)
        broken[broken.count / 2] = 0xC3
        #expect(broken.withUnsafeBufferPointer { UTF8Text.decode($0) } == nil)
    }
}
