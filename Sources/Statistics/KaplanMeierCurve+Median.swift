import RealModule

extension KaplanMeierCurve {
    /// The median survival with the Brookmeyer-Crowley (1982) interval on the log-log scale: the
    /// event times t whose g(S(t)) = log(-log S(t)) lies within z standard errors of g(0.5), with
    /// SE(g(S)) = Greenwood's SE / |S ln S|, as SAS's LIFETEST and statsmodels'
    /// SurvfuncRight.quantile_ci(0.5, method="cloglog") compute it.
    ///
    /// The lower limit is the first such event time; the upper limit is the event time after the
    /// last one (the curve is still compatible with 0.5 until it steps down again), nil when that
    /// last one is the curve's final event time. Steps where S = 0 have no standard error and are
    /// never inside. Throws `.invalidArgument` for a level outside (0, 1).
    public func medianSurvival(level: Double = 0.95) throws(StatisticsError) -> MedianSurvival {
        let z = try ConfidenceLevel.criticalValue(level)
        let target = Double.log(-Double.log(0.5))
        var first: Int?
        var last: Int?
        for (index, step) in steps.enumerated() {
            guard let standardError = step.standardError, step.survival > 0, step.survival < 1 else { continue }
            let logSurvival = Double.log(step.survival)
            let distance = (Double.log(-logSurvival) - target) * step.survival * abs(logSurvival) / standardError
            guard abs(distance) <= z else { continue }
            if first == nil { first = index }
            last = index
        }
        let high = last.flatMap { $0 + 1 < steps.count ? steps[$0 + 1].time : nil }
        return MedianSurvival(
            median: median, low: first.map { steps[$0].time }, high: high, level: level,
            method: "Kaplan-Meier median, Brookmeyer-Crowley log-log interval")
    }
}
