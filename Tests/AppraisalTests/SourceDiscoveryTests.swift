import Appraisal
import Foundation
import Testing

/// `SourceDiscovery.find` finds what it found with `FileManager`'s enumerator (the oracle, kept
/// here): hidden names passed over, links to files followed, links to folders not entered, but
/// a folder given as a link is read.
struct SourceDiscoveryTests {
    /// The enumerator-based search `find` used, for one folder.
    static func enumerated(_ folder: URL, workingDirectory: URL) -> [SourceReference] {
        let manager = FileManager.default
        let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var found: Set<SourceReference> = []
        while let item = enumerator?.nextObject() as? URL {
            var isFolder: ObjCBool = false
            guard item.pathExtension == "md", manager.fileExists(atPath: item.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let standardized = item.standardizedFileURL
            found.insert(SourceReference(url: standardized, displayPath: SourceDiscovery.display(standardized, workingDirectory: workingDirectory)))
        }
        return found.sorted { $0.displayPath < $1.displayPath }
    }

    @Test func findsWhatTheEnumeratorFound() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("appraise-discovery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        func file(_ path: String) throws {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("---\ntitle: x\n---\n".utf8).write(to: url)
        }
        func link(_ path: String, to destination: String) throws {
            try manager.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        for path in ["p/appraisals/a.md", "p/appraisals/b.MD", "p/appraisals/c.markdown", "p/appraisals/deep/er/d.md",
                     "p/appraisals/.hidden.md", "p/appraisals/.git/e.md", "p/appraisals/sp ace é.md", "p/appraisals/x.md.txt",
                     "p/appraisals/..md", "p/appraisals/md", "p/elsewhere/f.md", "p/elsewhere/sub/g.md"] {
            try file(path)
        }
        try manager.createDirectory(at: root.appendingPathComponent("p/appraisals/folder.md"), withIntermediateDirectories: true)
        try link("p/appraisals/linked.md", to: "../elsewhere/f.md")
        try link("p/appraisals/dangling.md", to: "nowhere.md")
        try link("p/appraisals/linked-folder", to: "../elsewhere")
        try link("p/appraisals/linked-folder.md", to: "../elsewhere")
        try link("p/link-to-appraisals", to: "appraisals")
        let project = root.appendingPathComponent("p")
        for path in ["appraisals", "appraisals/deep", "appraisals/../appraisals", "appraisals/", "."] {
            let (found, missing) = SourceDiscovery.find([path], workingDirectory: project)
            #expect(missing.isEmpty)
            let expected = Self.enumerated(URL.resolving(path, in: project), workingDirectory: project)
            #expect(found == expected, "\(path)")
            #expect(found.map(\.path) == expected.map(\.path), "\(path)")
        }
        let (found, _) = SourceDiscovery.find(["appraisals"], workingDirectory: project)
        #expect(found.map(\.displayPath) == ["appraisals/a.md", "appraisals/deep/er/d.md", "appraisals/linked.md", "appraisals/sp ace é.md"])
        // A folder given as a link to a folder is read (the enumerator found nothing there).
        let (linked, _) = SourceDiscovery.find(["link-to-appraisals"], workingDirectory: project)
        #expect(linked.map(\.displayPath) == ["link-to-appraisals/a.md", "link-to-appraisals/deep/er/d.md", "link-to-appraisals/linked.md",
                                              "link-to-appraisals/sp ace é.md"])
        let (both, _) = SourceDiscovery.find(["appraisals", "appraisals/a.md", "elsewhere"], workingDirectory: project)
        #expect(both.map(\.displayPath) == ["appraisals/a.md", "appraisals/deep/er/d.md", "appraisals/linked.md", "appraisals/sp ace é.md",
                                            "elsewhere/f.md", "elsewhere/sub/g.md"])
    }
}
