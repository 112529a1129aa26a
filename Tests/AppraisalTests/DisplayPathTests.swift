@testable import Appraisal
import Testing
import TestRandom

/// Display paths worked out on bytes are those the Character-based reading gave, and are sorted
/// as `String`'s `<` sorts them.
struct DisplayPathTests {
    /// Pieces of paths: ASCII, `\r\n`, and characters that are canonically ASCII or join what
    /// comes before them.
    static let pieces = ["/", "/w", "a", "b.md", "-", ".", " ", "\r", "\n", "\r\n", "K", "\u{212A}", "é", "e\u{301}", "\u{301}",
                         "\u{600}", "😀", "\u{0}", "~"]

    static func path(_ random: inout SplitMix64) -> String {
        (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func displayPathsAreTheCharacterBasedOnes() {
        var random = SplitMix64(seed: 83)
        for _ in 0..<20_000 {
            let base = Self.path(&random)
            // Mostly paths under the base, so that the prefix is there to be found.
            let path = random.next() % 4 == 0 ? Self.path(&random) : base + "/" + Self.path(&random)
            let expected = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
            let display = SourceDiscovery.display(path, base: base)
            #expect(Array(display.utf8) == Array(expected.utf8), "\(Array(path.unicodeScalars)) in \(Array(base.unicodeScalars))")
        }
    }

    @Test func anASCIIPathUnderABaseWrittenOtherwise() {
        for (path, base) in [("/w/K/a.md", "/w/\u{212A}"), ("/w/;/a.md", "/w/\u{37E}"), ("/w/K/a.md", "/w/K")] {
            let expected = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
            #expect(SourceDiscovery.display(path, base: base) == expected, "\(path) in \(base)")
        }
    }

    @Test func referencesAreSortedAsStringsSort() {
        var random = SplitMix64(seed: 84)
        for _ in 0..<500 {
            let ascii = random.next() % 2 == 0
            let references = (0..<Int(random.next() % 30)).map { index in
                let display = ascii ? Self.path(&random).filter(\.isASCII) : Self.path(&random)
                return SourceReference(path: "/p/\(index)", displayPath: display)
            }
            let sorted = SourceDiscovery.sortedByDisplayPath(references).map(\.displayPath)
            #expect(sorted == references.map(\.displayPath).sorted(), "\(references.map(\.displayPath))")
        }
    }
}
