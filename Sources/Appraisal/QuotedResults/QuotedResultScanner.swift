import Markdown

/// Finds complete quoted results in a run of prose in one forward pass over its UTF-8 bytes.
///
/// At each word boundary the grammar (`QuotedResultGrammar`) is tried; every attempt reads a
/// bounded number of bytes, and a match resumes the scan after itself, so the scan is linear in
/// the text. A second linear pass finds sentence ends and one-tailed wording ("one-tailed",
/// "one-sided", "directional"), which counts for the results of its own sentence.
public enum QuotedResultScanner {
    /// Every result in `text`, in order; offsets and lengths are in UTF-8 bytes of `text`.
    public static func scan(_ text: String) -> [QuotedResult] {
        scan(bytes: Array(text.utf8))
    }

    /// Every complete quoted result in UTF-8 `bytes`; see `scan(_:)`.
    static func scan(bytes: [UInt8]) -> [QuotedResult] {
        // Every complete result ends in a P value with its comparison (=, <, >, ≤ or ≥, the last
        // two led by 0xE2), so text without any of those bytes, most prose, is skipped at once.
        guard bytes.withUnsafeBufferPointer(mayHoldResult) else { return [] }
        var results: [QuotedResult] = []
        var index = 0
        while index < bytes.count {
            if canStart[Int(bytes[index])], startsWord(bytes, at: index), let found = QuotedResultGrammar.result(in: bytes, at: index) {
                results.append(QuotedResult(
                    claim: found.claim, comparison: found.comparison, p: found.p,
                    text: String(decoding: bytes[index..<found.end], as: UTF8.self), offset: index, length: found.end - index))
                index = found.end
            } else {
                index += 1
            }
        }
        guard !results.isEmpty else { return results }
        let sentences = sentencesSayingOneTailed(bytes)
        var sentence = 0
        for position in results.indices {
            while sentence + 1 < sentences.count, sentences[sentence + 1].start <= results[position].offset { sentence += 1 }
            results[position].saysOneTailed = sentences[sentence].saysOneTailed
        }
        return results
    }

    /// Whether `text` holds a byte that every complete result has: `=`, `<`, `>` or 0xE2.
    static func mayHoldResult(_ text: String) -> Bool {
        ByteSearch.withUTF8(of: text, mayHoldResult)
    }

    /// Whether `bytes` hold `=`, `<`, `>` or 0xE2, looked for eight bytes at a time in one pass.
    ///
    /// This runs on the text nodes of paragraphs, most of them a few dozen bytes: four `memchr`
    /// calls, one per byte, cost more in calls than in reading.
    /// `<`, `=` and `>` are 0x3C to 0x3E, which all read 0x3F with their two low bits set, as does
    /// `?`; the word test lets `?` through and the byte test turns it away.
    static func mayHoldResult(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = ByteWords.firstOffset(in: bytes, from: 0, wordMayMatch: { word in
            ByteWords.has(0x3F, in: word | ByteWords.repeated(0x03)) || ByteWords.has(0xE2, in: word)
        }, matches: isResultByte)
        return found < bytes.count
    }

    /// Whether `byte` is one that every complete result has one of: its P value's comparison
    /// (`=`, `<`, `>`, or 0xE2, which leads ≤ and ≥).
    static func isResultByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0xE2
    }

    /// The first bytes of every statistic's and measure's name (0xCF leads χ).
    private static let canStart: [Bool] = (0..<256).map { byte in
        "tFrzZQcCXROHMmhor".utf8.contains(UInt8(byte)) || byte == 0xCF
    }

    /// Whether a result may start at `index`: the byte before is not a letter, digit or point.
    private static func startsWord(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = bytes[index - 1]
        return !ByteReader.isLetter(before) && !ByteReader.isDigit(before) && before != UInt8(ascii: ".")
            && before != UInt8(ascii: "_") && before != UInt8(ascii: "-")
    }

    /// Each sentence's start offset and whether it says one-tailed, one-sided or directional.
    ///
    /// A sentence ends at `.`, `!` or `?` followed by a space or the end of the text.
    static func sentencesSayingOneTailed(_ bytes: [UInt8]) -> [(start: Int, saysOneTailed: Bool)] {
        var sentences: [(start: Int, saysOneTailed: Bool)] = [(0, false)]
        var reader = ByteReader(bytes: bytes, index: 0)
        while reader.index < bytes.count {
            let byte = bytes[reader.index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                reader.index += 1
                if reader.peek() == nil || reader.spaceLength() > 0 { sentences.append((reader.index, false)) }
                continue
            }
            if byte | 0x20 == UInt8(ascii: "o") || byte | 0x20 == UInt8(ascii: "d"), startsWord(bytes, at: reader.index), oneTailedWording(&reader) {
                sentences[sentences.count - 1].saysOneTailed = true
                continue
            }
            reader.index += 1
        }
        return sentences
    }

    /// Consumes "one-tailed", "one tailed", "one-sided", "one sided" or "directional" in any case.
    private static func oneTailedWording(_ reader: inout ByteReader) -> Bool {
        for phrase in ["one-tailed", "one tailed", "onetailed", "one-sided", "one sided", "directional"] where reader.takeWords(phrase) {
            return true
        }
        return false
    }
}
