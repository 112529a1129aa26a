import Appraisal
import Markdown
import Testing
import TestRandom
@testable import Publishing

/// Result tables of the kinds added for every question an appraisal asks.
struct ResultTableTests {
    static func table(_ block: String) throws -> String {
        let text = "---\ntitle: T\ndate: 2020-01-01\n---\n" + block
        let analysis = DocumentAnalysis(AppraisalSource(file: SourceFile(displayPath: "x.md", text: text)), files: nil)
        let results = try #require(analysis.results.first)
        return ResultTable.html(ResultTable.tables(results, style: analysis.style), id: results.block.id).markup
    }

    @Test func aMedianWhoseUpperLimitIsNeverReachedSaysSo() throws {
        let html = try Self.table(PrognosisBlockTestsFixture.aml)
        #expect(html.contains("<th scope=\"row\">Maintained</th><td>11</td><td>7</td><td>31.0 (95%\u{00A0}CI, 13.0 to not reached)</td>"))
        #expect(html.contains("<td>23.0 (95%\u{00A0}CI, 5.0-33.0)</td>"))
        #expect(html.contains("Hazard ratio, Maintained vs Nonmaintained (Cox)</th><td data-label=\"Estimate\">0.40 (95%\u{00A0}CI, 0.15-1.09)</td>"))
    }

    @Test func aDiagnosticTableShowsTheTwoByTwoWithTotalsAndEveryMeasure() throws {
        let html = try Self.table("```data d\ntype: diagnostic\ntarget: <PE>\ncounts: {tp: 231, fp: 32, fn: 27, tn: 54}\n```\n")
        #expect(html.contains("<th scope=\"col\">With &lt;PE&gt;</th>"), "labels are escaped")
        #expect(html.contains("<tr><th scope=\"row\">Total</th><td>258</td><td>86</td><td>344</td></tr>"))
        for label in ["Sensitivity", "Specificity", "Positive predictive value", "Negative predictive value", "Likelihood ratio, positive result",
                      "Diagnostic odds ratio", "Youden index", "Post-test probability, negative result"] {
            #expect(html.contains("<th scope=\"row\">\(label)</th>"), "\(label)")
        }
        #expect(!html.contains("Area under the ROC curve"), "a 2×2 table has no ROC curve to speak of")
    }

    @Test func levelsAreListedWithTheirRatiosAndWhichCountAsPositive() throws {
        let html = try Self.table("```data d\ntype: diagnostic\nlevels:\n  - High: 40 / 5\n  - Middle: 10 / 10\n  - Low: 5 / 40\npositive: 2\n```\n")
        #expect(html.contains("<tr class=\"level-positive\"><th scope=\"row\">Middle</th><td>10</td><td>10</td><td>1.00 (95%\u{00A0}CI,"))
        #expect(html.contains("<tr class=\"level-negative\"><th scope=\"row\">Low</th>"))
        #expect(html.contains("A positive result is the first 2 levels (High, Middle)."))
        #expect(html.contains("<th scope=\"row\">Area under the ROC curve</th>"))
    }
}

/// R's `aml` data as a survival block (maintained first).
enum PrognosisBlockTestsFixture {
    static let aml = """
        ```data aml
        type: survival
        csv: |
          group,time,event
          Maintained,9,1
          Maintained,13,1
          Maintained,13,0
          Maintained,18,1
          Maintained,23,1
          Maintained,28,0
          Maintained,31,1
          Maintained,34,1
          Maintained,45,0
          Maintained,48,1
          Maintained,161,0
          Nonmaintained,5,1
          Nonmaintained,5,1
          Nonmaintained,8,1
          Nonmaintained,8,1
          Nonmaintained,12,1
          Nonmaintained,16,0
          Nonmaintained,23,1
          Nonmaintained,27,1
          Nonmaintained,30,1
          Nonmaintained,33,1
          Nonmaintained,43,1
          Nonmaintained,45,1
        ```

        """
}

/// Values in HTML keep P with its value and a confidence level with "CI".
struct KeepingTogetherTests {
    @Test("non-breaking spaces", arguments: [
        (" = .04", true, "\u{00A0}=\u{00A0}.04"), ("P = 0.04", false, "P\u{00A0}=\u{00A0}0.04"), (" < .001", true, "\u{00A0}<\u{00A0}.001"),
        ("0.43 (95% CI, 0.20-0.90)", false, "0.43 (95%\u{00A0}CI, 0.20-0.90)"), ("0.49 (95% PI, 0.13-1.78)", false, "0.49 (95%\u{00A0}PI, 0.13-1.78)"),
        ("Placebo = control", false, "Placebo = control"),
    ])
    func keepingTogether(_ text: String, _ afterLabel: Bool, _ expected: String) {
        #expect(StyledText.keepingTogether(text, afterPLabel: afterLabel) == expected)
    }

    /// Every "% CI" and "% PI" is bound, wherever it falls, as a byte-by-byte reading binds it:
    /// back to back, at the ends, cut short, and next to non-ASCII text.
    @Test func intervalNamesAreBoundWherever() {
        var random = SplitMix64(seed: 44)
        let pieces = ["%", " ", "C", "P", "I", "% CI", "% PI", "%%", "x", "é", "−", "95", "\u{00A0}"]
        for _ in 0..<5000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var expected: [UInt8] = []
            let bytes = Array(text.utf8)
            var index = 0
            while index < bytes.count {
                expected.append(bytes[index])
                index += 1
                if bytes[index - 1] == UInt8(ascii: "%"), index + 2 < bytes.count, bytes[index] == UInt8(ascii: " "),
                   bytes[index + 1] == UInt8(ascii: "C") || bytes[index + 1] == UInt8(ascii: "P"), bytes[index + 2] == UInt8(ascii: "I") {
                    expected += [0xC2, 0xA0]
                    index += 1
                }
            }
            #expect(Array(StyledText.bindingIntervalNames(text).utf8) == expected, "\(text.debugDescription)")
        }
    }
}
