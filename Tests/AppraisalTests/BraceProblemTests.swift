import Appraisal
import Markdown
import Testing

/// An expression's braces that do not pair up are errors in prose, and text elsewhere.
struct BraceProblemTests {
    static func diagnostics(_ body: String) -> [Diagnostic] {
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
        return DocumentAnalysis(source, files: nil).diagnostics
    }

    @Test func anUnclosedOpeningInProseIsALocatedError() throws {
        let found = Self.diagnostics("The NNT was {{ x.nnt and more.\n")
        let error = try #require(found.first { $0.code == "expression-unclosed" })
        #expect(error.severity == .error)
        #expect(error.position == SourcePosition(line: 5, column: 13))
        #expect(error.hint?.contains("}}") == true)
    }

    @Test func aStrayClosingInProseIsALocatedError() throws {
        let found = Self.diagnostics("Text\n\nmore }} here\n")
        let error = try #require(found.first { $0.code == "expression-stray-close" })
        #expect(error.position == SourcePosition(line: 7, column: 6))
    }

    /// Single braces and line breaks between pairs leave the located lines and columns right: text
    /// between braces is copied in runs whose line breaks are counted, not byte by byte.
    @Test func positionsAfterRunsOfSingleBracesAndLines() throws {
        let found = Self.diagnostics("a { b } c\nd {e}\n\n  f } g { }} h\n\nx {{ y\n")
        let stray = try #require(found.first { $0.code == "expression-stray-close" })
        #expect(stray.position == SourcePosition(line: 8, column: 11))
        let unclosed = try #require(found.first { $0.code == "expression-unclosed" })
        #expect(unclosed.position == SourcePosition(line: 10, column: 3))
    }

    @Test func anOpeningClosedOnlyAfterABlankLineIsUnclosedAndItsCloserStray() {
        let codes = Self.diagnostics("a {{ b\n\nc }} d\n").map(\.code)
        #expect(codes.contains("expression-unclosed"))
        #expect(codes.contains("expression-stray-close"))
    }

    @Test func codeEscapesAndDataBlocksKeepUnpairedBraces() {
        let body = "`{{` and `}}` in code, \\{{ escaped }} and \\}} too.\n\n```\n{{ open\n```\n\n```data t\ntype: binary\narms: {a: {events: 1, total: 2}}\n```\n"
        let codes = Self.diagnostics(body).map(\.code)
        #expect(!codes.contains("expression-unclosed"))
        #expect(!codes.contains("expression-stray-close"))
    }

    @Test func unpairedBracesReadBackAsWritten() {
        let masked = ExpressionMasking.mask("a {{ b\n\nc }} d {{ e }}", firstLine: 1)
        #expect(masked.braceProblems.map(\.kind) == [.unclosedOpening, .strayClosing])
        #expect(ExpressionMasking.restore(masked.parsedText, sites: masked.sites) == "a {{ b\n\nc }} d {{ e }}")
    }
}
