import Appraisal
import Testing

/// GRIMMER on whole-number items and DEBIT on yes/no items printed as mean ± SD, in baseline rows.
struct SummaryConsistencyFindingTests {
    static func table(_ row: String) -> String {
        "```data t\ntype: baseline\ngroups: {A: 5, B: 24}\nrows:\n  - \(row)\n```\n"
    }

    static func codes(_ row: String) -> [String] {
        DocumentAnalysisTests.analyze(Self.table(row)).diagnostics.map(\.code)
    }

    @Test func anSDNoWholeNumbersHaveIsAGRIMMERFinding() {
        #expect(Self.codes("{label: Pain score, values: [3.40 ± 1.10, 3.50 ± 1.18], integer: true}") == ["grimmer-inconsistent"])
        #expect(Self.codes("{label: Pain score, values: [3.40 ± 1.14, 3.50 ± 1.18], integer: true}").isEmpty)
    }

    @Test func aGRIMFailureIsReportedOnceAsGRIM() {
        #expect(Self.codes("{label: Pain score, values: [3.45 ± 1.10, 3.50 ± 1.18], integer: true}") == ["grim-inconsistent"])
    }

    @Test func aYesNoItemWhoseSDDoesNotFitItsMeanIsADEBITFinding() throws {
        let analysis = DocumentAnalysisTests.analyze(Self.table("{label: Smoker, values: [0.40 ± 0.55, 0.38 ± 0.45], binary: true}"))
        #expect(analysis.diagnostics.map(\.code) == ["debit-inconsistent"])
        let finding = try #require(analysis.diagnostics.first)
        #expect(finding.message == "'Smoker': 24 answers of 0 or 1 cannot have a mean of 0.38 and an SD of 0.45 (DEBIT test)")
        #expect(Self.codes("{label: Smoker, values: [0.40 ± 0.55, 0.38 ± 0.49], binary: true}").isEmpty)
    }

    @Test func withoutTheFlagsNothingIsTested() {
        #expect(Self.codes("{label: Smoker, values: [0.40 ± 0.55, 0.38 ± 0.45]}").isEmpty)
    }
}
