@testable import Markdown
import Testing
import TestRandom

/// The plain run of a string found in one pass ends where `JSONWriter.nextEscape` says, and is
/// ASCII exactly when `ByteWords.isASCII` says so.
struct JSONPlainRunTests {
    @Test func endsWhereTheEscapesBeginAndKnowsASCII() {
        var random = SplitMix64(seed: 91)
        let bytes: [UInt8] = [0x00, 0x09, 0x1F, 0x20, 0x22, 0x41, 0x5C, 0x7E, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<50_000 {
            // Mostly plain text, so that runs are long enough to be read by words.
            let text = (0..<Int(random.next() % 40)).map { _ in
                random.next() % 8 == 0 ? bytes[Int(random.next() % UInt64(bytes.count))] : UInt8(0x20 + random.next() % 0x5F)
            }
            let start = text.isEmpty ? 0 : Int(random.next() % UInt64(text.count + 1))
            text.withUnsafeBufferPointer { buffer in
                let end = JSONWriter.nextEscape(in: buffer, from: start, escapingHTML: false)
                let run = JSONReader.plainRun(in: buffer, from: start)
                #expect(run.end == end, "\(text) from \(start)")
                #expect(run.ascii == ByteWords.isASCII(UnsafeBufferPointer(rebasing: buffer[start..<end])), "\(text) from \(start)")
            }
        }
    }
}
