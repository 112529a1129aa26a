extension DiagnosticAccuracy {
    /// The stratum-specific likelihood ratio of each result level (most abnormal first):
    /// LRᵢ = (aᵢ/A) / (bᵢ/B), where aᵢ of the A people with the condition and bᵢ of the B without
    /// had a result in level i, with the log-method interval (Simel, Samsa and Matchar 1991):
    /// exp(ln LRᵢ ± z·√(1/aᵢ − 1/A + 1/bᵢ − 1/B)).
    ///
    /// When aᵢ or bᵢ is zero, 0.5 is added to every cell of that level's table (level i against
    /// all other levels, so A and B each grow by 1), and that level's `adjustments` say so.
    /// Throws `.invalidArgument` for fewer than two levels, levels with no one with or no one
    /// without the condition, or a level outside (0, 1).
    public static func stratumLikelihoodRatios(levels: [DiagnosticLevel], level: Double = 0.95) throws(StatisticsError) -> [Estimate] {
        let totals = try levels.conditionTotals(minimumCount: 2)
        var ratios: [Estimate] = []
        for stratum in levels {
            ratios.append(try logLikelihoodRatio(
                withCondition: (stratum.withCondition, totals.with - stratum.withCondition),
                withoutCondition: (stratum.withoutCondition, totals.without - stratum.withoutCondition), level: level))
        }
        return ratios
    }

    /// The area under the empirical ROC curve of ordered result levels (most abnormal first) by the
    /// trapezoidal rule, with the Hanley and McNeil (1982) standard error and a Wald interval
    /// clipped to [0, 1].
    ///
    /// The area equals the probability that a person with the condition has a more abnormal
    /// result than one without, plus half the probability of the same level (the Mann-Whitney
    /// statistic U / (n₁·n₀)). The standard error is
    /// √((A(1−A) + (n₁−1)(Q₁−A²) + (n₀−1)(Q₂−A²)) / (n₁·n₀)) with Q₁ = A/(2−A), Q₂ = 2A²/(1+A).
    /// Throws `.invalidArgument` for fewer than two levels, levels with no one with or no one
    /// without the condition, or a level outside (0, 1).
    public static func rocArea(levels: [DiagnosticLevel], level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let totals = try levels.conditionTotals(minimumCount: 2)
        let z = try ConfidenceLevel.criticalValue(level)
        let n1 = Double(totals.with)
        let n0 = Double(totals.without)
        var lessAbnormalWithout = n0
        var pairs = 0.0
        for stratum in levels {
            let without = Double(stratum.withoutCondition)
            lessAbnormalWithout -= without
            pairs += Double(stratum.withCondition) * (lessAbnormalWithout + without / 2)
        }
        let area = min(1, max(0, pairs / (n1 * n0)))
        let q1 = area / (2 - area)
        let q2 = 2 * area * area / (1 + area)
        let variance = (area * (1 - area) + (n1 - 1) * (q1 - area * area) + (n0 - 1) * (q2 - area * area)) / (n1 * n0)
        let standardError = max(0, variance).squareRoot()
        return Estimate(
            value: area,
            interval: ConfidenceInterval(
                low: max(0, area - z * standardError), high: min(1, area + z * standardError), level: level),
            method: "trapezoidal area under the empirical ROC curve; Hanley-McNeil (1982) standard error, "
                + "Wald interval clipped to [0, 1]")
    }
}
