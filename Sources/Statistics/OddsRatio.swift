import RealModule

extension TwoByTwoTable {
    /// The odds ratio (a·d)/(b·c) with the Woolf logit interval (Woolf 1955):
    /// exp(log OR ± z·√(1/a + 1/b + 1/c + 1/d)).
    ///
    /// When any cell is zero, 0.5 is added to every cell for both the estimate and the interval,
    /// and `adjustments` says so. Throws `.undefined` when neither arm had an event or every
    /// patient in both arms had one (the table carries no information on the odds ratio).
    public func oddsRatio(level: Double = 0.95) throws(StatisticsError) -> Estimate {
        guard experimentalEvents > 0 || controlEvents > 0 else {
            throw .undefined("no events in either arm, so the odds ratio is undefined")
        }
        guard experimentalEvents < experimentalTotal || controlEvents < controlTotal else {
            throw .undefined("every patient in both arms had the event, so the odds ratio is undefined")
        }
        let z = try ConfidenceLevel.criticalValue(level)
        let (a, b, c, d, adjustments) = ratioCells()
        let logRatio = Double.log(a) + Double.log(d) - Double.log(b) - Double.log(c)
        let standardError = (1 / a + 1 / b + 1 / c + 1 / d).squareRoot()
        return Estimate(
            value: Double.exp(logRatio),
            interval: ConfidenceInterval(
                low: Double.exp(logRatio - z * standardError), high: Double.exp(logRatio + z * standardError), level: level),
            method: "Woolf logit interval", adjustments: adjustments)
    }
}
