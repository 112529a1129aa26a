extension DiagnosticAccuracy {
    /// The probability of the condition after a test result: post-test odds = pre-test odds ×
    /// likelihood ratio, converted back to a probability (the Fagan nomogram's arithmetic).
    ///
    /// The interval converts the likelihood ratio's limits the same way, so it has the likelihood
    /// ratio's level and treats `pretest` as known; the likelihood ratio's adjustments are carried
    /// over. Throws `.invalidArgument` unless `pretest` lies strictly between 0 and 1 and the
    /// likelihood ratio and its limits are finite and not negative.
    public static func postTestProbability(pretest: Double, likelihoodRatio: Estimate) throws(StatisticsError) -> Estimate {
        guard pretest > 0, pretest < 1 else {
            throw .invalidArgument("the pre-test probability \(pretest) is not strictly between 0 and 1")
        }
        let limits = likelihoodRatio.interval.map { [$0.low, $0.high] } ?? []
        for ratio in [likelihoodRatio.value] + limits {
            guard ratio.isFinite, ratio >= 0 else {
                throw .invalidArgument("the likelihood ratio \(ratio) is not a finite, non-negative number")
            }
        }
        let pretestOdds = pretest / (1 - pretest)
        func probability(_ ratio: Double) -> Double {
            let odds = pretestOdds * ratio
            return odds.isFinite ? odds / (1 + odds) : 1
        }
        return Estimate(
            value: probability(likelihoodRatio.value),
            interval: likelihoodRatio.interval.map {
                ConfidenceInterval(low: probability($0.low), high: probability($0.high), level: $0.level)
            },
            method: "post-test odds = pre-test odds × likelihood ratio; interval from the likelihood ratio's interval",
            adjustments: likelihoodRatio.adjustments)
    }
}
