/// Confidence intervals for a single proportion: `events` out of `total` patients.
public enum Proportion {
    /// The Wilson score interval (Wilson 1927), which stays inside [0, 1] and behaves well for
    /// small samples and proportions near 0 or 1; the interval statsmodels calls "wilson".
    ///
    /// Throws `.invalidArgument` when `total` < 1, `events` is outside 0...total, or `level` is not
    /// strictly between 0 and 1.
    public static func wilson(events: Int, total: Int, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try validate(events: events, total: total)
        let z = try ConfidenceLevel.criticalValue(level)
        let n = Double(total)
        let p = Double(events) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let halfWidth = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        let low = events == 0 ? 0 : max(0, center - halfWidth)
        let high = events == total ? 1 : min(1, center + halfWidth)
        return Estimate(
            value: p, interval: ConfidenceInterval(low: low, high: high, level: level),
            method: "Wilson score interval")
    }

    /// The Clopper-Pearson exact interval (Clopper and Pearson 1934) from beta quantiles:
    /// lower limit B(α/2; x, n-x+1), upper limit B(1-α/2; x+1, n-x); the lower limit is 0 when
    /// there are no events and the upper limit 1 when every patient had one.
    ///
    /// Throws `.invalidArgument` for the same inputs as `wilson`.
    public static func clopperPearson(events: Int, total: Int, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try validate(events: events, total: total)
        try ConfidenceLevel.validate(level)
        let x = Double(events)
        let n = Double(total)
        let alpha = 1 - level
        var low = 0.0
        var high = 1.0
        if events > 0 {
            low = try BetaDistribution(alpha: x, beta: n - x + 1).quantile(alpha / 2)
        }
        if events < total {
            high = try BetaDistribution(alpha: x + 1, beta: n - x).quantile(1 - alpha / 2)
        }
        return Estimate(
            value: x / n, interval: ConfidenceInterval(low: low, high: high, level: level),
            method: "Clopper-Pearson exact interval")
    }

    /// Throws unless `total` >= 1 and 0 <= `events` <= `total`.
    static func validate(events: Int, total: Int) throws(StatisticsError) {
        guard total >= 1 else { throw .invalidArgument("a proportion needs at least one patient (total is \(total))") }
        guard events >= 0, events <= total else {
            throw .invalidArgument("events (\(events)) must lie between 0 and the total (\(total))")
        }
    }
}
