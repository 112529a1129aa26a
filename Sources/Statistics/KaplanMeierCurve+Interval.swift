import RealModule

extension KaplanMeierCurve {
    /// S(t) with a pointwise log-log interval, as R's survfit(conf.type = "log-log") gives it:
    /// with Greenwood's V = Σ d/(n(n-d)) (the variance of log S), the limits are
    /// S^exp(±z·√V / ln S), the interval for log(-log S) transformed back, so it stays in (0, 1).
    ///
    /// The interval is nil where S(t) = 1 (before the first event nothing has varied yet, and the
    /// log-log scale is undefined; a [1, 1] interval would claim certainty) and where S(t) = 0.
    /// Throws as `survival(at:)` does (`.undefined` after the last follow-up while S > 0), and
    /// `.invalidArgument` for a level outside (0, 1).
    public func survivalEstimate(at t: Double, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let z = try ConfidenceLevel.criticalValue(level)
        let value = try survival(at: t)
        let method = "Kaplan-Meier, log-log interval with Greenwood's variance"
        guard let step = lastStep(atOrBefore: t), let standardError = step.standardError,
              step.survival > 0, step.survival < 1
        else { return Estimate(value: value, interval: nil, method: method) }
        let logSurvival = Double.log(step.survival)
        let spread = z * (standardError / step.survival) / logSurvival
        return Estimate(
            value: value,
            interval: ConfidenceInterval(
                low: Double.pow(step.survival, Double.exp(-spread)),
                high: Double.pow(step.survival, Double.exp(spread)), level: level),
            method: method)
    }

    /// The last step at or before `t`; nil before the first event.
    func lastStep(atOrBefore t: Double) -> Step? {
        var low = 0
        var high = steps.count
        while low < high {
            let middle = (low + high) / 2
            if steps[middle].time <= t { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : steps[low - 1]
    }
}
