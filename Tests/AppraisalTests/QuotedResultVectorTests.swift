import Appraisal
import Foundation
import Testing

/// Committed vectors for quoted results: statcheck's own test suite, and verdicts computed with scipy.
struct QuotedResultVectorTests {
    /// A text from statcheck's tests and whether statcheck calls it an error and a decision error.
    struct StatcheckCase: Decodable {
        let text: String
        let error: Bool?
        let decision_error: Bool?
    }

    /// A text with the verdict and P value the scipy generator computed.
    struct GoldenCase: Decodable {
        let text: String
        let verdict: String
        let recomputed: Double
    }

    /// A vectors file: its cases.
    struct File<Case: Decodable>: Decodable {
        let cases: [Case]
    }

    /// The cases of `QuotedResults/<name>.json`.
    static func load<Case: Decodable>(_ name: String, as: Case.Type) throws -> [Case] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "QuotedResults"))
        return try JSONDecoder().decode(File<Case>.self, from: Data(contentsOf: url)).cases
    }

    @Test func statcheckTestSuiteAgrees() throws {
        let cases = try Self.load("statcheck_vectors", as: StatcheckCase.self)
        #expect(cases.count >= 70)
        var disagreements: [String] = []
        for item in cases {
            let found = QuotedResultScanner.scan(item.text)
            guard found.count == 1, let result = found.first else {
                disagreements.append("\(item.text): found \(found.count) results")
                continue
            }
            let verdict = QuotedResultJudge.judge(result)
            if let error = item.error, error != (verdict.outcome != .consistent) {
                disagreements.append("\(item.text): error \(error), got \(verdict.outcome)")
            }
            if let decision = item.decision_error, decision != (verdict.outcome == .decisionError) {
                disagreements.append("\(item.text): decision error \(decision), got \(verdict.outcome)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
    }

    @Test func scipyVerdictsAgree() throws {
        let cases = try Self.load("quoted_results", as: GoldenCase.self)
        #expect(cases.count > 500)
        var disagreements: [String] = []
        for item in cases {
            let found = QuotedResultScanner.scan(item.text)
            guard found.count == 1, let result = found.first else {
                disagreements.append("\(item.text): found \(found.count) results")
                continue
            }
            let verdict = QuotedResultJudge.judge(result)
            if verdict.outcome.rawValue != item.verdict { disagreements.append("\(item.text): expected \(item.verdict), got \(verdict.outcome)") }
            let recomputed = verdict.recomputed ?? .nan
            if !(abs(recomputed - item.recomputed) <= 1e-7 * max(item.recomputed, 1e-300) || abs(recomputed - item.recomputed) < 1e-12) {
                disagreements.append("\(item.text): P \(item.recomputed), got \(recomputed)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).joined(separator: "\n"))")
    }
}
