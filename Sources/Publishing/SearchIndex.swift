import Appraisal
import Foundation
import Markdown

/// `search.json`: what the index page's script searches, one entry per appraisal in index order.
enum SearchIndex {
    /// How many entries are written at a time.
    static let partSize = 500

    /// Hands the JSON text to `write` a few hundred entries at a time, so that the text of ten
    /// thousand entries is never held whole: compact, keys sorted and slashes unescaped, the
    /// bytes Foundation's `JSONEncoder` gave with `.sortedKeys` and `.withoutEscapingSlashes`
    /// (which a test holds it to). Written directly: the encoder took 0.7% of a 1,000-page
    /// build's samples, at its end, after the pages.
    static func write(_ pages: [PageSummary], site: SiteSettings, partSize: Int = SearchIndex.partSize, into write: (Data) -> Void) {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (position, page) in pages.enumerated() {
            if position > 0 {
                if position % max(1, partSize) == 0 {
                    write(Data(bytes))
                    bytes.removeAll(keepingCapacity: true)
                }
                bytes.append(UInt8(ascii: ","))
            }
            append(page, site: site, to: &bytes)
        }
        bytes += "]\n".utf8
        write(Data(bytes))
    }

    /// The whole index as text.
    static func json(_ pages: [PageSummary], site: SiteSettings) -> String {
        var data = Data()
        write(pages, site: site, into: { data.append($0) })
        return String(decoding: data, as: UTF8.self)
    }

    /// One page's entry: its members in the order of their keys' bytes, and no member for a
    /// field the page lacks.
    private static func append(_ page: PageSummary, site: SiteSettings, to bytes: inout [UInt8]) {
        let matter = page.frontMatter
        var first = true
        func key(_ name: StaticString) {
            bytes += first ? "{\"".utf8 : ",\"".utf8
            first = false
            bytes += UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            bytes += "\":".utf8
        }
        func string(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            JSONWriter.appendQuoted(value, to: &bytes, escapingHTML: false)
        }
        func strings(_ name: StaticString, _ values: [String]) {
            key(name)
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONWriter.appendQuoted(value, to: &bytes, escapingHTML: false)
            }
            bytes.append(UInt8(ascii: "]"))
        }
        strings("authors", matter.authors.map(\.name))
        string("bottom_line", matter.bottomLine)
        string("date", matter.date.description)
        string("design", matter.design.map(StudyDesign.displayName))
        string("evidence", matter.evidence.map(SiteListing.levelLabel))
        key("expired")
        bytes += (matter.expires.map { $0.isExpired(on: site.buildDate) } ?? false) ? "true".utf8 : "false".utf8
        string("expires", matter.expires?.description)
        string("href", page.href)
        string("question", matter.question)
        string("slug", page.slug)
        strings("tags", matter.tags)
        string("title", matter.title)
        bytes.append(UInt8(ascii: "}"))
    }
}
