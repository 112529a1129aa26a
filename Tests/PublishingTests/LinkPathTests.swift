@testable import Publishing
import Testing

/// Which link destinations name a file of the project: relative paths do; addresses with a
/// scheme, anchors and absolute paths do not.
struct LinkPathTests {
    @Test(arguments: [
        ("https://example.org/a.pdf", nil), ("mailto:someone@example.org", nil), ("doi:10.1000/1", nil),
        ("svn+ssh://host/x", nil), ("x-y.z:rest", nil), (":odd", nil), ("#methods", nil), ("/etc/passwd", nil),
        ("?q=1", nil), ("", nil), ("   ", nil),
        ("data/trial.csv", "data/trial.csv"), ("  figures/km.svg  ", "figures/km.svg"), ("report.pdf#page=2", "report.pdf"),
        ("notes.txt?v=2", "notes.txt"), ("my%20file.pdf", "my file.pdf"), ("a/b:c.txt", "a/b:c.txt"),
        ("é:x", nil), ("http:\u{301}//x", "http:\u{301}//x"), (" https://example.org", nil),
    ] as [(String, String?)])
    func relativePaths(_ destination: String, _ expected: String?) {
        #expect(LinkAudit.relativePath(destination) == expected, "\(destination)")
    }
}
