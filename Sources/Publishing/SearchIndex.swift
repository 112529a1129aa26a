import Appraisal
import Foundation

/// `search.json`: what the index page's script searches, one entry per appraisal in index order.
enum SearchIndex {
    /// How many entries are written at a time.
    static let partSize = 500

    /// Hands the JSON text to `write` a few hundred entries at a time, so that the text of ten
    /// thousand entries is never held whole. The parts are JSON arrays with their brackets taken
    /// off, joined by commas: exactly the text of the whole array, as `CompactJSON` writes it
    /// (`JSONEncoder`'s bytes with sorted keys and slashes unescaped, which a test holds it to).
    /// `JSONEncoder` itself took 0.7% of a 1,000-page build's samples, at its end, after the pages.
    static func write(_ pages: [PageSummary], site: SiteSettings, partSize: Int = SearchIndex.partSize, into write: (Data) -> Void) {
        write(Data("[".utf8))
        var start = pages.startIndex
        while start < pages.endIndex {
            let end = min(pages.endIndex, start + max(1, partSize))
            var json = CompactJSON()
            json.array(pages[start..<end]) { json, page in entry(page, site: site, into: &json) }
            if start > pages.startIndex { write(Data(",".utf8)) }
            write(Data(json.bytes.dropFirst().dropLast()))
            start = end
        }
        write(Data("]\n".utf8))
    }

    /// The whole index as text.
    static func json(_ pages: [PageSummary], site: SiteSettings) -> String {
        var data = Data()
        write(pages, site: site, into: { data.append($0) })
        return String(decoding: data, as: UTF8.self)
    }

    /// One page's entry: its members in the order of their keys' bytes, and no member for a
    /// field the page lacks.
    private static func entry(_ page: PageSummary, site: SiteSettings, into json: inout CompactJSON) {
        let matter = page.frontMatter
        json.object { json in
            func member(_ key: String, _ value: String?) {
                if let value { json.member(key) { $0.string(value) } }
            }
            json.member("authors") { $0.strings(matter.authors.map(\.name)) }
            member("bottom_line", matter.bottomLine)
            member("date", matter.date.description)
            member("design", matter.design.map(StudyDesign.displayName))
            member("evidence", matter.evidence.map(SiteListing.levelLabel))
            json.member("expired") { $0.bool(matter.expires.map { $0.isExpired(on: site.buildDate) } ?? false) }
            member("expires", matter.expires?.description)
            member("href", page.href)
            member("question", matter.question)
            member("slug", page.slug)
            json.member("tags") { $0.strings(matter.tags) }
            member("title", matter.title)
        }
    }
}
