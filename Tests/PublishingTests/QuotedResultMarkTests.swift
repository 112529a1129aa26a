import Appraisal
import Testing
@testable import Publishing

/// A quoted result in the prose carries a mark after it on the page and a row in the panel.
struct QuotedResultMarkTests {
    @Test func eachCheckedResultIsMarkedWithItsRecomputedP() throws {
        let source = FigureSamples.source("The trial reported *t*(28) = 2.20, *p* = .04, and later F(2, 45) = 3.10, p = .50.\n")
        let html = try FigureSamples.bodyHTML("The trial reported *t*(28) = 2.20, *p* = .04, and later F(2, 45) = 3.10, p = .50.\n")
        #expect(html.contains("class=\"quoted-result consistent\""))
        #expect(html.contains("class=\"quoted-result inconsistent\""))
        #expect(html.components(separatedBy: "class=\"quoted-result ").count - 1 == 2)
        let analysis = DocumentAnalysis(source, files: nil)
        let panel = VerificationPanel.html(checks: analysis.checks, findings: analysis.diagnostics).markup
        #expect(panel.contains("2 reported figures checked: 1 consistent, 1 inconsistent"))
    }
}
