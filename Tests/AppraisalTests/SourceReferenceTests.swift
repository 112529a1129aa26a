import Appraisal
import Foundation
import Testing

/// A source reference keeps its file's path and gives the same URL back.
struct SourceReferenceTests {
    @Test func theURLComesBackFromThePath() {
        for path in ["/tmp/appraisals/x.md", "/tmp/a folder/é ü.md", "/tmp/100% sure/#1.md"] {
            let url = URL(fileURLWithPath: path)
            let reference = SourceReference(url: url, displayPath: "x.md")
            #expect(reference.path == path)
            #expect(reference.url == url)
            #expect(reference.url.lastPathComponent == url.lastPathComponent)
            var moved = reference
            moved.url = URL(fileURLWithPath: "/elsewhere/y.md")
            #expect(moved.path == "/elsewhere/y.md")
        }
    }
}
