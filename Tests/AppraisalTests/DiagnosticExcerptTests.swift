import Appraisal
import Markdown
import Testing

/// A finding prints a window of its line, and a file prints a bounded number of findings.
struct DiagnosticExcerptTests {
    static func diagnostic(column: Int, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(file: "x.md", position: SourcePosition(line: 1, column: column), length: 4, severity: severity, code: "c", message: "m")
    }

    @Test func aLongLineIsClippedAroundTheColumn() throws {
        let line = String(repeating: "abcdefghij", count: 10_000) + "[@zz]" + String(repeating: "x", count: 10_000)
        let text = DiagnosticPrinter.text(Self.diagnostic(column: 100_001), sourceLines: [line[...]])
        #expect(text.utf8.count < 400)
        let lines = text.split(separator: "\n")
        let excerpt = try #require(lines.dropFirst().first)
        let caret = try #require(lines.dropFirst(2).first)
        #expect(excerpt.contains("…[@zz]") || excerpt.contains("[@zz]"))
        #expect(excerpt.hasSuffix("…"))
        let caretColumn = try #require(caret.firstIndex(of: "^"))
        let at = excerpt.utf8.index(excerpt.utf8.startIndex, offsetBy: caret.utf8.distance(from: caret.startIndex, to: caretColumn) + 2)
        #expect(excerpt[at...].hasPrefix("[@zz]"), "the caret stands under the column")
    }

    @Test func aShortLineIsPrintedWhole() {
        let text = DiagnosticPrinter.text(Self.diagnostic(column: 3), sourceLines: ["ab[@zz] c"])
        #expect(text == "x.md:1:3: error: m\n 1 | ab[@zz] c\n   |   ^~~~")
    }

    @Test func aFileShowsAtMostAHundredFindingsErrorsFirst() {
        let warnings = (1...300).map { Self.diagnostic(column: $0, severity: .warning) }
        let (shown, summaries) = DiagnosticPrinter.capped(warnings + [Self.diagnostic(column: 999)])
        #expect(shown.count == 100)
        #expect(shown.contains { $0.severity == .error })
        #expect(summaries.count == 1)
        #expect(summaries.first?.message.contains("201 more") == true)
    }
}
