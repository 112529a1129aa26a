import Foundation
@testable import Publishing
import Testing

/// Whole files written to the output folder: folders made on demand, identical bytes left alone.
struct OutputWriteTests {
    static func inode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    }

    @Test func aFileInAFolderThatDoesNotExistYetIsWrittenWithItsFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        try output.write(Data("one".utf8), to: "a/b/c.html")
        try output.write(Data("two".utf8), to: "a/d.html")
        try output.write(Data("three".utf8), to: "e.html")
        #expect(try folder.read("output/a/b/c.html") == "one")
        #expect(try folder.read("output/a/d.html") == "two")
        #expect(try folder.read("output/e.html") == "three")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("output/a").path)
        #expect(names.sorted() == ["b", "d.html"], "no temporary file is left behind")
    }

    /// The temporary file goes beside its target even when a name starts with a combining mark:
    /// a `/` and the mark after it make one Character, and looking for the folder by Characters
    /// put the temporary file in a folder that does not exist.
    @Test func aNameThatStartsWithACombiningMarkIsWrittenInItsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        try output.write(Data("accent".utf8), to: "a/\u{301}b.html")
        #expect(try folder.read("output/a/\u{301}b.html") == "accent")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("output/a").path)
        #expect(names == ["\u{301}b.html"], "no temporary file is left behind")
    }

    @Test func identicalBytesLeaveTheFileUntouchedAndAnyDifferenceReplacesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
        let path = folder.url.appendingPathComponent("output/page.html").path
        let text = String(repeating: "abcdefghij", count: 10_000)
        try output.write(Data(text.utf8), to: "page.html")
        let first = try Self.inode(path)
        try output.write(Data(text.utf8), to: "page.html")
        #expect(try Self.inode(path) == first)
        for changed in [text + "x", String(text.dropLast()), "X" + text.dropFirst(), ""] {
            try output.write(Data(changed.utf8), to: "page.html")
            #expect(try folder.read("output/page.html") == changed)
        }
        try output.write(Data(), to: "page.html")
        #expect(try folder.read("output/page.html") == "")
    }

    @Test func fileContentsComparesExactlyAndToleratesMissingFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("f").path
        func holds(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBytes { FileContents.file(at: path, holds: $0) }
        }
        #expect(!holds(""))
        #expect(!holds("abc"))
        try Data("abc".utf8).write(to: URL(fileURLWithPath: path))
        #expect(holds("abc"))
        #expect(!holds("abd"))
        #expect(!holds("ab"))
        #expect(!holds("abcd"))
        #expect(!FileContents.file(at: folder.url.path, holds: UnsafeRawBufferPointer(start: nil, count: 0)), "a folder is not a file")
    }

    @Test func aTemporaryNameAlreadyTakenIsPassedOver() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url, displayPath: "output")
        // The next two numbers' names are taken (other tests may draw numbers meanwhile; then the
        // write simply finds a free one at once).
        let next = TemporaryNames.next()
        for number in [next &+ 1, next &+ 2] {
            try Data("stale".utf8).write(to: folder.url.appendingPathComponent(".page.html.\(number).tmp"))
        }
        try output.write("fresh", to: "page.html")
        #expect(try folder.read("page.html") == "fresh")
        #expect(try folder.read(".page.html.\(next &+ 1).tmp") == "stale")
        #expect(try folder.read(".page.html.\(next &+ 2).tmp") == "stale")
    }

    @Test func aFileSaidToBeAbsentIsWrittenWithoutALookAndOtherwiseComparedFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = OutputDirectory(url: folder.url, displayPath: "output")
        try output.write("same", to: "page.html")
        let before = try Self.inode(folder.url.appendingPathComponent("page.html").path)
        try output.write("same", to: "page.html")
        #expect(try Self.inode(folder.url.appendingPathComponent("page.html").path) == before, "identical bytes are left alone")
        try output.write("same", to: "page.html", mayExist: false)
        #expect(try folder.read("page.html") == "same")
        #expect(try Self.inode(folder.url.appendingPathComponent("page.html").path) != before, "written without comparing")
    }
}
