@testable import Publishing
import Testing

/// Only relative paths that stay inside the output folder are written.
struct SafeOutputPathTests {
    @Test func plainRelativePathsAreSafe() {
        for path in ["index.html", "tags/sepsis.html", "assets/style.css", "a/b/c.d", ".appraise-cache.json", "x/.hidden", "...", "a/..b/c", "é/ü.html"] {
            #expect(OutputDirectory.isSafe(path), "\(path)")
        }
    }

    @Test func pathsThatLeaveOrBlurTheFolderAreNot() {
        for path in ["", "/", "/etc/passwd", "..", "../x", "a/../b", "a/..", ".", "./x", "a/./b", "a//b", "a/", "a/b/"] {
            #expect(!OutputDirectory.isSafe(path), "\(path)")
        }
    }

    @Test func aCombiningMarkAfterASlashDoesNotHideIt() {
        // `/` and U+0301 are one Character: split by Characters, this was one harmless component.
        #expect(!OutputDirectory.isSafe("../\u{301}"))
    }
}
