import Appraisal
@testable import Publishing
import Testing
import TestRandom

/// The page name worked out on bytes is the one `AppraisalSource.pageName(ofPath:)` gives.
struct PageNameTests {
    @Test func namesAreThoseOfAppraisalSource() {
        var random = SplitMix64(seed: 71)
        let pieces = ["/", "a", "b-1", ".md", ".", "md", "m", "d", "x.md/", "\r\n", "\r", "\n", " ", "é", "e\u{301}", "\u{600}",
                      "\u{301}", "\u{200D}", "😀", "appraisals/", "\u{0}"]
        for _ in 0..<20_000 {
            let path = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = AppraisalSource.pageName(ofPath: path)
            let name = SiteBuilder.pageName(ofPath: path)
            #expect(name == expected, "\(Array(path.unicodeScalars))")
            #expect(Array(name.utf8) == Array(expected.utf8), "\(Array(path.unicodeScalars))")
        }
    }
}
