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

    /// The JSON text, keys sorted so that builds are byte-identical.
    static func json(_ pages: [PageSummary], site: SiteSettings) -> String {
        let entries = pages.map { page in
            let matter = page.frontMatter
            return Entry(slug: page.slug, href: page.href, title: matter.title, date: matter.date.description,
                         question: matter.question, bottomLine: matter.bottomLine,
                         design: matter.design.map(StudyDesign.displayName),
                         evidence: matter.evidence.map(SiteListing.levelLabel), expires: matter.expires?.description,
                         authors: matter.authors.map(\.name), tags: matter.tags,
                         expired: matter.expires.map { $0.isExpired(on: site.buildDate) } ?? false)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]") + "\n"
    }
}
