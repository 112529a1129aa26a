import Appraisal
import Foundation
@testable import Publishing
import Testing

/// The build cache written in parts is the encoding of the whole cache, byte for byte.
struct BuildCachePartsTests {
    static func cache(_ count: Int) -> BuildCache {
        var cache = BuildCache(key: "key", entries: [:])
        let names = ["z", "a10", "a9", "é", "ä", "B", "ﬁ", "a b", "😀", "x/y"]
        for number in 0..<count {
            let name = "appraisals/\(names[number % names.count])-\(number).md"
            let summary = CachedSummary(PageSummary(slug: "p\(number)", frontMatter: .init(title: "T \"\(number)\"", date: ISODate("2020-02-02") ?? Fixtures.buildDay)))
            cache.entries[name] = BuildCache.Entry(source: "\(number)", dependencies: number % 3 == 0 ? ["data/\(number).csv": "h"] : [:],
                                                   outputs: ["p\(number).html", "p\(number).json"], summary: number % 5 == 0 ? nil : summary,
                                                   diagnostics: [], stale: number % 7 == 0 ? true : nil)
        }
        cache.site = count % 2 == 0 ? "digest" : nil
        cache.siteFiles = ["index.html", "search.json"]
        return cache
    }

    @Test func partsAreTheWholeEncoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for count in [0, 1, 2, 45, 451] {
            let cache = Self.cache(count)
            let whole = try encoder.encode(cache) + Data("\n".utf8)
            for partSize in [1, 7, 200] {
                var data = Data()
                #expect(cache.write(partSize: partSize, into: { data.append($0) }))
                #expect(data == whole, "\(count) entries in parts of \(partSize)")
            }
            #expect(cache.data == whole)
        }
    }
}
