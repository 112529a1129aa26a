extension MetaAnalysis {
    /// The random-effects mean on the analysis scale with its interval's critical value and test.
    struct RandomPool: Sendable {
        let pool: WeightedMean
        let standardError: Double
        let critical: Double
        let test: TestResult
    }

    /// The random-effects mean with weights 1/(vᵢ + τ²): a z-test and normal interval, or with
    /// `hksj` the Hartung-Knapp-Sidik-Jonkman variance Σwᵢ(yᵢ − μ̂)²/((k − 1)Σwᵢ) and t with k − 1 df
    /// (metafor's `test="knha"`, not truncated). When every study has the same effect that variance
    /// is 0: the interval collapses onto the mean and t is ±∞ (0 for a mean of exactly 0), never NaN.
    static func random(_ effects: [Double], _ variances: [Double], tau2: Double, hksj: Bool, level: Double) throws(StatisticsError) -> RandomPool {
        let pool = weightedMean(effects, variances, tau2: tau2)
        guard hksj else {
            let z = pool.mean / pool.standardError
            return RandomPool(pool: pool, standardError: pool.standardError, critical: try ConfidenceLevel.criticalValue(level),
                              test: TestResult(statistic: z, degreesOfFreedom: nil, pValue: twoSidedNormalP(z), method: "z-test"))
        }
        let degreesOfFreedom = Double(effects.count - 1)
        let standardError = (pool.q / degreesOfFreedom).squareRoot() * pool.standardError
        let distribution = try StudentTDistribution(degreesOfFreedom: degreesOfFreedom)
        let t = pool.mean == 0 ? 0 : pool.mean / standardError
        return RandomPool(
            pool: pool, standardError: standardError, critical: -distribution.quantile((1 - level) / 2),
            test: TestResult(statistic: t, degreesOfFreedom: degreesOfFreedom, pValue: distribution.twoSidedPValue(t),
                             method: "Hartung-Knapp-Sidik-Jonkman t-test"))
    }

    /// Higgins, Thompson & Spiegelhalter (2009): μ̂ ± t(k − 2)·√(τ² + SE(μ̂)²) on the analysis
    /// scale (metafor's `predict(..., predtype="riley")`); nil when k < 3.
    static func prediction(_ random: RandomPool, tau2: Double, k: Int, level: Double) throws(StatisticsError) -> (low: Double, high: Double)? {
        guard k >= 3 else { return nil }
        let distribution = try StudentTDistribution(degreesOfFreedom: Double(k - 2))
        let halfWidth = -distribution.quantile((1 - level) / 2) * (tau2 + random.standardError * random.standardError).squareRoot()
        return (random.pool.mean - halfWidth, random.pool.mean + halfWidth)
    }

    /// The two-sided normal P value of z, computed in the tail.
    static func twoSidedNormalP(_ z: Double) -> Double {
        min(1, 2 * NormalDistribution.standardCDF(-abs(z)))
    }
}
