import Appraisal
import Foundation
import Markdown
@testable import Publishing
import Testing
import TestRandom

/// The build cache read with `JSONReader` is what `JSONDecoder` read (the oracle), and a damaged
/// cache is no cache at all: the build starts afresh.
struct BuildCacheReadingTests {
    /// A cache with stamps on some entries, diagnostics with and without positions, and summaries
    /// with every optional member.
    static func cache(_ count: Int) -> BuildCache {
        var cache = BuildCachePartsTests.cache(count)
        for (index, key) in cache.entries.keys.sorted().enumerated() {
            if index % 2 == 0 {
                cache.entries[key]?.stamp = FileStamp(size: index, modified: 1_700_000_000_123_456_789 + index, changed: -index)
            }
            if index % 4 == 1 {
                let diagnostic = Diagnostic(file: key, position: index % 8 == 1 ? SourcePosition(line: index, column: 2) : nil, length: 3,
                                            severity: .warning, code: "c\(index)", message: "“quoted” \\ \"message\"\n\t\u{1}",
                                            hint: index % 3 == 0 ? nil : "hint/é😀")
                cache.entries[key]?.diagnostics = [diagnostic, diagnostic].map(CachedDiagnostic.init)
            }
            if index % 4 == 2 {
                var matter = FrontMatter(title: "T\u{2028}", date: ISODate("2021-03-04") ?? Fixtures.buildDay)
                matter.authors = [FrontMatter.Author(name: "A", affiliation: "Uni"), FrontMatter.Author(name: "B", affiliation: nil)]
                matter.tags = ["x", "y"]
                (matter.question, matter.design, matter.bottomLine) = ("Q?", "rct", "Yes.")
                matter.expires = ISODate("2030-01-01")
                matter.evidence = FrontMatter.EvidenceLevel(scale: "oxford", level: "1b", strength: index % 8 == 2 ? "strong" : nil)
                cache.entries[key]?.summary = CachedSummary(PageSummary(slug: "s\(index)", frontMatter: matter))
            }
        }
        return cache
    }

    static func decoded(_ data: Data) -> BuildCache? {
        try? JSONDecoder().decode(BuildCache.self, from: data)
    }

    static func read(_ data: Data) -> BuildCache? {
        try? BuildCache(json: [UInt8](data))
    }

    static func read(_ text: String) -> BuildCache? {
        read(Data(text.utf8))
    }

    @Test func readsWhatJSONDecoderReads() throws {
        for count in [0, 1, 2, 45, 451] {
            let data = Self.cache(count).data
            let read = try #require(Self.read(data))
            let decoded = try #require(Self.decoded(data))
            #expect(read.data == data, "\(count) entries read and written again")
            #expect(read.data == decoded.data)
        }
    }

    @Test func takesTheSameOptionalAndUnknownMembersAsJSONDecoder() throws {
        let entry = #"{"dependencies":{"d.csv":"absent"},"diagnostics":[{"code":"c","column":null,"file":"f","hint":null,"length":0,"line":null,"message":"m","severity":"note"}],"outputs":[],"source":"h","stale":null,"stamp":null,"summary":null,"later":[{"x":[1,2.5e3,null]}]}"#
        let texts = [
            #"{"entries":{},"key":"k","siteFiles":[]}"#,
            #"{"entries":{},"key":"k","site":null,"siteFiles":[],"unknown":{"a":[true,false]}}"#,
            " {\"entries\" : {\"a.md\" : \(entry)}, \"key\":\"k\", \"site\":\"s\", \"siteFiles\":[\"index.html\"]}\n ",
        ]
        for text in texts {
            let read = try #require(Self.read(text), "\(text)")
            let decoded = try #require(Self.decoded(Data(text.utf8)), "\(text)")
            #expect(read.data == decoded.data, "\(text)")
        }
        let withStamp = try #require(Self.read(#"{"entries":{"a.md":{"dependencies":{},"diagnostics":[],"outputs":[],"source":"h","stamp":{"changed":3,"modified":-2,"size":1,"extra":0}}},"key":"k","siteFiles":[]}"#))
        #expect(withStamp.entries["a.md"]?.stamp == FileStamp(size: 1, modified: -2, changed: 3))
    }

    @Test func rejectsWhatJSONDecoderRejects() {
        let entry = #"{"dependencies":{},"diagnostics":[],"outputs":[],"source":"h"}"#
        let texts = [
            #"{"key":"k","siteFiles":[]}"#, #"{"entries":{},"siteFiles":[]}"#, #"{"entries":{},"key":"k"}"#,
            #"{"entries":{},"key":null,"siteFiles":[]}"#, #"{"entries":[],"key":"k","siteFiles":[]}"#,
            #"{"entries":{},"key":1,"siteFiles":[]}"#, #"{"entries":{},"key":"k","siteFiles":[1]}"#,
            #"{"entries":{"a":{"diagnostics":[],"outputs":[],"source":"h"}},"key":"k","siteFiles":[]}"#,
            #"{"entries":{"a":{"dependencies":{},"diagnostics":[],"outputs":[],"source":"h","stale":"yes"}},"key":"k","siteFiles":[]}"#,
            #"{"entries":{"a":{"dependencies":{},"diagnostics":[{"file":"f"}],"outputs":[],"source":"h"}},"key":"k","siteFiles":[]}"#,
            #"{"entries":{"a":{"dependencies":{},"diagnostics":[],"outputs":[],"source":"h","summary":{"slug":"s"}}},"key":"k","siteFiles":[]}"#,
            #"{"entries":{"a":{"dependencies":{},"diagnostics":[],"outputs":[],"source":"h","stamp":{"size":1}}},"key":"k","siteFiles":[]}"#,
            #"{"entries":{"a":"# + entry + #"},"key":"k","siteFiles":[]} []"#,
            "", "null", "[]", "\n",
        ]
        for text in texts {
            #expect(Self.read(text) == nil, "\(text)")
            #expect(Self.decoded(Data(text.utf8)) == nil, "JSONDecoder: \(text)")
        }
        // Foundation lets a trailing comma pass; JSON does not, and JSONEncoder never writes one.
        #expect(Self.read(#"{"entries":{},"key":"k","siteFiles":[],}"#) == nil)
    }

    @Test func aCutOrDamagedCacheIsNone() {
        let data = Self.cache(12).data
        var random = SplitMix64(seed: 3)
        for end in stride(from: 0, to: data.count - 1, by: 7) {
            #expect(Self.read(data.prefix(end)) == nil, "cut at \(end)")
        }
        for _ in 0..<2_000 {
            var damaged = [UInt8](data)
            damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next())
            let read = Self.read(Data(damaged))
            if Self.decoded(Data(damaged)) == nil, read != nil {
                // Only where Foundation is stricter than JSON (it never is about structure).
                Issue.record("read a cache JSONDecoder rejects: \(String(decoding: damaged, as: UTF8.self))")
            }
        }
    }

    @Test func aBrokenCacheFileMeansAFullBuild() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        let cache = try folder.read("output/\(BuildCache.fileName)")
        for broken in [String(cache.dropLast(40)), cache.replacingOccurrences(of: "\"outputs\"", with: "\"outputz\""),
                       String(repeating: "[", count: 100_000), "\u{FEFF}" + cache, ""] {
            try folder.write(broken, to: "output/\(BuildCache.fileName)")
            let result = try await Fixtures.build(folder)
            #expect(result.rendered == 6)
            try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
        }
    }
}
