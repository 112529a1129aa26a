import Foundation
@testable import Publishing
import Testing

/// Files written in parts: put in place atomically, left untouched when nothing changed.
struct AtomicFileStreamTests {
    static func inode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int
    }

    static func write(_ parts: [String], to relative: String, in output: OutputDirectory, commit: Bool = true) throws -> Bool {
        try output.write(to: relative) { stream in
            for part in parts { stream.write(part) }
            return commit
        }
    }

    @Test func partsMakeTheFileAndIdenticalBytesLeaveItUntouched() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        let big = String(repeating: "0123456789", count: 20_000)
        #expect(try Self.write(["<p>", big, "</p>\n"], to: "tags/a.html", in: output))
        #expect(try folder.read("output/tags/a.html") == "<p>" + big + "</p>\n")
        let first = try Self.inode(folder.url.appendingPathComponent("output/tags/a.html"))
        #expect(try Self.write(["<p>" + big, "</p>\n"], to: "tags/a.html", in: output))
        #expect(try Self.inode(folder.url.appendingPathComponent("output/tags/a.html")) == first)
        for changed in [["<p>", big, "</p>"], ["<p>", big, "</p>\n\n"], ["<q>", big, "</p>\n"]] {
            #expect(try Self.write(changed, to: "tags/a.html", in: output))
            #expect(try folder.read("output/tags/a.html") == changed.joined())
        }
        #expect(folder.files(under: "output") == ["tags/a.html"])
    }

    @Test func aDiscardedStreamLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        #expect(try Self.write(["old\n"], to: "index.html", in: output))
        #expect(try !Self.write(["new\n"], to: "index.html", in: output, commit: false))
        #expect(try folder.read("output/index.html") == "old\n")
        #expect(folder.files(under: "output") == ["index.html"])
        #expect(throws: OutputError.self) { try Self.write(["x"], to: "../escape.html", in: output) }
    }
}
