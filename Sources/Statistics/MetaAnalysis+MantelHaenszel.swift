import RealModule

extension MetaAnalysis {
    /// A fixed-effect estimate on the analysis scale with its standard error and raw study weights.
    struct FixedPool: Sendable {
        let mean: Double
        let standardError: Double
        let weights: [Double]
    }

    /// The Mantel-Haenszel estimate as metafor's `rma.mh` computes it: the odds ratio with the
    /// Robins-Breslow-Greenland (1986) variance, the risk ratio with Greenland-Robins (1985), and
    /// the risk difference with Sato, Greenland & Robins (1989). Log scale for the ratios.
    static func mantelHaenszel(_ tables: [MetaAnalysisStudyEffect.Cells], measure: MetaAnalysisMeasure) throws(StatisticsError) -> FixedPool {
        switch measure {
        case .or:
            let r = tables.map { $0.a * $0.d / $0.total }
            let s = tables.map { $0.b * $0.c / $0.total }
            let p = tables.map { ($0.a + $0.d) / $0.total }
            let q = tables.map { ($0.b + $0.c) / $0.total }
            let (sumR, sumS) = (r.reduce(0, +), s.reduce(0, +))
            guard sumR > 0, sumS > 0 else { throw .undefined("the Mantel-Haenszel odds ratio is 0 or infinite: an arm has no events (or no non-events) in every study") }
            var v = 0.0
            for i in tables.indices {
                v += p[i] * r[i] / (sumR * sumR) + (p[i] * s[i] + q[i] * r[i]) / (sumR * sumS) + q[i] * s[i] / (sumS * sumS)
            }
            return FixedPool(mean: Double.log(sumR / sumS), standardError: (v / 2).squareRoot(), weights: s)
        case .rr:
            let r = tables.map { $0.a * $0.n2 / $0.total }
            let s = tables.map { $0.c * $0.n1 / $0.total }
            let (sumR, sumS) = (r.reduce(0, +), s.reduce(0, +))
            guard sumR > 0, sumS > 0 else { throw .undefined("the Mantel-Haenszel risk ratio is 0 or infinite: an arm has no events in every study") }
            let numerator = tables.reduce(0.0) { $0 + ($1.n1 * $1.n2 * ($1.a + $1.c) / $1.total - $1.a * $1.c) / $1.total }
            return FixedPool(mean: Double.log(sumR / sumS), standardError: (numerator / (sumR * sumS)).squareRoot(), weights: s)
        case .rd:
            let w = tables.map { $0.n1 * $0.n2 / $0.total }
            let sumW = w.reduce(0, +)
            let rd = tables.reduce(0.0) { $0 + ($1.a * $1.n2 - $1.c * $1.n1) / $1.total } / sumW
            let p = tables.reduce(0.0) { $0 + ($1.c * $1.n1 * $1.n1 - $1.a * $1.n2 * $1.n2 + $1.n1 * $1.n2 * ($1.n2 - $1.n1) / 2) / ($1.total * $1.total) }
            let q = tables.reduce(0.0) { $0 + ($1.a * ($1.n2 - $1.c) + $1.c * ($1.n1 - $1.a)) / $1.total } / 2
            let variance = (rd * p + q) / (sumW * sumW)
            return FixedPool(mean: rd, standardError: max(variance, 0).squareRoot(), weights: w)
        default:
            throw .invalidArgument("Mantel-Haenszel pooling needs counts with rr, or or rd, not \(measure.rawValue)")
        }
    }

    /// The Yusuf-Peto one-step log odds ratio, Σ(Oᵢ − Eᵢ)/ΣVᵢ with variance 1/ΣVᵢ, where Vᵢ is the
    /// hypergeometric variance of aᵢ; study weights are the Vᵢ.
    static func peto(_ tables: [MetaAnalysisStudyEffect.Cells]) throws(StatisticsError) -> FixedPool {
        let differences = tables.map { $0.a - ($0.a + $0.c) * $0.n1 / $0.total }
        let variances = tables.map { ($0.a + $0.c) * ($0.b + $0.d) * ($0.n1 / $0.total) * ($0.n2 / $0.total) / ($0.total - 1) }
        let sumV = variances.reduce(0, +)
        guard sumV > 0 else { throw .undefined("the Peto odds ratio needs a study with both events and non-events") }
        return FixedPool(mean: differences.reduce(0, +) / sumV, standardError: (1 / sumV).squareRoot(), weights: variances)
    }
}
