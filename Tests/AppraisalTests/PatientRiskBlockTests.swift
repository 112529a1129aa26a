import Appraisal
import Markdown
import Testing

/// `patient_risk:` on a binary block applies the trial's relative effect to the reader's patient.
struct PatientRiskBlockTests {
    static func block(_ risk: String, desirable: Bool = false) -> String {
        """
        ```data trial
        type: binary
        desirable: \(desirable)
        arms:
          Drug: 10/100
          Placebo: 20/100
        patient_risk: \(risk)
        ```
        """
    }

    @Test("the patient's risk and NNTs", arguments: [
        ("trial.patient.risk", "15%"), ("trial.patient.risk | ci", "15% (95% CI, 7%-30%)"),
        ("trial.patient.nnt", "NNTB 7"), ("trial.patient.nnt | fixed(2)", "6.67"),
        ("trial.patient.nnt | ci", "NNTB 7 (95% CI, NNTB 5 to ∞ to NNTH 245)"),
        ("trial.patient.nnt_or | fixed(2)", "7.14"),
    ])
    func values(_ expression: String, _ expected: String) {
        #expect(DocumentAnalysisTests.value(expression, Self.block("0.3")) == expected)
    }

    @Test func aPercentageIsReadAsAProbability() {
        #expect(DocumentAnalysisTests.value("trial.patient.risk | percent(1)", Self.block("30%")) == "15.0%")
    }

    @Test func aGoodEventTurnsTheSameNumbersIntoHarm() {
        #expect(DocumentAnalysisTests.value("trial.patient.nnt", Self.block("0.3", desirable: true)) == "NNTH 7")
    }

    @Test("a risk outside (0, 1) is a located error", arguments: ["0", "1", "1.5", "-0.1", "120%", "high"])
    func outOfRange(_ risk: String) throws {
        let (_, diagnostics) = DataBlockTests.collect(Self.block(risk))
        let error = try #require(diagnostics.first)
        #expect(error.code == "patient-risk-range" && error.severity == .error)
        #expect(error.position == SourcePosition(line: 11, column: 15))
        #expect(error.hint?.contains("expected event risk") == true)
    }

    @Test func aBlockWithoutAControlArmSaysSo() throws {
        let (_, diagnostics) = DataBlockTests.collect("""
            ```data scores
            type: continuous
            patient_risk: 0.2
            arms:
              A: 1 ± 1 (n=10)
              B: 2 ± 1 (n=10)
            ```
            """)
        #expect(diagnostics.map(\.code) == ["patient-risk-needs-control"])
        #expect(diagnostics.first?.position?.line == 7)
    }

    @Test func withoutPatientRiskThereAreNoPatientNames() {
        let analysis = DocumentAnalysisTests.analyze("{{ improvement.patient.nnt }}\n\n" + DocumentAnalysisTests.improvement)
        #expect(analysis.diagnostics.map(\.code) == ["unknown-name"])
    }
}
