import Foundation
@testable import Publishing
import Testing

/// `OutputListing.contains` answers as `FileManager.fileExists` does, `NameSet` compares names
/// byte for byte, and `finish` leaves a manifest that already lists the build's files alone.
struct OutputListingTests {
    static func output(_ folder: TemporaryFolder) -> OutputDirectory {
        OutputDirectory(url: folder.url.appendingPathComponent("output"), displayPath: "output")
    }

    @Test func answersAsFileExistsDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ["a.html", ".hidden", "sub/b.html", "caf\u{E9}.html", "cafe\u{301}2.html", "\u{212A}.html", "folder/x"]
        for name in names { try folder.write("x", to: "output/\(name)") }
        let base = folder.url.path + "/output/"
        try FileManager.default.createSymbolicLink(atPath: base + "link.html", withDestinationPath: "a.html")
        try FileManager.default.createSymbolicLink(atPath: base + "dangling.html", withDestinationPath: "nowhere.html")
        try FileManager.default.createSymbolicLink(atPath: base + "linked-folder", withDestinationPath: "folder")
        let listing = OutputListing(Self.output(folder))
        let asked = names + ["link.html", "dangling.html", "folder", "linked-folder", "missing.html", "sub/missing.html",
                             "cafe\u{301}.html", "caf\u{E9}2.html", "K.html", "A.HTML"]
        for path in asked {
            #expect(listing.contains(path) == FileManager.default.fileExists(atPath: base + path), "\(path)")
        }
        #expect(listing.contains("link.html") && !listing.contains("dangling.html"))
        #expect(!listing.contains("cafe\u{301}.html"), "compared by bytes, not canonical equivalence")
        #expect(!listing.contains("K.html"), "the Kelvin sign is not K to the file system")
        try folder.write("x", to: "output/later.html")
        #expect(!listing.contains("later.html"), "read before it was written")
    }

    @Test func aMissingFolderHoldsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let listing = OutputListing(Self.output(folder))
        #expect(!listing.contains("index.html"))
        #expect(!listing.contains("sub/index.html"))
    }

    @Test func nameSetsCompareBytes() {
        var set = NameSet()
        let names = (0..<5_000).map { "page-\($0).html" } + ["", "é", "e\u{301}", "\u{212A}", "a\u{0}b"]
        for name in names + names {
            var name = name
            name.withUTF8 { set.insert(UnsafeRawBufferPointer($0)) }
        }
        #expect(set.count == names.count)
        func has(_ name: String) -> Bool {
            var name = name
            return name.withUTF8 { set.contains(UnsafeRawBufferPointer($0)) }
        }
        for name in names { #expect(has(name), "\(name)") }
        for name in ["page-5000.html", "page-1.htm", "age-1.html", "\u{E9}x", "K", "a", "a\u{0}"] { #expect(!has(name), "\(name)") }
    }

    @Test func aManifestIsComparedByteForByte() {
        let generated = ["a.html", "b/c.html", "\u{E9}.html"]
        #expect(OutputDirectory.manifest(Data("a.html\nb/c.html\n\u{E9}.html\n".utf8), lists: generated))
        #expect(OutputDirectory.manifest(Data(), lists: []))
        for other in ["a.html\nb/c.html\ne\u{301}.html\n", "a.html\nb/c.html\n\u{E9}.html", "a.html\nb/c.html\n\u{E9}.html\n\n",
                      "a.html\n\u{E9}.html\nb/c.html\n", "a.html\nb/c.html\n", "", "\n", "a.html\nb/c.html\n\u{E9}.htmlx\n"] {
            #expect(!OutputDirectory.manifest(Data(other.utf8), lists: generated), "\(other)")
        }
        #expect(!OutputDirectory.manifest(Data("\n".utf8), lists: []))
        #expect(!OutputDirectory.manifest(Data("x\n".utf8), lists: [""]))
        #expect(OutputDirectory.manifest(Data("\n".utf8), lists: [""]))
    }

    @Test func finishingTheSameFilesAgainLeavesTheManifestAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = Self.output(folder)
        for name in ["a.html", "b.html", "c.html"] { try output.write(Data(name.utf8), to: name) }
        #expect(try output.finish(sorted: ["a.html", "b.html", "c.html"]) == [])
        let manifest = folder.url.path + "/output/" + OutputDirectory.manifestName
        let written = try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date
        #expect(try output.finish(sorted: ["a.html", "b.html", "c.html"]) == [])
        #expect(try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date == written)
        #expect(try output.finish(sorted: ["a.html", "c.html"]) == ["b.html"])
        #expect(try folder.read("output/\(OutputDirectory.manifestName)") == "a.html\nc.html\n")
        #expect(!folder.exists("output/b.html") && folder.exists("output/c.html"))
    }
}
