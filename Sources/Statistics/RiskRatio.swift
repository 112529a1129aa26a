import RealModule

extension TwoByTwoTable {
    /// The risk ratio EER / CER with the Katz log interval (Katz et al. 1978):
    /// exp(log RR ± z·√(1/a - 1/(a+b) + 1/c - 1/(c+d))).
    ///
    /// When any cell is zero, 0.5 is added to every cell for both the estimate and the interval,
    /// and `adjustments` says so. Throws `.undefined` when neither arm had an event (the ratio is
    /// 0/0), `.invalidArgument` for a level outside (0, 1).
    public func riskRatio(level: Double = 0.95) throws(StatisticsError) -> Estimate {
        guard experimentalEvents > 0 || controlEvents > 0 else {
            throw .undefined("no events in either arm, so the risk ratio is 0/0")
        }
        let z = try ConfidenceLevel.criticalValue(level)
        let (a, b, c, d, adjustments) = ratioCells()
        let logRatio = Double.log(a / (a + b)) - Double.log(c / (c + d))
        let standardError = (1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)).squareRoot()
        return Estimate(
            value: Double.exp(logRatio),
            interval: ConfidenceInterval(
                low: Double.exp(logRatio - z * standardError), high: Double.exp(logRatio + z * standardError), level: level),
            method: "Katz log interval", adjustments: adjustments)
    }
}
