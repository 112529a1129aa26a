import Markdown
import Testing

/// `ByteSearch` against the plain search of the standard library (the oracle) on needles at the
/// start, the end, across the C library's vector boundaries and absent.
struct ByteSearchTests {
    /// Texts long enough that `memchr` uses its vector loop, with the byte at every interesting place.
    static let texts: [String] = {
        var texts = ["", "@", "a", "ab@", "@ab", "é@é", "—TODO:"]
        for length in [15, 16, 17, 31, 32, 33, 63, 64, 65, 200] {
            let filler = String(repeating: "x", count: length)
            texts += [filler, filler + "@", "@" + filler, filler + "TODO:" + filler, filler + "TODO" + filler + "DO:",
                      filler + "TOD" + filler, String(repeating: "TOD", count: length) + "TODO:"]
        }
        return texts
    }()

    @Test(arguments: texts)
    func containsAByteExactlyWhenTheStandardLibraryFindsIt(_ text: String) {
        for byte in [UInt8(ascii: "@"), UInt8(ascii: "x"), UInt8(ascii: ":"), 0xA9] {
            #expect(ByteSearch.contains(byte, in: text) == text.utf8.contains(byte), "\(byte) in \(text)")
        }
    }

    @Test(arguments: texts)
    func findsANeedleWhereTheStandardLibraryDoes(_ text: String) {
        for needle in ["TODO:", "@", "DO:", "xT", "é@"] {
            let bytes = Array(text.utf8), pattern = Array(needle.utf8)
            let expected = bytes.indices.first { bytes[$0...].starts(with: pattern) }
            let found = bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: pattern, in: $0, from: 0) }
            #expect(found == expected, "\(needle) in \(text)")
            #expect(ByteSearch.contains(pattern, in: text) == (expected != nil))
        }
    }

    @Test func searchesFromAnOffsetAndToleratesOffsetsOutOfRange() {
        let bytes = Array("@a@b".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "@"), in: buffer, from: 1) == 2)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "@"), in: buffer, from: 3) == nil)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "@"), in: buffer, from: 9) == nil)
            #expect(ByteSearch.firstOffset(of: UInt8(ascii: "@"), in: buffer, from: -1) == nil)
            #expect(ByteSearch.firstOffset(of: [], in: buffer, from: 0) == nil)
            #expect(ByteSearch.firstOffset(of: Array("b@".utf8), in: buffer, from: 0) == nil)
        }
    }

    @Test func htmlEscapingChangesOnlyTheFiveSpecialCharacters() {
        #expect(SafeHTML.escape("") == "")
        #expect(SafeHTML.escape("plain — text é") == "plain — text é")
        #expect(SafeHTML.escape(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(SafeHTML.escape("é<é") == "é&lt;é")
        for scalar in (0..<128).compactMap(Unicode.Scalar.init) {
            let special: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
            #expect(SafeHTML.escape("a\(scalar)b") == "a\(special[scalar] ?? String(scalar))b")
        }
    }

    @Test func appendingEscapedTextAddsWhatEscapingGives() {
        for text in ["", "plain", "é<é", #"<a href="x">Tom & Jerry's</a>"#, "'", "&&", "a\u{301}<b>", String(repeating: "x<y", count: 9)] {
            var bytes = Array("kept".utf8)
            SafeHTML.appendEscaped(text, to: &bytes)
            #expect(bytes == Array(("kept" + SafeHTML.escape(text)).utf8), "\(text)")
        }
    }

    @Test func asciiSetsHoldExactlyTheirBytes() {
        let set = ASCIISet("\\{}$&%#_~^\n\r\t@")
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == "\\{}$&%#_~^\n\r\t@".utf8.contains(byte), "byte \(byte)")
        }
        #expect(!ASCIISet("é").contains(0xC3), "bytes outside ASCII are never members")
    }

    @Test func ordersAsUTF8BytesDo() {
        let words = ["", "a", "B", "b", "ab", "a\u{0}", "é", "z", "zz", "\u{1F600}", "ﬁ", "aé", "a10", "a9", "x/y", "x-y",
                     "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyZ", "abcdefghijklmnopq", "abcdefghijklmnopqr"]
        for a in words {
            for b in words {
                #expect(ByteSearch.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
                let equal = Array(a.utf8).withUnsafeBufferPointer { x in Array(b.utf8).withUnsafeBufferPointer { y in ByteSearch.equal(x, y) } }
                #expect(equal == a.utf8.elementsEqual(b.utf8), "\(a) \(b)")
            }
        }
    }
}
