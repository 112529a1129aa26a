extension TwoByTwoTable {
    /// The risk difference EER - CER with Newcombe's hybrid score interval (Newcombe 1998,
    /// method 10), built from each arm's Wilson interval:
    /// low = RD - √((p₁ - l₁)² + (u₂ - p₂)²), high = RD + √((u₁ - p₁)² + (p₂ - l₂)²).
    ///
    /// Defined for every valid table, including zero cells, without any correction. Throws
    /// `.invalidArgument` only for a level outside (0, 1).
    public func riskDifference(level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let first = try Proportion.wilson(events: experimentalEvents, total: experimentalTotal, level: level)
        let second = try Proportion.wilson(events: controlEvents, total: controlTotal, level: level)
        let p1 = first.value
        let p2 = second.value
        let l1 = first.interval?.low ?? p1
        let u1 = first.interval?.high ?? p1
        let l2 = second.interval?.low ?? p2
        let u2 = second.interval?.high ?? p2
        let difference = p1 - p2
        let low = difference - ((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2)).squareRoot()
        let high = difference + ((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2)).squareRoot()
        return Estimate(
            value: difference, interval: ConfidenceInterval(low: max(-1, low), high: min(1, high), level: level),
            method: "Newcombe hybrid score interval (method 10)")
    }
}
