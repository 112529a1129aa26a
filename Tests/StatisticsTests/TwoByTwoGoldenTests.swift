import Testing
@testable import Statistics

/// Golden cases from scripts/golden/comparisons.py (statsmodels and scipy).
struct ProportionCase: Decodable, Sendable, CustomTestStringConvertible {
    let events: Int, total: Int, level: Double
    let wilsonLow: Double, wilsonHigh: Double, exactLow: Double, exactHigh: Double
    var testDescription: String { "\(events)/\(total) at \(level)" }
}

struct ChiSquareGolden: Decodable, Sendable {
    let statistic: Double, df: Double, pValue: Double, expected: [[Double]]
}

struct TwoByTwoCase: Decodable, Sendable, CustomTestStringConvertible {
    let a: Int, n1: Int, c: Int, n2: Int, level: Double
    let riskDifference: Double, riskDifferenceLow: Double, riskDifferenceHigh: Double
    let ratioAdjusted: Bool
    let riskRatio: Double?, riskRatioLow: Double?, riskRatioHigh: Double?
    let oddsRatio: Double?, oddsRatioLow: Double?, oddsRatioHigh: Double?
    let fisherTwoSided: Double, fisherLess: Double, fisherGreater: Double
    let pearson: ChiSquareGolden?, yates: ChiSquareGolden?
    var testDescription: String { "\(a)/\(n1) vs \(c)/\(n2) at \(level)" }
}

struct ChiSquareTableCase: Decodable, Sendable, CustomTestStringConvertible {
    let table: [[Int]]
    let pearson: ChiSquareGolden?, yates: ChiSquareGolden?
    var testDescription: String { "\(table)" }
}

/// Compares a chi-square result (or a thrown error) with scipy's (nil where scipy raises).
func expectChiSquare(_ compute: () throws -> ChiSquareTestResult, _ golden: ChiSquareGolden?, _ label: String) {
    guard let golden else {
        #expect(throws: StatisticsError.self, "\(label): scipy has no result") { try compute() }
        return
    }
    do {
        let result = try compute()
        expectClose(result.test.statistic ?? .nan, golden.statistic, relative: 1e-9, absolute: 1e-12, "\(label) statistic")
        #expect(result.test.degreesOfFreedom == golden.df, "\(label) df")
        expectClose(result.test.pValue, golden.pValue, relative: 1e-9, absolute: 1e-300, "\(label) P")
        #expect(result.expected.count == golden.expected.count)
        for (row, goldenRow) in zip(result.expected, golden.expected) {
            for (value, goldenValue) in zip(row, goldenRow) { expectClose(value, goldenValue, "\(label) expected") }
        }
    } catch {
        Issue.record("\(label): threw \(error)")
    }
}

@Suite("Two-by-two golden vectors")
struct TwoByTwoGoldenTests {
    static let proportions = (try? GoldenVectors.load("proportions", as: ProportionCase.self)) ?? []
    static let tables = (try? GoldenVectors.load("two_by_two", as: TwoByTwoCase.self)) ?? []
    static let chiSquareTables = (try? GoldenVectors.load("chi_square_rxc", as: ChiSquareTableCase.self)) ?? []

    @Test func goldenFilesLoad() {
        #expect(Self.proportions.count >= 150)
        #expect(Self.tables.count >= 500)
        #expect(Self.chiSquareTables.count >= 100)
    }

    @Test(arguments: proportions)
    func proportionIntervals(_ golden: ProportionCase) throws {
        let wilson = try Proportion.wilson(events: golden.events, total: golden.total, level: golden.level)
        let exact = try Proportion.clopperPearson(events: golden.events, total: golden.total, level: golden.level)
        expectClose(wilson.interval?.low ?? .nan, golden.wilsonLow, absolute: 1e-15, "Wilson low")
        expectClose(wilson.interval?.high ?? .nan, golden.wilsonHigh, absolute: 1e-15, "Wilson high")
        expectClose(exact.interval?.low ?? .nan, golden.exactLow, absolute: 1e-300, "Clopper-Pearson low")
        expectClose(exact.interval?.high ?? .nan, golden.exactHigh, "Clopper-Pearson high")
        expectClose(wilson.value, Double(golden.events) / Double(golden.total), "proportion")
    }

    @Test(arguments: tables)
    func effectMeasures(_ golden: TwoByTwoCase) throws {
        let table = try TwoByTwoTable(
            experimentalEvents: golden.a, experimentalTotal: golden.n1, controlEvents: golden.c, controlTotal: golden.n2)
        let difference = try table.riskDifference(level: golden.level)
        expectClose(difference.value, golden.riskDifference, absolute: 1e-15, "RD")
        expectClose(difference.interval?.low ?? .nan, golden.riskDifferenceLow, absolute: 1e-14, "RD low")
        expectClose(difference.interval?.high ?? .nan, golden.riskDifferenceHigh, absolute: 1e-14, "RD high")
        try expectAltmanInterval(table, golden)
        if let expected = golden.riskRatio, let low = golden.riskRatioLow, let high = golden.riskRatioHigh {
            let ratio = try table.riskRatio(level: golden.level)
            expectClose(ratio.value, expected, "RR")
            expectClose(ratio.interval?.low ?? .nan, low, "RR low")
            expectClose(ratio.interval?.high ?? .nan, high, "RR high")
            #expect(ratio.adjustments.isEmpty != golden.ratioAdjusted)
        } else {
            #expect(throws: StatisticsError.self) { try table.riskRatio(level: golden.level) }
        }
        if let expected = golden.oddsRatio, let low = golden.oddsRatioLow, let high = golden.oddsRatioHigh {
            let ratio = try table.oddsRatio(level: golden.level)
            expectClose(ratio.value, expected, "OR")
            expectClose(ratio.interval?.low ?? .nan, low, "OR low")
            expectClose(ratio.interval?.high ?? .nan, high, "OR high")
            #expect(ratio.adjustments.isEmpty != golden.ratioAdjusted)
        } else {
            #expect(throws: StatisticsError.self) { try table.oddsRatio(level: golden.level) }
        }
    }

    /// The NNT is 1/|RD| and its limits the reciprocals of the oracle's Newcombe limits (Altman 1998).
    func expectAltmanInterval(_ table: TwoByTwoTable, _ golden: TwoByTwoCase) throws {
        for desirable in [true, false] {
            let nnt = try table.numberNeededToTreat(eventIsDesirable: desirable, level: golden.level)
            let sign: Double = desirable ? 1 : -1
            let benefit = sign * golden.riskDifference
            let low = min(sign * golden.riskDifferenceLow, sign * golden.riskDifferenceHigh)
            let high = max(sign * golden.riskDifferenceLow, sign * golden.riskDifferenceHigh)
            if benefit == 0 {
                #expect(nnt.value == .infinity && nnt.kind == .noDifference)
            } else {
                expectClose(nnt.value, 1 / abs(benefit), relative: 1e-12, "NNT")
                #expect(nnt.kind == (benefit > 0 ? .benefit : .harm))
            }
            switch nnt.interval {
            case .benefit(let nntLow, let nntHigh)?:
                #expect(low > 0)
                expectClose(1 / nntLow, high, relative: 1e-9, absolute: 1e-14, "NNTB low")
                expectClose(1 / nntHigh, low, relative: 1e-9, absolute: 1e-14, "NNTB high")
            case .harm(let nntLow, let nntHigh)?:
                #expect(high < 0)
                expectClose(-1 / nntLow, low, relative: 1e-9, absolute: 1e-14, "NNTH low")
                expectClose(-1 / nntHigh, high, relative: 1e-9, absolute: 1e-14, "NNTH high")
            case .throughInfinity(let toBenefit, let toHarm)?:
                #expect(low <= 1e-14 && high >= -1e-14)
                expectClose(1 / toBenefit, max(high, 0), relative: 1e-9, absolute: 1e-14, "NNTB limit")
                expectClose(1 / toHarm, max(-low, 0), relative: 1e-9, absolute: 1e-14, "NNTH limit")
            case nil:
                Issue.record("no NNT interval")
            }
        }
    }

    @Test(arguments: tables)
    func tests(_ golden: TwoByTwoCase) throws {
        let table = try TwoByTwoTable(
            experimentalEvents: golden.a, experimentalTotal: golden.n1, controlEvents: golden.c, controlTotal: golden.n2)
        expectClose(try FisherExactTest.test(table).pValue, golden.fisherTwoSided, absolute: 1e-300, "Fisher two-sided")
        expectClose(try FisherExactTest.test(table, alternative: .less).pValue, golden.fisherLess, absolute: 1e-300, "Fisher less")
        expectClose(try FisherExactTest.test(table, alternative: .greater).pValue, golden.fisherGreater, absolute: 1e-300, "Fisher greater")
        expectChiSquare({ try ChiSquareTest.pearson(table) }, golden.pearson, "Pearson")
        expectChiSquare({ try ChiSquareTest.pearson(table, continuityCorrection: true) }, golden.yates, "Yates")
    }

    @Test(arguments: chiSquareTables)
    func contingencyTables(_ golden: ChiSquareTableCase) {
        expectChiSquare({ try ChiSquareTest.pearson(golden.table) }, golden.pearson, "Pearson")
        expectChiSquare({ try ChiSquareTest.pearson(golden.table, continuityCorrection: true) }, golden.yates, "Yates")
    }
}
