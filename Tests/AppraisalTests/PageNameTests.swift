@testable import Appraisal
import Testing

/// A source's page name is its file name without `.md`, read from the path's bytes.
struct PageNameTests {
    /// The name as the `String` split gave it, for paths where Characters and bytes agree.
    static func splitByCharacters(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    @Test func isTheFileNameWithoutItsExtension() {
        let paths = ["", "/", "//", "a.md", "appraisals/ivig-rct.md", "a/b/c.md", "a//b.md", "dir/", "dir/name.md/", "./x.md",
                     "notes.txt", ".md", "a/.md", "x.md.md", "café/résumé.md", "日本/試験.md"]
        for path in paths {
            #expect(AppraisalSource.pageName(ofPath: path) == Self.splitByCharacters(path), "\(path)")
        }
    }

    @Test func aCombiningMarkAfterASlashStartsTheName() {
        // One Character of `/` and U+0301 hid the slash from the Character split.
        #expect(AppraisalSource.pageName(ofPath: "dir/\u{301}x.md") == "\u{301}x")
        #expect(Self.splitByCharacters("dir/\u{301}x.md") == "dir/\u{301}x")
    }
}
