import RealModule

extension MetaAnalysis {
    /// The most iterations an iterative τ² estimator may take before `.didNotConverge`.
    static let maximumIterations = 1000

    /// τ² by `estimator` for effects yᵢ with within-study variances vᵢ; never negative.
    static func tau2(_ effects: [Double], _ variances: [Double], estimator: HeterogeneityEstimator) throws(StatisticsError) -> Double {
        switch estimator {
        case .dersimonianLaird: dersimonianLaird(effects, variances)
        case .pauleMandel: try pauleMandel(effects, variances)
        case .reml: try restrictedMaximumLikelihood(effects, variances)
        }
    }

    /// DerSimonian-Laird: max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)) with w = 1/v.
    static func dersimonianLaird(_ effects: [Double], _ variances: [Double]) -> Double {
        let pool = weightedMean(effects, variances)
        let sum = pool.weights.reduce(0, +)
        let sumSquares = pool.weights.reduce(0) { $0 + $1 * $1 }
        let c = sum - sumSquares / sum
        guard c > 0 else { return 0 }
        return max(0, (pool.q - Double(effects.count - 1)) / c)
    }

    /// Paule-Mandel: the root of Σwᵢ(τ²)(yᵢ − μ̂(τ²))² = k − 1, which decreases in τ², found by
    /// bracketing (doubling) then bisection to full precision; 0 when Q ≤ k − 1.
    static func pauleMandel(_ effects: [Double], _ variances: [Double]) throws(StatisticsError) -> Double {
        let target = Double(effects.count - 1)
        func excess(_ tau2: Double) -> Double { weightedMean(effects, variances, tau2: tau2).q - target }
        guard excess(0) > 0 else { return 0 }
        let mean = effects.reduce(0, +) / Double(effects.count)
        var high = max(effects.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }, variances.max() ?? 1, .leastNormalMagnitude)
        var low = 0.0
        var doublings = 0
        while excess(high) > 0 {
            low = high
            high *= 2
            doublings += 1
            guard doublings < maximumIterations, high.isFinite else {
                throw .didNotConverge("the Paule-Mandel estimate of τ² could not be bracketed")
            }
        }
        for _ in 0..<maximumIterations {
            let middle = low + (high - low) / 2
            if middle <= low || middle >= high { return high }
            if excess(middle) > 0 { low = middle } else { high = middle }
        }
        throw .didNotConverge("the Paule-Mandel estimate of τ² did not converge")
    }

    /// REML: the root of the restricted score Σw²r² − tr P (P the REML projection of an
    /// intercept-only model), by Fisher scoring (step (Σw²r² − tr P)/tr P²) safeguarded by a
    /// bracket: a step that leaves the bracket where the score changes sign is replaced by
    /// bisection, so it converges even where plain Fisher scoring oscillates. 0 when the score at
    /// τ² = 0 is not positive.
    static func restrictedMaximumLikelihood(_ effects: [Double], _ variances: [Double]) throws(StatisticsError) -> Double {
        guard restrictedScore(effects, variances, 0).score > 0 else { return 0 }
        var low = 0.0
        var high = max(dersimonianLaird(effects, variances), variances.reduce(0, +) / Double(variances.count), .leastNormalMagnitude)
        var doublings = 0
        while restrictedScore(effects, variances, high).score > 0 {
            low = high
            high *= 2
            doublings += 1
            guard doublings < maximumIterations, high.isFinite else {
                throw .didNotConverge("the REML estimate of τ² could not be bracketed")
            }
        }
        var tau2 = low + (high - low) / 2
        for _ in 0..<maximumIterations {
            let (score, information) = restrictedScore(effects, variances, tau2)
            if score == 0 { return tau2 }
            if score > 0 { low = tau2 } else { high = tau2 }
            let fisher = tau2 + score / information
            let next = information > 0 && fisher > low && fisher < high ? fisher : low + (high - low) / 2
            if abs(next - tau2) <= 1e-15 * next || high - low <= 1e-15 * high { return next }
            tau2 = next
        }
        throw .didNotConverge("the REML estimate of τ² did not converge in \(maximumIterations) steps")
    }

    /// The restricted score Σw²r² − tr P and the expected information tr P² at τ² (both doubled).
    static func restrictedScore(_ effects: [Double], _ variances: [Double], _ tau2: Double) -> (score: Double, information: Double) {
        let pool = weightedMean(effects, variances, tau2: tau2)
        let w = pool.weights
        let sum = w.reduce(0, +)
        let sum2 = w.reduce(0) { $0 + $1 * $1 }
        let sum3 = w.reduce(0) { $0 + $1 * $1 * $1 }
        let residuals = zip(w, effects).reduce(0) { $0 + $1.0 * $1.0 * ($1.1 - pool.mean) * ($1.1 - pool.mean) }
        return (residuals - (sum - sum2 / sum), sum2 - 2 * sum3 / sum + (sum2 / sum) * (sum2 / sum))
    }

    /// The restricted log-likelihood of τ² up to a constant: −½(Σlog(vᵢ + τ²) + log Σwᵢ + Σwᵢrᵢ²).
    static func restrictedLogLikelihood(_ effects: [Double], _ variances: [Double], _ tau2: Double) -> Double {
        let pool = weightedMean(effects, variances, tau2: tau2)
        let logs = variances.reduce(0) { $0 + Double.log($1 + tau2) }
        return -0.5 * (logs + Double.log(pool.weights.reduce(0, +)) + pool.q)
    }
}
