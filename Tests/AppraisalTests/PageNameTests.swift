@testable import Appraisal
import Testing
import TestRandom

/// A source's page name is its file name without `.md`, read from the path's bytes.
struct PageNameTests {
    /// The name as the `String` split gave it, for paths where Characters and bytes agree.
    static func splitByCharacters(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    @Test func isTheFileNameWithoutItsExtension() {
        let paths = ["", "/", "//", "a.md", "appraisals/ivig-rct.md", "a/b/c.md", "a//b.md", "dir/", "dir/name.md/", "./x.md",
                     "notes.txt", ".md", "a/.md", "x.md.md", "café/résumé.md", "日本/試験.md"]
        for path in paths {
            #expect(AppraisalSource.pageName(ofPath: path) == Self.splitByCharacters(path), "\(path)")
        }
    }

    /// The name as the byte offsets and the Characters give it, the reading before ASCII names
    /// were cut as bytes.
    static func byCharacters(_ path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard !bytes.isEmpty else { return path }
        let start = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        let name = Substring(String(decoding: bytes[start...], as: UTF8.self))
        return String(name.hasSuffix(".md") ? name.dropLast(3) : name)
    }

    @Test func asciiNamesCutAsBytesAgreeWithCharacters() {
        var random = SplitMix64(seed: 71)
        let pieces = ["/", "a", "b-1", ".md", ".", "md", "m", "d", "x.md/", "\r\n", "\r", "\n", " ", "é", "e\u{301}", "\u{600}",
                      "\u{301}", "\u{200D}", "😀", "appraisals/", "\u{0}"]
        for _ in 0..<20_000 {
            let path = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let name = AppraisalSource.pageName(ofPath: path), expected = Self.byCharacters(path)
            #expect(name == expected && Array(name.utf8) == Array(expected.utf8), "\(Array(path.unicodeScalars))")
        }
    }

    @Test func aCombiningMarkAfterASlashStartsTheName() {
        // One Character of `/` and U+0301 hid the slash from the Character split.
        #expect(AppraisalSource.pageName(ofPath: "dir/\u{301}x.md") == "\u{301}x")
        #expect(Self.splitByCharacters("dir/\u{301}x.md") == "dir/\u{301}x")
    }
}
