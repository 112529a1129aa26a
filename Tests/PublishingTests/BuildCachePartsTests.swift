import Appraisal
import Foundation
import Markdown
@testable import Publishing
import Testing

/// The build cache written in parts is the encoding of the whole cache, byte for byte.
struct BuildCachePartsTests {
    static func cache(_ count: Int) -> BuildCache {
        var cache = BuildCache(key: "key", entries: [:])
        let names = ["z", "a10", "a9", "é", "ä", "B", "ﬁ", "a b", "😀", "x/y"]
        for number in 0..<count {
            let name = "appraisals/\(names[number % names.count])-\(number).md"
            var matter = FrontMatter(title: "T \"\(number)\" \\ \u{1}\t/\u{2028}", date: ISODate("2020-02-02") ?? Fixtures.buildDay)
            if number % 2 == 1 {
                matter.authors = [.init(name: "Ann <A>", affiliation: number % 4 == 1 ? "Uni & Co" : nil), .init(name: "Bo")]
                matter.tags = ["x", "y/z"]
                matter.question = "Q?\n"
                matter.design = "rct"
                matter.bottomLine = "Works."
                matter.expires = ISODate("2030-01-01")
                matter.evidence = .init(scale: "oxford", level: "1b", strength: number % 4 == 1 ? "A" : nil)
            }
            let summary = CachedSummary(PageSummary(slug: "p\(number)", frontMatter: matter))
            let diagnostics = (0..<(number % 3)).map { (index: Int) -> CachedDiagnostic in
                let position: SourcePosition? = index == 0 ? nil : SourcePosition(line: index, column: 2)
                let severity: Diagnostic.Severity = index == 0 ? .warning : .error
                let hint: String? = index == 1 ? "h" : nil
                return CachedDiagnostic(Diagnostic(file: name, position: position, length: index, severity: severity,
                                                   code: "c\(index)", message: "m \"\(index)\"", hint: hint))
            }
            cache.entries[name] = BuildCache.Entry(source: "\(number)", dependencies: number % 3 == 0 ? ["data/\(number).csv": "h", "b": "i"] : [:],
                                                   outputs: ["p\(number).html", "p\(number).json"], summary: number % 5 == 0 ? nil : summary,
                                                   diagnostics: diagnostics, stale: number % 7 == 0 ? true : nil,
                                                   stamp: number % 4 == 0 ? FileStamp(size: number, modified: -number, changed: 1 << 40) : nil)
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
                cache.write(partSize: partSize, into: { data.append($0) })
                #expect(data == whole, "\(count) entries in parts of \(partSize)")
            }
            #expect(cache.data == whole)
        }
    }
}
