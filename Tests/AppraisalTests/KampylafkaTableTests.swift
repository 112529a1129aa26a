import Appraisal
import Testing

/// Table I of Kampylafka 2012 entered as printed, misprint included, gives exactly the findings
/// the reference facts sheet describes, and nothing on the consistent rows.
struct KampylafkaTableTests {
    static let table = """
        ```data table1
        type: baseline
        outcome: Baseline characteristics (Table I)
        groups: {IVIG: 24, Non-IVIG: 18}
        rows:
          - {label: Age at disease onset (years), values: [41 ± 21, 46 ± 16], p: 0.40}
          - {label: "Male sex, n (%)", values: [9 (37.5%), 8 (44.4%)], p: 0.65}
          - {label: Months from onset to follow-up, values: ["15, 11-21", "14, 11-15"], p: 0.07}
          - {label: "MRC at diagnosis [0-10]", values: [6.71 ± 1.60, 7.89 ± 1.41], p: 0.01}
          - {label: CPK at diagnosis (U/L), values: ["849, 124-3170", "181, 60-626"], p: 0.04}
          - {label: "CDASI at diagnosis [0-148]", values: [7.5 ± 6.3, 7.1 ± 6.6], p: 0.84}
          - {label: "Cancer, n (%)", values: [2 (8.3%), 4 (22.2%)], p: 0.20}
          - {label: "Calcifications, n (%)", values: [4 (16.7%), 2 (11.1%)], p: 0.61}
          - {label: "Lung involvement, n (%)", values: [9 (37.5%), 6 (33.3%)], p: 0.78}
          - {label: "Corticosteroids, n (%)", values: [23 (95.8%), 16 (88.9%)], p: 0.38}
          - {label: "Methotrexate, n (%)", values: [19 (79.2%), 10 (55.6%)], p: 0.10}
          - {label: "Azathioprine, n (%)", values: [5 (20.8%), 4 (22.2%)], p: 0.91}
          - {label: "Hydroxychloroquine, n (%)", values: [1 (0.04%), 1 (0.06%)], p: 0.83}
        ```
        """

    static func analysis() -> DocumentAnalysis {
        let text = "---\ntitle: Kampylafka\ndate: 2012-05-01\n---\n" + table + "\n"
        return DocumentAnalysis(AppraisalSource(file: SourceFile(displayPath: "k.md", text: text)), files: nil)
    }

    static let labels = ["Age", "Male sex", "Months from onset", "MRC", "CPK", "CDASI", "Cancer", "Calcifications", "Lung",
                         "Corticosteroids", "Methotrexate", "Azathioprine", "Hydroxychloroquine"]

    /// The facts sheet's findings, plus one it does not list: the corticosteroid P, 0.387 by
    /// Pearson's chi-square, is printed 0.38, which matches only if truncated. DESIGN.md's rule
    /// (0.38 stands for [0.375, 0.385)) makes it inconsistent, as it makes the MRC P (0.017 printed 0.01).
    @Test func findingsAreThoseOfTheFactsSheet() {
        let found = Self.analysis().diagnostics.map { diagnostic in
            "\(diagnostic.code): \(Self.labels.first { diagnostic.message.contains($0) } ?? diagnostic.message)"
        }.sorted()
        #expect(found == [
            "expected-count-below-5: Azathioprine",
            "expected-count-below-5: Calcifications",
            "expected-count-below-5: Cancer",
            "expected-count-below-5: Corticosteroids",
            "expected-count-below-5: Hydroxychloroquine",
            "not-verifiable: CPK",
            "not-verifiable: Months from onset",
            "p-inconsistent: Corticosteroids",
            "p-inconsistent: MRC",
            "percent-mismatch: Hydroxychloroquine",
            "percent-mismatch: Hydroxychloroquine",
        ])
    }

    @Test func theRecomputedValuesMatchTheFactsSheet() throws {
        let analysis = Self.analysis()
        let checks = Dictionary(uniqueKeysWithValues: analysis.checks.map { ($0.label, $0) })
        let mrc = try #require(checks["MRC at diagnosis [0-10]: P"])
        #expect(mrc.outcome == .inconsistent)
        #expect(mrc.recomputedText == "0.017")
        #expect(checks["Age at disease onset (years): P"]?.recomputedText == "0.405")
        #expect(checks["CDASI at diagnosis [0-148]: P"]?.recomputedText == "0.843")
        let consistent = analysis.checks.filter { $0.outcome == .consistent }.map(\.label)
        #expect(consistent.count == 9, "every categorical row but corticosteroids, and age and CDASI")
        #expect(checks["Corticosteroids, n (%): P"]?.recomputedText == "0.387")
        #expect(analysis.checks.filter { $0.outcome == .notVerifiable }.count == 2)
    }

    @Test func theFisherPIsGivenWhereChiSquareIsUnreliable() throws {
        let cancer = try #require(Self.analysis().diagnostics.first { $0.code == "expected-count-below-5" && $0.message.contains("Cancer") })
        #expect(cancer.message.hasSuffix("Fisher's exact test gives P = .38"))
    }
}
