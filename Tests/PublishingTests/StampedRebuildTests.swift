import Appraisal
import Foundation
@testable import Publishing
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A rebuild takes a source on its `FileStamp` only when the stamp is as recorded and had settled
/// before the cache's stamp time; anything else reads and hashes the source, as before.
struct StampedRebuildTests {
    /// Trusts every stamp older than the cache: the tests' files are all written before a build starts.
    static let noMargin = 0

    static func cachePath(_ folder: TemporaryFolder) -> String {
        folder.url.path + "/output/" + BuildCache.fileName
    }

    static func cache(_ folder: TemporaryFolder) throws -> BuildCache {
        try BuildCache(json: [UInt8](try Data(contentsOf: URL(fileURLWithPath: cachePath(folder)))))
    }

    static func output(_ folder: TemporaryFolder) -> OutputDirectory {
        OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
    }

    /// Replaces `old` with `new` (the same length) in the cache, keeping its stamp time.
    static func edit(_ folder: TemporaryFolder, replacing old: String, with new: String) throws {
        let time = try #require(BuildCache.stampTime(in: output(folder)))
        let text = try folder.read("output/\(BuildCache.fileName)")
        #expect(text.contains(old))
        try folder.write(text.replacingOccurrences(of: old, with: new), to: "output/\(BuildCache.fileName)")
        BuildCache.setStampTime(time, in: output(folder))
    }

    /// Sets a file's modification time to `nanoseconds` since 1970 (its status-change time becomes now).
    static func setModified(_ path: String, _ nanoseconds: Int) {
        let time = timespec(tv_sec: nanoseconds / 1_000_000_000, tv_nsec: nanoseconds % 1_000_000_000)
        #expect(utimensat(AT_FDCWD, path, [time, time], 0) == 0)
    }

    @Test func everyEntryRecordsItsSourcesStamp() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        let before = FileStamp.now()
        _ = try await Fixtures.build(folder)
        let after = FileStamp.now()
        let cache = try Self.cache(folder)
        #expect(cache.entries.count == 6)
        for (path, entry) in cache.entries {
            #expect(entry.stamp != nil && entry.stamp == FileStamp(path: folder.url.path + "/" + path), "\(path)")
        }
        let time = try #require(BuildCache.stampTime(in: Self.output(folder)))
        #expect(before <= time && time <= after, "the stamp time is the build's start")
    }

    @Test func aSettledStampSparesReadingTheSource() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        let hash = try #require(try Self.cache(folder).entries["appraisals/a3.md"]?.source)
        // A wrong hash under a matching stamp goes unnoticed: the source is not read.
        try Self.edit(folder, replacing: "\"source\":\"\(hash)\"", with: "\"source\":\"\(String(repeating: "0", count: hash.count))\"")
        #expect(try await Fixtures.build(folder, fileStampMargin: Self.noMargin).rendered == 0)
        // With a margin longer than the files' age, the stamp is too young to vouch for them.
        #expect(try await Fixtures.build(folder, fileStampMargin: 3_600_000_000_000).rendered == 1)
        #expect(try Self.cache(folder).entries["appraisals/a3.md"]?.source == hash)
    }

    @Test func aYoungStampIsReadAgainAndVouchedForOnceSettled() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        let first = try #require(BuildCache.stampTime(in: Self.output(folder)))
        let cache = try folder.read("output/\(BuildCache.fileName)")
        // With a margin of an hour every stamp is too young: each source is read, nothing is
        // rendered, and the cache's bytes stay, with a later stamp time.
        let result = try await Fixtures.build(folder, fileStampMargin: 3_600_000_000_000)
        #expect(result.rendered == 0)
        #expect(try folder.read("output/\(BuildCache.fileName)") == cache)
        let second = try #require(BuildCache.stampTime(in: Self.output(folder)))
        #expect(second > first)
        // A no-op whose sources were all taken on their stamps leaves the cache file alone.
        _ = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        #expect(BuildCache.stampTime(in: Self.output(folder)) == second)
        try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
    }

    @Test func touchingASourceReadsItAndRendersNothing() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        let path = folder.url.path + "/appraisals/a1.md"
        let old = try #require(try Self.cache(folder).entries["appraisals/a1.md"]?.stamp)
        Self.setModified(path, 1_000_000_000_000_000_000)
        let result = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        #expect(result.rendered == 0)
        let new = try #require(try Self.cache(folder).entries["appraisals/a1.md"]?.stamp)
        #expect(new != old && new == FileStamp(path: path), "the new stamp is recorded")
        try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
    }

    @Test func anEditKeepingTheSizeAndTheModificationTimeStillShows() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        let path = folder.url.path + "/appraisals/a2.md"
        let old = try #require(try Self.cache(folder).entries["appraisals/a2.md"]?.stamp)
        let text = try folder.read("appraisals/a2.md")
        try folder.write(text.replacingOccurrences(of: "# Part 2", with: "# Part 7"), to: "appraisals/a2.md")
        Self.setModified(path, old.modified)
        let stamp = try #require(FileStamp(path: path))
        #expect(stamp.size == old.size && stamp.modified == old.modified && stamp.changed != old.changed)
        let result = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        #expect(result.rendered == 1)
        #expect(try folder.read("output/a2.html").contains("Part 7"))
        try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
    }

    @Test func aCacheWithoutStampsIsReadAndStampedAgain() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, fileStampMargin: Self.noMargin)
        var cache = try Self.cache(folder)
        for key in cache.entries.keys { cache.entries[key]?.stamp = nil }
        try cache.data.write(to: URL(fileURLWithPath: Self.cachePath(folder)))
        #expect(try await Fixtures.build(folder, fileStampMargin: Self.noMargin).rendered == 0)
        #expect(try Self.cache(folder).entries.values.allSatisfy { $0.stamp != nil })
        try await IncrementalBuildTests.expectEqualsCleanBuild(folder)
    }

    @Test func pagesKeptFromAnEarlierBuildKeepItsStampTime() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder)
        let first = try #require(BuildCache.stampTime(in: Self.output(folder)))
        try folder.write(Fixtures.appraisal(title: "Changed", date: "2020-01-01"), to: "appraisals/a0.md")
        let result = try await Fixtures.build(folder, paths: ["appraisals/a0.md"])
        #expect(result.rendered == 1 && result.kept == 5)
        #expect(BuildCache.stampTime(in: Self.output(folder)) == first)
    }

    @Test func keptPagesOfAnotherVersionLoseTheirStamps() async throws {
        let folder = try IncrementalBuildTests.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, toolVersion: "1", fileStampMargin: Self.noMargin)
        _ = try await Fixtures.build(folder, toolVersion: "2", paths: ["appraisals/a0.md"], fileStampMargin: Self.noMargin)
        let cache = try Self.cache(folder)
        for (path, entry) in cache.entries where path != "appraisals/a0.md" {
            #expect(entry.source == BuildCache.outdated && entry.stamp == nil, "\(path)")
        }
        #expect(try await Fixtures.build(folder, toolVersion: "2", fileStampMargin: Self.noMargin).rendered == 5)
    }

    @Test func stampsOfFilesAndWhatIsNotOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("12345", to: "a.txt")
        let stamp = try #require(FileStamp(path: folder.url.path + "/a.txt"))
        #expect(stamp.size == 5)
        #expect(FileStamp(path: folder.url.path + "/missing.txt") == nil)
        #expect(FileStamp(path: folder.url.path) == nil, "a folder")
        let time = stamp.modified
        #expect(stamp.isSettled(at: max(stamp.modified, stamp.changed), margin: 0))
        #expect(!stamp.isSettled(at: max(stamp.modified, stamp.changed) - 1, margin: 0))
        #expect(FileStamp(size: 0, modified: 10, changed: 5).isSettled(at: 12, margin: 2))
        #expect(!FileStamp(size: 0, modified: 10, changed: 11).isSettled(at: 12, margin: 2))
        #expect(!FileStamp(size: 0, modified: 0, changed: 0).isSettled(at: .min, margin: 1), "no overflow")
        #expect(!FileStamp(size: 0, modified: 0, changed: 0).isSettled(at: .max, margin: -1))
        #expect(time > 0)
    }
}
