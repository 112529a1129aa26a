import Testing
@testable import Statistics

/// Golden cases from scripts/golden/patient.py: the worksheet formulas over statsmodels' ratios.
struct PatientRiskCase: Decodable, Sendable, CustomTestStringConvertible {
    struct NNTInterval: Decodable, Sendable { let kind: String, low: Double, high: Double }
    let peer: Double, desirable: Bool
    let rr: Double, rrLow: Double, rrHigh: Double, or: Double, orLow: Double, orHigh: Double
    let risk: Double?, riskLow: Double?, riskHigh: Double?
    let nnt: Double?, nntInterval: NNTInterval?, nntOr: Double, nntOrInterval: NNTInterval
    var testDescription: String { "PEER \(peer), RR \(rr), OR \(or)" }
}

@Suite("Patient risk golden vectors")
struct PatientRiskGoldenTests {
    static let cases = (try? GoldenVectors.load("patient_risk", as: PatientRiskCase.self)) ?? []

    @Test func goldenFileLoads() {
        #expect(Self.cases.count >= 300)
    }

    @Test(arguments: cases)
    func riskAndNNT(_ golden: PatientRiskCase) throws {
        let rr = Estimate(value: golden.rr, interval: ConfidenceInterval(low: golden.rrLow, high: golden.rrHigh), method: "log")
        let or = Estimate(value: golden.or, interval: ConfidenceInterval(low: golden.orLow, high: golden.orHigh), method: "log")
        if let risk = golden.risk, let low = golden.riskLow, let high = golden.riskHigh {
            let estimate = try PatientRisk.riskWithTreatment(expectedRisk: golden.peer, riskRatio: rr)
            expectClose(estimate.value, risk, relative: 1e-12, "risk")
            expectClose(estimate.interval?.low ?? .nan, low, relative: 1e-12, "risk low")
            expectClose(estimate.interval?.high ?? .nan, high, relative: 1e-12, "risk high")
        } else {
            #expect(throws: StatisticsError.self) { try PatientRisk.riskWithTreatment(expectedRisk: golden.peer, riskRatio: rr) }
        }
        if let nnt = golden.nnt, let interval = golden.nntInterval {
            let fromRR = try PatientRisk.numberNeededToTreat(expectedRisk: golden.peer, riskRatio: rr, eventIsDesirable: golden.desirable)
            expectClose(fromRR.value, nnt, relative: 1e-10, "NNT")
            expectInterval(fromRR.interval, interval, "NNT interval")
            if case .benefit(let low, _)? = fromRR.interval { #expect(low >= 1) }
            if case .harm(let low, _)? = fromRR.interval { #expect(low >= 1) }
        } else {
            #expect(throws: StatisticsError.self) {
                try PatientRisk.numberNeededToTreat(expectedRisk: golden.peer, riskRatio: rr, eventIsDesirable: golden.desirable)
            }
        }
        let fromOR = try PatientRisk.numberNeededToTreat(expectedRisk: golden.peer, oddsRatio: or, eventIsDesirable: golden.desirable)
        expectClose(fromOR.value, golden.nntOr, relative: 1e-10, "NNT from OR")
        expectInterval(fromOR.interval, golden.nntOrInterval, "NNT from OR interval")
    }

    private func expectInterval(_ actual: NumberNeededToTreat.Interval?, _ expected: PatientRiskCase.NNTInterval, _ label: String) {
        switch (actual, expected.kind) {
        case (.benefit(let low, let high)?, "benefit"), (.harm(let low, let high)?, "harm"), (.throughInfinity(let low, let high)?, "through"):
            expectClose(low, expected.low, relative: 1e-10, "\(label) low")
            expectClose(high, expected.high, relative: 1e-10, "\(label) high")
        default:
            Issue.record("\(label): got \(String(describing: actual)), expected \(expected.kind)")
        }
    }
}

@Suite("Patient risk input")
struct PatientRiskInputTests {
    let rr = Estimate(value: 0.5, interval: ConfidenceInterval(low: 0.25, high: 1.2), method: "log")

    @Test(arguments: [0.0, 1.0, -0.2, 1.5, Double.nan])
    func expectedRiskOutsideTheOpenUnitIntervalThrows(_ peer: Double) {
        #expect(throws: StatisticsError.self) { try PatientRisk.riskWithTreatment(expectedRisk: peer, riskRatio: rr) }
        #expect(throws: StatisticsError.self) { try PatientRisk.numberNeededToTreat(expectedRisk: peer, riskRatio: rr, eventIsDesirable: false) }
        #expect(throws: StatisticsError.self) { try PatientRisk.numberNeededToTreat(expectedRisk: peer, oddsRatio: rr, eventIsDesirable: false) }
    }

    @Test func aRatioOfOneGivesAnInfiniteNNTNotNaN() throws {
        let none = Estimate(value: 1, interval: ConfidenceInterval(low: 0.8, high: 1.25), method: "log")
        let nnt = try PatientRisk.numberNeededToTreat(expectedRisk: 0.2, oddsRatio: none, eventIsDesirable: false)
        #expect(nnt.value == .infinity && nnt.kind == .noDifference)
    }

    @Test func anUpperLimitAboveOneIsCappedAndSaysSo() throws {
        let wide = Estimate(value: 1.5, interval: ConfidenceInterval(low: 0.9, high: 3), method: "log")
        let risk = try PatientRisk.riskWithTreatment(expectedRisk: 0.5, riskRatio: wide)
        #expect(risk.interval?.high == 1)
        #expect(risk.adjustments == ["upper limit capped at a risk of 1"])
    }
}
