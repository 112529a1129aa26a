/// The trial's relative effect applied to one patient: given the patient's expected event risk
/// without treatment (PEER), the risk with treatment and the number needed to treat for a patient
/// like this one (Sackett's "apply it to my patient" worksheet; the odds-ratio form is the harm
/// worksheet's formula for case-control data).
///
/// Each interval comes from the ratio's interval: the patient's risk is monotone in the ratio,
/// so its limits are the ratio's limits carried through the same formula.
public enum PatientRisk {
    /// PEER × RR, with the interval PEER × (the RR's limits).
    ///
    /// Throws `.invalidArgument` unless 0 < PEER < 1, and `.undefined` when PEER × RR exceeds 1
    /// (the relative risk cannot apply to a patient at this risk). A limit above 1 is capped at 1
    /// and the cap is recorded in `adjustments`.
    public static func riskWithTreatment(expectedRisk: Double, riskRatio: Estimate) throws(StatisticsError) -> Estimate {
        try validate(expectedRisk)
        let value = expectedRisk * riskRatio.value
        guard value.isFinite, value <= 1 else {
            throw .undefined("the patient's risk without treatment (\(expectedRisk)) times the relative risk exceeds 1")
        }
        var adjustments: [String] = []
        let interval = riskRatio.interval.map { limits -> ConfidenceInterval in
            var high = expectedRisk * limits.high
            if !(high <= 1) {
                high = 1
                adjustments.append("upper limit capped at a risk of 1")
            }
            return ConfidenceInterval(low: expectedRisk * limits.low, high: high, level: limits.level)
        }
        return Estimate(value: value, interval: interval, method: "PEER × RR, interval from the RR's", adjustments: adjustments)
    }

    /// 1 / (PEER × |1 − RR|) as an NNTB or NNTH, with Altman's interval from the risk difference
    /// PEER × (RR − 1) at the RR's limits.
    ///
    /// A treated risk cannot exceed 1: a limit of PEER × RR above 1 is capped there (recorded in the
    /// risk difference's `adjustments`), so no NNT limit falls below 1 / (1 − PEER); a point
    /// estimate above 1 throws `.undefined`, as for `riskWithTreatment`.
    public static func numberNeededToTreat(expectedRisk: Double, riskRatio: Estimate, eventIsDesirable: Bool) throws(StatisticsError) -> NumberNeededToTreat {
        let treated = try riskWithTreatment(expectedRisk: expectedRisk, riskRatio: riskRatio)
        let difference = Estimate(value: treated.value - expectedRisk,
                                  interval: treated.interval.map { ConfidenceInterval(low: $0.low - expectedRisk, high: $0.high - expectedRisk, level: $0.level) },
                                  method: "PEER × (RR − 1)", adjustments: riskRatio.adjustments + treated.adjustments)
        return NumberNeededToTreat(riskDifference: difference, eventIsDesirable: eventIsDesirable)
    }

    /// The NNT from an odds ratio: the treated patient's risk is PEER's odds times the OR turned
    /// back into a risk, so NNT = (1 − PEER × (1 − OR)) / ((1 − PEER) × PEER × |1 − OR|).
    public static func numberNeededToTreat(expectedRisk: Double, oddsRatio: Estimate, eventIsDesirable: Bool) throws(StatisticsError) -> NumberNeededToTreat {
        try validate(expectedRisk)
        let odds = expectedRisk / (1 - expectedRisk)
        let difference = differenceEstimate(oddsRatio, method: "PEER's odds × OR as a risk, minus PEER") { ratio in
            let treatedOdds = odds * ratio
            return treatedOdds.isFinite ? treatedOdds / (1 + treatedOdds) - expectedRisk : 1 - expectedRisk
        }
        return NumberNeededToTreat(riskDifference: difference, eventIsDesirable: eventIsDesirable)
    }

    /// The patient's risk difference at the ratio and at each of its limits.
    private static func differenceEstimate(_ ratio: Estimate, method: String, _ difference: (Double) -> Double) -> Estimate {
        Estimate(value: difference(ratio.value),
                 interval: ratio.interval.map { ConfidenceInterval(low: difference($0.low), high: difference($0.high), level: $0.level) },
                 method: method, adjustments: ratio.adjustments)
    }

    private static func validate(_ expectedRisk: Double) throws(StatisticsError) {
        guard expectedRisk > 0, expectedRisk < 1 else {
            throw .invalidArgument("the patient's expected event risk must lie strictly between 0 and 1 (it is \(expectedRisk))")
        }
    }
}
