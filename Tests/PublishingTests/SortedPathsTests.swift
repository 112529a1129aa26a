@testable import Publishing
import Testing
import TestRandom

/// The build's list of generated files is sorted as `sort()` sorts: by bytes for ASCII paths,
/// by the String order when any path is not ASCII.
struct SortedPathsTests {
    static func path(_ random: inout SplitMix64, pieces: [String]) -> String {
        (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func sortsAsStringsSort() {
        var random = SplitMix64(seed: 47)
        let ascii = ["a", "b", "A", "-", ".", "/", "0", "9", "html", "x.json", "tags/", "~", " ", "\u{0}", "\u{7F}",
                     "appraisal-00000", "appraisal-0000", "7.csl.json"]
        let mixed = ascii + ["é", "e\u{301}", "Å", "ﬁ", "\u{1F600}"]
        for pieces in [ascii, mixed] {
            for _ in 0..<600 {
                let paths = (0..<Int(random.next() % 40)).map { _ in Self.path(&random, pieces: pieces) }
                var sorted = paths
                SiteBuilder.sortPaths(&sorted)
                #expect(sorted == paths.sorted(), "\(paths)")
            }
        }
    }
}
