import Testing
@testable import Statistics

/// Golden cases from scripts/golden/comparisons.py (scipy mannwhitneyu, exact where R would be).
struct MannWhitneyCase: Decodable, Sendable, CustomTestStringConvertible {
    let x: [Double], y: [Double], u: Double, exact: Bool, pValue: Double?
    var testDescription: String { "n=\(x.count)+\(y.count)\(exact ? " exact" : "")" }
}

@Suite("Rank test golden vectors")
struct RankGoldenTests {
    static let cases = (try? GoldenVectors.load("mann_whitney", as: MannWhitneyCase.self)) ?? []

    @Test func goldenFileLoads() {
        #expect(Self.cases.count >= 200)
        #expect(Self.cases.contains { $0.exact } && Self.cases.contains { !$0.exact })
    }

    @Test(arguments: cases)
    func mannWhitney(_ golden: MannWhitneyCase) throws {
        let result = try MannWhitneyU.test(golden.x, golden.y)
        expectClose(result.statistic ?? .nan, golden.u, "U")
        #expect(result.method.contains("exact") == golden.exact)
        if let p = golden.pValue {
            expectClose(result.pValue, p, absolute: 1e-300, "P")
        } else {
            Issue.record("scipy gave no P value")
        }
    }

    @Test func swappingGroupsGivesComplementaryU() throws {
        let x = [1.5, 2.5, 3.5, 4.2, 11.0]
        let y = [0.5, 4.0, 4.5, 5.0, 6.0, 7.0]
        let forward = try MannWhitneyU.test(x, y)
        let backward = try MannWhitneyU.test(y, x)
        #expect(forward.statistic == 11)
        #expect(backward.statistic == 19)
        expectClose(forward.pValue, backward.pValue, "P symmetric")
    }

    @Test func exactAndNormalMethodsCanBeForced() throws {
        let x = (1...12).map(Double.init)
        let y = (13...20).map(Double.init)
        let exact = try MannWhitneyU.test(x, y, method: .exact)
        let normal = try MannWhitneyU.test(x, y, method: .normalApproximation)
        #expect(exact.statistic == 0)
        expectClose(exact.pValue, 2 / 125_970, "exact P = 2 / C(20, 8)")
        #expect(normal.pValue > exact.pValue)
        #expect(throws: StatisticsError.self) { try MannWhitneyU.test([1, 1, 2], [3, 4], method: .exact) }
    }
}
