import RealModule

/// Cox's (1972) proportional hazards model with a single binary covariate (1 = experimental arm,
/// 0 = control arm), Efron's (1977) method for tied event times, as R's coxph and statsmodels'
/// PHReg(ties="efron") fit it.
///
/// The data are sorted once and reduced to the numbers at risk and the events in each arm at every
/// distinct event time (O(n log n)); each Newton-Raphson step then costs O(events). The partial
/// log-likelihood is concave in β, so Newton steps with step-halving from β = 0 reach its maximum
/// whenever one exists. It has none (the likelihood keeps rising as β → ±∞, "monotone likelihood")
/// when one arm has every event that occurs while both arms are at risk; that is detected from the
/// counts before iterating.
public enum ProportionalHazards {
    /// Fits the model to `records`, each of which must belong to `experimental` or `control`.
    ///
    /// Throws `.invalidArgument` for invalid records, a record in another group, an arm with no
    /// patients or a level outside (0, 1); `.undefined` when an arm has no events or the hazard
    /// ratio is 0 or infinite (monotone likelihood); `.didNotConverge` if Newton-Raphson fails.
    public static func fit(
        _ records: [SurvivalRecord], experimental: String, control: String, level: Double = 0.95
    ) throws(StatisticsError) -> ProportionalHazardsResult {
        let z = try ConfidenceLevel.criticalValue(level)
        let riskSets = try TwoArmRiskSets(records, experimental: experimental, control: control)
        for (label, events) in [(experimental, riskSets.experimentalEvents), (control, riskSets.controlEvents)] where events == 0 {
            throw .undefined("group '\(label)' has no events, so its hazard ratio cannot be estimated")
        }
        if let direction = riskSets.monotoneDirection {
            let (arm, limit) = direction > 0 ? (control, "infinite") : (experimental, "zero")
            throw .undefined(
                "no patient in '\(arm)' had an event while both groups were at risk, so the estimated hazard ratio is \(limit) (monotone likelihood)")
        }
        let (point, iterations) = try maximise(EfronPartialLikelihood(riskSets: riskSets))
        let beta = point.beta
        let standardError = 1 / point.information.squareRoot()
        let statistic = beta / standardError
        let normal = try NormalDistribution()
        return ProportionalHazardsResult(
            hazardRatio: Estimate(
                value: Double.exp(beta),
                interval: ConfidenceInterval(
                    low: Double.exp(beta - z * standardError), high: Double.exp(beta + z * standardError), level: level),
                method: "Cox proportional hazards, Efron ties, Wald interval"),
            coefficient: beta,
            standardError: standardError,
            test: TestResult(
                statistic: statistic, degreesOfFreedom: nil, pValue: 2 * normal.sf(abs(statistic)),
                method: "Wald test of the Cox coefficient"),
            logLikelihood: point.logLikelihood,
            iterations: iterations,
            experimental: experimental,
            control: control)
    }

    /// Largest |β| accepted: a hazard ratio beyond e^±50 means the fit is running away.
    static let coefficientBound = 50.0
    static let maximumIterations = 100

    /// Newton-Raphson with step-halving whenever the log-likelihood would fall; converged when the
    /// step is below 1e-10·max(1, |β|).
    static func maximise(_ likelihood: EfronPartialLikelihood) throws(StatisticsError) -> (EfronPartialLikelihood.Point, Int) {
        var current = likelihood.evaluate(at: 0)
        for iteration in 1...maximumIterations {
            guard current.information > 0, current.information.isFinite, current.score.isFinite else {
                throw .undefined("the partial likelihood is flat, so the hazard ratio is not identified")
            }
            var step = current.score / current.information
            var candidate = likelihood.evaluate(at: current.beta + step)
            let slack = 1e-12 * max(1, abs(current.logLikelihood))
            var halvings = 0
            while !(candidate.logLikelihood.isFinite && candidate.logLikelihood >= current.logLikelihood - slack) {
                halvings += 1
                guard halvings <= 60 else {
                    throw .didNotConverge("the Cox partial likelihood did not increase along the Newton step")
                }
                step /= 2
                candidate = likelihood.evaluate(at: current.beta + step)
            }
            current = candidate
            guard abs(current.beta) <= coefficientBound else {
                throw .undefined("the Cox coefficient diverges (|β| > \(coefficientBound)), so the hazard ratio is 0 or infinite")
            }
            if abs(step) <= 1e-10 * max(1, abs(current.beta)) { return (current, iteration) }
        }
        throw .didNotConverge("Newton-Raphson did not converge in \(maximumIterations) iterations")
    }
}
