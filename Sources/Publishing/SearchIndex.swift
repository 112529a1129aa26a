import Appraisal
import Foundation

/// `search.json`: what the index page's script searches, one entry per appraisal in index order.
enum SearchIndex {
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

    /// How many entries are encoded at a time.
    static let partSize = 500

    /// Hands the JSON text, keys sorted so that builds are byte-identical, to `write` a few hundred
    /// entries at a time, so that neither the text nor the encoder's tree of ten thousand entries
    /// is held whole. The parts are JSON arrays with their brackets taken off, joined by commas:
    /// exactly the encoding of the whole array. Returns false when an entry cannot be encoded
    /// (never with these fields), and the index is then `[]`, as it always was.
    static func write(_ pages: [PageSummary], site: SiteSettings, partSize: Int = SearchIndex.partSize, into write: (Data) -> Void) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        write(Data("[".utf8))
        var start = pages.startIndex
        while start < pages.endIndex {
            let end = min(pages.endIndex, start + max(1, partSize))
            guard let part = try? encoder.encode(pages[start..<end].map { entry($0, site: site) }), part.count >= 2 else { return false }
            if start > pages.startIndex { write(Data(",".utf8)) }
            write(part.dropFirst().dropLast())
            start = end
        }
        write(Data("]\n".utf8))
        return true
    }

    /// The JSON text of the whole index.
    static func json(_ pages: [PageSummary], site: SiteSettings) -> String {
        var data = Data()
        return write(pages, site: site, into: { data.append($0) }) ? String(decoding: data, as: UTF8.self) : "[]\n"
    }

    private static func entry(_ page: PageSummary, site: SiteSettings) -> Entry {
        let matter = page.frontMatter
        return Entry(slug: page.slug, href: page.href, title: matter.title, date: matter.date.description,
                     question: matter.question, bottomLine: matter.bottomLine,
                     design: matter.design.map(StudyDesign.displayName),
                     evidence: matter.evidence.map(SiteListing.levelLabel), expires: matter.expires?.description,
                     authors: matter.authors.map(\.name), tags: matter.tags,
                     expired: matter.expires.map { $0.isExpired(on: site.buildDate) } ?? false)
    }
}
