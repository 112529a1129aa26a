import Appraisal
import Foundation
import Testing

/// Prose that merely contains numbers yields no quoted result, hence no finding.
struct QuotedResultFalseAlarmTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let clinicalProse = [
        "Patients received IVIG 2 g/kg over 2 days every 4 weeks (t = 0 at the first infusion), with prednisolone 1 mg/kg; the median age was 47 years (range 18-79).",
        "Serum ferritin ranged from 15-34 ng/mL in the iron-deficient group and 35 to 300 ng/mL in the others; 95% of patients had a transferrin saturation below 20%.",
        "Follow-up ran from 12 March 2015 to 30 June 2019 (median 26 months, IQR 14-38); 3 of 42 patients (7%) were lost, p. 112 of the protocol explains why.",
        "The dose was titrated from 0.5 to 2.0 mg per day; creatinine was 88 µmol/L (range 60-140) and eGFR 72 mL/min/1.73 m2 at baseline.",
        "Table 2 (p = page 4) lists the outcomes; Fig. 3 shows the MRC sum score, which rose by 6.5 points (SD 4.2) at week 16.",
        "Risk of bias was low in 5 of 7 domains; the OR of the journal's editors, 2019, was not relevant to the t-test section of the appendix.",
        "Adverse events occurred in 21/47 (45%) versus 14/48 (29%); headache (n = 9) and fever (n = 4) were the commonest. r = 12 months for the refill schedule.",
        "Haemoglobin rose from 98 g/L to 121 g/L; the HR monitor recorded 72 beats/min, and the MD on call reviewed 95% of the traces within 24 h.",
        "Enrollment: F = female (n = 58), M = male (n = 37); z-scores for height were between -1.5 and 1.2 in all children aged 2-11 years.",
        "A 95% CI is wide when n is small: with 30 patients per arm the trial had 80% power to detect a 25% relative risk reduction at a two-sided α of 0.05.",
    ]

    @Test func ordinaryClinicalProseHasNoQuotedResult() {
        #expect(Self.clinicalProse.count == 10)
        for paragraph in Self.clinicalProse {
            #expect(QuotedResultScanner.scan(paragraph).isEmpty, "\(paragraph)")
        }
        let file = SourceFile(displayPath: "prose.md", text: Self.clinicalProse.joined(separator: "\n\n"))
        #expect(ManuscriptScan.diagnostics(for: file).isEmpty)
    }

    @Test func exampleAppraisalsHaveNoQuotedResultFinding() throws {
        let (references, missing) = SourceDiscovery.find(["appraisals"], workingDirectory: Self.repository)
        #expect(missing.isEmpty)
        #expect(!references.isEmpty)
        for reference in references {
            let source = reference.load()
            let analysis = DocumentAnalysis(source, files: nil)
            let findings = analysis.diagnostics.filter { $0.code.hasPrefix("quoted-") }
            #expect(findings.isEmpty, "\(reference.displayPath): \(findings.map(\.headline))")
        }
    }
}
