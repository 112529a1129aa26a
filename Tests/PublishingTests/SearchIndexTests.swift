import Appraisal
import Foundation
@testable import Publishing
import Testing

/// `search.json` is written byte by byte; Foundation's `JSONEncoder`, which wrote it before, is
/// the oracle: the same bytes for every kind of text a front matter can hold.
struct SearchIndexTests {
    /// An entry as the encoder was given it.
    private struct Entry: Encodable {
        var slug, href, title, date: String
        var question, bottomLine, design, evidence, expires: String?
        var authors, tags: [String]
        var expired: Bool

        enum CodingKeys: String, CodingKey {
            case slug, href, title, date, question, design, evidence, expires, authors, tags, expired
            case bottomLine = "bottom_line"
        }
    }

    /// Texts that JSON escapes, or might: quotes, backslashes, slashes, every control character,
    /// DEL, non-ASCII letters, line and paragraph separators, emoji and HTML.
    static let awkward: [String] = {
        var texts = ["", "plain", "say \"no\"", "back\\slash", "a/b </script>", "tab\there", "line\nbreak\r\n",
                     "DEL\u{7F}", "Größe, café, 日本語", "sep\u{2028}ara\u{2029}tors", "👩🏽‍⚕️ care", "<b>&amp;</b>", "'single'"]
        texts.append(String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }))
        return texts
    }()

    static func pages() -> [PageSummary] {
        awkward.indices.map { index in
            let text = awkward[index], other = awkward[(index + 3) % awkward.count]
            var matter = FrontMatter(title: "Trial \(text)", date: ISODate("2024-02-\(String(format: "%02d", index % 28 + 1))") ?? Fixtures.buildDay)
            matter.question = index % 2 == 0 ? text : nil
            matter.bottomLine = index % 3 == 0 ? nil : other
            matter.authors = index % 4 == 0 ? [] : [FrontMatter.Author(name: text), FrontMatter.Author(name: other)]
            matter.tags = index % 5 == 0 ? [] : [text, "sepsis"]
            matter.design = [nil, "rct", "cohort", text][index % 4]
            matter.evidence = index % 2 == 0 ? FrontMatter.EvidenceLevel(scale: "sort", level: "1") : nil
            matter.expires = index % 3 == 0 ? ISODate("2020-01-01") : index % 3 == 1 ? ISODate("2999-01-01") : nil
            return PageSummary(slug: "page-\(index)", frontMatter: matter)
        }
    }

    static func encoded(_ pages: [PageSummary], site: SiteSettings) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let entries = pages.map { page in
            let matter = page.frontMatter
            return Entry(slug: page.slug, href: page.href, title: matter.title, date: matter.date.description,
                         question: matter.question, bottomLine: matter.bottomLine,
                         design: matter.design.map(StudyDesign.displayName),
                         evidence: matter.evidence.map(SiteListing.levelLabel), expires: matter.expires?.description,
                         authors: matter.authors.map(\.name), tags: matter.tags,
                         expired: matter.expires.map { $0.isExpired(on: site.buildDate) } ?? false)
        }
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }

    @Test func isTheEncodersBytesForAwkwardTexts() throws {
        let pages = Self.pages()
        #expect(SearchIndex.json(pages, site: Fixtures.site) == (try Self.encoded(pages, site: Fixtures.site)))
        for page in pages {
            #expect(SearchIndex.json([page], site: Fixtures.site) == (try Self.encoded([page], site: Fixtures.site)), "\(page.slug)")
        }
    }

    @Test func anEmptySiteHasAnEmptyIndex() throws {
        #expect(SearchIndex.json([], site: Fixtures.site) == "[]\n")
        #expect(try Self.encoded([], site: Fixtures.site) == "[]\n")
    }
}
