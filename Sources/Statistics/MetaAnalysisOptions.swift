/// The choices a meta-analysis is run with: measure, pooling methods and interval level.
public struct MetaAnalysisOptions: Sendable {
    /// The effect measure; it must fit the studies' data (rr, or, rd for counts; md, smd for
    /// means; ratio, difference for estimates).
    public var measure: MetaAnalysisMeasure
    /// The fixed-effect method; nil chooses the default, Mantel-Haenszel for counts and inverse
    /// variance otherwise.
    public var fixedEffect: FixedEffectMethod?
    /// The estimator of the between-study variance τ².
    public var tau2: HeterogeneityEstimator
    /// Whether the random-effects interval and test use the Hartung-Knapp-Sidik-Jonkman
    /// adjustment (t with k − 1 degrees of freedom).
    public var hksj: Bool
    /// The confidence level of every interval, e.g. 0.95.
    public var level: Double

    /// Creates options; the defaults are RevMan's and metafor's: REML, no HKSJ, 95% intervals.
    public init(measure: MetaAnalysisMeasure, fixedEffect: FixedEffectMethod? = nil,
                tau2: HeterogeneityEstimator = .reml, hksj: Bool = false, level: Double = 0.95) {
        self.measure = measure
        self.fixedEffect = fixedEffect
        self.tau2 = tau2
        self.hksj = hksj
        self.level = level
    }
}
