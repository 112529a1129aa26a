@testable import Appraisal
import Markdown
import Testing

/// Each scanner of source text takes time in proportion to its input, on the input that is
/// worst for it: 2 MB takes at most 3× as long as 1 MB (a quadratic scan takes 4×).
@Suite(.serialized) struct ScannerScalingTests {
    /// Each pattern holds an `@`: text without one skips the scan (a `memchr` of the whole
    /// text, too quick to time against cache effects).
    @Test(arguments: ["[@a ", "![@"])
    func citationsScaleLinearly(pattern: String) {
        let growth = Scaling.growth(of: pattern) { _ = CitationSyntax.segments($0) }
        #expect(growth < 3, "2 MB of '\(pattern)' took \(growth)× as long as 1 MB")
    }

    @Test(arguments: ["{{ a ", "{{{", "}} "])
    func expressionMaskingScalesLinearly(pattern: String) {
        let growth = Scaling.growth(of: pattern) { _ = ExpressionMasking.mask($0[...], firstLine: 1) }
        #expect(growth < 3, "2 MB of '\(pattern)' took \(growth)× as long as 1 MB")
    }

    @Test(arguments: ["TODO", "TODO: \"x"])
    func placeholdersScaleLinearly(pattern: String) {
        let growth = Scaling.growth(of: pattern) { _ = AppraisalStructure.placeholders(in: SourceFile(displayPath: "x.md", text: $0)) }
        #expect(growth < 3, "2 MB of '\(pattern)' took \(growth)× as long as 1 MB")
    }

    @Test func excerptsOfOneLongLineScaleLinearly() {
        let growth = Scaling.growth(of: "[@zz] ") { text in
            let line = text[...]
            for column in stride(from: 1, to: line.utf8.count, by: 256) {
                _ = DiagnosticPrinter.text(Diagnostic(file: "x.md", position: SourcePosition(line: 1, column: column), severity: .error,
                                                      code: "c", message: "m"), sourceLines: [line])
            }
        }
        #expect(growth < 3, "excerpts of a 2 MB line took \(growth)× as long as of 1 MB")
    }
}
