import Appraisal
import Foundation
@testable import Publishing
import Testing
import TestRandom

/// The bookkeeping a rebuild does for every page, made cheaper, gives what it gave before: the
/// index order, the listing's digest text, the page-name check and the content hash of parts.
struct RebuildBookkeepingTests {
    static func pages(_ count: Int, random: inout SplitMix64) -> [PageSummary] {
        let titles = ["Alpha", "beta", "Être", "Zulu", "alpha", "Ωmega", "e\u{301}te"]
        return (0..<count).map { index in
            let date = ISODate("20\(10 + random.next() % 3)-0\(1 + random.next() % 2)-1\(random.next() % 3)") ?? Fixtures.buildDay
            var matter = FrontMatter(title: titles[Int(random.next() % UInt64(titles.count))], date: date)
            if random.next() % 2 == 0 {
                matter.authors = [FrontMatter.Author(name: "A \(index)", affiliation: random.next() % 2 == 0 ? "Uni" : nil),
                                  FrontMatter.Author(name: "B", affiliation: nil)]
                matter.tags = ["t\(index % 3)", "u"]
                matter.question = "Q\u{1F}?"
                matter.design = "rct"
                matter.bottomLine = "Yes."
                matter.expires = ISODate("2031-02-03")
                matter.evidence = FrontMatter.EvidenceLevel(scale: "oxford", level: "2a", strength: random.next() % 2 == 0 ? "weak" : nil)
            }
            return PageSummary(slug: "p\(index % (count / 2 + 1))-\(random.next() % 4)", frontMatter: matter)
        }
    }

    /// The digest text as it was made: the parts joined.
    static func joinedListingText(_ page: PageSummary) -> String {
        let matter = page.frontMatter
        var parts = [page.slug, matter.title, matter.date.description, matter.question ?? "", matter.bottomLine ?? "",
                     matter.design ?? "", matter.expires?.description ?? ""]
        parts.append(matter.evidence.map { "\($0.scale)\u{1E}\($0.level)\u{1E}\($0.strength ?? "")" } ?? "")
        parts.append(matter.authors.map { "\($0.name)\u{1E}\($0.affiliation ?? "")" }.joined(separator: "\u{1D}"))
        parts.append(matter.tags.joined(separator: "\u{1D}"))
        return parts.joined(separator: "\u{1F}")
    }

    @Test func indexOrderIsTheSortedOrder() {
        var random = SplitMix64(seed: 11)
        for count in [0, 1, 2, 3, 17, 500] {
            let pages = Self.pages(count, random: &random)
            var sorted = pages
            sorted.sortInIndexOrder()
            #expect(sorted == pages.sorted(by: PageSummary.indexOrder), "\(count) pages")
        }
    }

    @Test func listingTextIsTheJoinedParts() {
        var random = SplitMix64(seed: 12)
        for page in Self.pages(200, random: &random) + [PageSummary(slug: "", frontMatter: FrontMatter(title: "", date: Fixtures.buildDay))] {
            #expect(page.listingText == Self.joinedListingText(page))
        }
    }

    @Test func listingDigestIsTheHashOfTheJoinedTexts() {
        var random = SplitMix64(seed: 14)
        for count in [0, 1, 2, 7, 300] {
            let pages = Self.pages(count, random: &random)
            #expect(pages.listingDigest == ContentHash.of(pages.map(Self.joinedListingText)), "\(count) pages")
        }
    }

    @Test func aCachedSummaryIsThePageAgain() {
        var random = SplitMix64(seed: 15)
        for page in Self.pages(300, random: &random) {
            #expect(CachedSummary(page).page == page)
            #expect(CachedSummary(page).page == PageSummary(slug: page.slug, frontMatter: page.frontMatter))
        }
    }

    @Test func pageNamesAreCheckedAsTheirLettersWere() {
        var scalars = (0..<0x300).compactMap(Unicode.Scalar.init)
        scalars += ["\u{0661}", "\u{2167}", "\u{FF21}", "\u{1D7D8}", "\u{00AA}", "😀"].flatMap(\.unicodeScalars)
        for scalar in scalars where scalar != "/" {
            let name = "a\(scalar)b"
            let allowed = name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0))
            }
            let problems = SiteBuilder.slugProblems([SourceReference(url: URL(fileURLWithPath: "/p/\(name).md"), displayPath: "\(name).md")])
            #expect(problems.contains { $0.message.contains("cannot be a page name") } == !allowed, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func partsHashLikeTheirJoinedBytesAtEveryLength() {
        var random = SplitMix64(seed: 13)
        for _ in 0..<300 {
            let parts = (0..<Int(random.next() % 6)).map { _ in
                String(decoding: (0..<Int(random.next() % 40)).map { _ in UInt8(0x20 + random.next() % 0x5F) }, as: UTF8.self)
            }
            #expect(ContentHash.of(parts) == ContentHash.of(ContentHashTests.joined(parts)))
        }
    }
}
