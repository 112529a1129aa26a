import RealModule

extension LogRankResult {
    /// The log-rank (Peto) hazard ratio (O₁/E₁)/(O₂/E₂) of `experimental` relative to `control`,
    /// with the interval exp(ln HR ± z·√(1/E₁ + 1/E₂)) (Peto et al. 1977; Altman, Practical
    /// Statistics for Medical Research, 13.5).
    ///
    /// A quick companion to the Cox estimate that needs no iteration; it is close to it when the
    /// hazard ratio is near 1. Throws `.invalidArgument` for a label the test did not see or a level
    /// outside (0, 1), and `.undefined` when either group's observed or expected events are 0.
    public func hazardRatio(experimental: String, control: String, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let z = try ConfidenceLevel.criticalValue(level)
        guard let first = groups.firstIndex(of: experimental) else {
            throw .invalidArgument("group '\(experimental)' is not in the log-rank test")
        }
        guard let second = groups.firstIndex(of: control) else {
            throw .invalidArgument("group '\(control)' is not in the log-rank test")
        }
        guard first != second else { throw .invalidArgument("the experimental and control groups are both '\(control)'") }
        for index in [first, second] {
            guard observed[index] > 0 else { throw .undefined("group '\(groups[index])' has no events, so O/E is 0") }
            guard expected[index] > 0 else {
                throw .undefined("group '\(groups[index])' expects no events, so O/E is undefined")
            }
        }
        let logRatio = Double.log(observed[first] / expected[first]) - Double.log(observed[second] / expected[second])
        let standardError = (1 / expected[first] + 1 / expected[second]).squareRoot()
        return Estimate(
            value: Double.exp(logRatio),
            interval: ConfidenceInterval(
                low: Double.exp(logRatio - z * standardError), high: Double.exp(logRatio + z * standardError), level: level),
            method: "Log-rank observed/expected ratio, interval from 1/E₁ + 1/E₂")
    }
}
