extension MetaAnalysis {
    /// An inverse-variance pooled mean with weights 1/(vᵢ + τ²).
    struct WeightedMean: Sendable {
        /// The pooled mean on the analysis scale.
        let mean: Double
        /// Its standard error, 1/√Σwᵢ.
        let standardError: Double
        /// The weights wᵢ = 1/(vᵢ + τ²).
        let weights: [Double]
        /// Σwᵢ(yᵢ − mean)², Cochran's Q when τ² = 0.
        let q: Double
    }

    /// Pools `effects` with variances `variances` plus `tau2`.
    static func weightedMean(_ effects: [Double], _ variances: [Double], tau2: Double = 0) -> WeightedMean {
        let weights = variances.map { 1 / ($0 + tau2) }
        let total = weights.reduce(0, +)
        let mean = zip(weights, effects).reduce(0) { $0 + $1.0 * $1.1 } / total
        let q = zip(weights, effects).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
        return WeightedMean(mean: mean, standardError: (1 / total).squareRoot(), weights: weights, q: q)
    }

    /// Weights as percentages of their sum.
    static func percentages(_ weights: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        return weights.map { total > 0 ? 100 * $0 / total : 0 }
    }
}
