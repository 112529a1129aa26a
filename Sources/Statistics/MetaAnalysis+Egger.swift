extension MetaAnalysis {
    /// The fewest studies for which Egger's test is reported (Cochrane Handbook 13.3.5.4).
    static let eggerMinimumStudies = 10

    /// Egger's regression test (Egger et al. 1997): the ordinary least-squares regression of the
    /// standardised effect yᵢ/√vᵢ on the precision 1/√vᵢ, testing the intercept with t on k − 2
    /// degrees of freedom. Nil with fewer than ten studies or when the regression is degenerate
    /// (every study equally precise, or a perfect fit).
    static func egger(_ effects: [Double], _ variances: [Double]) throws(StatisticsError) -> TestResult? {
        let k = effects.count
        guard k >= eggerMinimumStudies else { return nil }
        let x = variances.map { 1 / $0.squareRoot() }
        let y = zip(effects, variances).map { $0 / $1.squareRoot() }
        let n = Double(k)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        let sxx = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        let intercept = meanY - slope * meanX
        let residuals = zip(x, y).reduce(0) { $0 + ($1.1 - intercept - slope * $1.0) * ($1.1 - intercept - slope * $1.0) }
        let degreesOfFreedom = n - 2
        let standardError = (residuals / degreesOfFreedom * (1 / n + meanX * meanX / sxx)).squareRoot()
        guard standardError > 0, standardError.isFinite else { return nil }
        let t = intercept / standardError
        let distribution = try StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
        return TestResult(statistic: t, degreesOfFreedom: degreesOfFreedom, pValue: distribution.twoSidedPValue(t),
                          method: "Egger's regression test for funnel-plot asymmetry")
    }
}
