import Testing
@testable import Statistics

/// Golden cases from scripts/golden/consistency.py: brute-force enumeration of samples.
struct SummaryConsistencyCase: Decodable, Sendable, CustomTestStringConvertible {
    let test: String, n: Int, mean: String, sd: String, consistent: Bool
    var testDescription: String { "\(test) n=\(n) \(mean) ± \(sd)" }

    /// The range a number printed with two decimals stands for.
    static func range(_ text: String) -> ClosedRange<Double> {
        let value = Double(text) ?? .nan
        return (value - 0.005)...(value + 0.005)
    }
}

@Suite("GRIMMER and DEBIT golden vectors")
struct SummaryConsistencyGoldenTests {
    static let cases = (try? GoldenVectors.load("summary_consistency", as: SummaryConsistencyCase.self)) ?? []

    @Test func goldenFileLoads() {
        #expect(Self.cases.filter { $0.test == "grimmer" }.count >= 400)
        #expect(Self.cases.filter { $0.test == "debit" && !$0.consistent }.count >= 20)
    }

    @Test(arguments: cases)
    func agreesWithEnumeration(_ golden: SummaryConsistencyCase) {
        let mean = SummaryConsistencyCase.range(golden.mean), sd = SummaryConsistencyCase.range(golden.sd)
        let verdict = golden.test == "grimmer"
            ? SummaryConsistency.grimmer(mean: mean, standardDeviation: sd, count: golden.n)
            : SummaryConsistency.debit(mean: mean, standardDeviation: sd, count: golden.n)
        #expect(verdict == golden.consistent)
    }

    @Test func aGRIMFailureFailsGRIMMERToo() {
        #expect(!SummaryConsistency.grimmer(mean: 5.185...5.195, standardDeviation: 1.0...1.1, count: 10))
    }

    @Test func untestableInputPasses() {
        #expect(SummaryConsistency.grimmer(mean: 0...1e12, standardDeviation: 1...2, count: 10))
        #expect(SummaryConsistency.debit(mean: 0.4...0.6, standardDeviation: 0.5...0.5, count: 1))
    }
}
