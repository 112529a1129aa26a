import Testing
@testable import Markdown

/// A string made from assembled bytes without a second check must be the same string, with the
/// same characters, as one made by decoding them.
@Suite struct AssembledUTF8Tests {
    @Test(arguments: ["", "plain ASCII", "é", "95% CI 0.58–0.86 × 10⁻³", "👩🏽‍⚕️ e\u{301} 中文", "a\u{0}b"])
    func matchesDecoding(text: String) {
        let bytes = Array(text.utf8)
        let assembled = String(assembledUTF8: bytes)
        #expect(assembled == String(decoding: bytes, as: UTF8.self))
        #expect(assembled.count == text.count)
        #expect(Array(assembled.unicodeScalars) == Array(text.unicodeScalars))
        #expect(assembled.hashValue == text.hashValue)
    }

    @Test func pieceByPieceAssemblyKeepsCharacters() {
        var bytes: [UInt8] = []
        for piece in ["<p>", "ß", "&amp;", "≤", "</p>"] { bytes.append(contentsOf: piece.utf8) }
        let assembled = String(assembledUTF8: bytes)
        #expect(assembled == "<p>ß&amp;≤</p>")
        #expect(assembled.lowercased() == "<p>ß&amp;≤</p>")
        #expect(assembled.uppercased() == "<P>SS&AMP;≤</P>")
    }

    /// Debug builds (the tests and the fuzzers) stop at bytes that are not valid UTF-8, so a
    /// writer that cut a character in two would be caught there.
    #if DEBUG
    @Test func invalidBytesStopADebugBuild() async {
        await #expect(processExitsWith: .failure) {
            _ = String(assembledUTF8: [UInt8(ascii: "a"), 0xE2, 0x80])
        }
    }
    #endif

    /// The writers that use it keep non-ASCII text intact.
    @Test func renderedHTMLWithNonASCIIText() {
        let tree = MarkdownDocument.parse("Relative risk *0.72* (95% CI 0.58–0.86) — “bold” claim\n")
        let html = MarkdownDocument.renderHTML(tree).markup
        #expect(html == "<p>Relative risk <em>0.72</em> (95% CI 0.58–0.86) — “bold” claim</p>\n")
        #expect(html.contains("–"))
    }
}
