/// Everything a meta-analysis reports: each study with its weights, the fixed- and random-effects
/// estimates with their tests, the prediction interval, heterogeneity, and Egger's test.
///
/// Estimates are on the measure's own scale (a risk ratio, not its logarithm); each study's
/// `effect` and `variance` are on the analysis scale (the logarithm for ratios), for funnel plots.
public struct MetaAnalysisResult: Equatable, Sendable {
    /// One study as analysed.
    public struct Study: Equatable, Sendable {
        /// The study's label.
        public let name: String
        /// The study's effect with its Wald interval, on the measure's own scale.
        public let estimate: Estimate
        /// The effect yᵢ on the analysis scale (log for ratios).
        public let effect: Double
        /// The sampling variance vᵢ of `effect`.
        public let variance: Double
        /// The study's share of the fixed-effect weight, in percent (0 when excluded).
        public let weightFixed: Double
        /// The study's share of the random-effects weight, in percent (0 when excluded).
        public let weightRandom: Double
        /// Why the study was left out of the pooling (e.g. "no events in either arm"), or nil.
        /// An excluded study's effect is its 0.5-corrected value, shown for completeness only.
        public let excluded: String?
        /// What was done to the study's data first, e.g. "0.5 added to every cell because a cell is zero".
        public let adjustments: [String]
    }

    /// The measure pooled.
    public let measure: MetaAnalysisMeasure
    /// The fixed-effect method used (the default resolved).
    public let fixedEffectMethod: FixedEffectMethod
    /// Every study in input order, excluded ones included and marked.
    public let studies: [Study]
    /// The number of studies pooled (excluded studies not counted).
    public let k: Int
    /// Participants in the pooled studies (0 for studies given only as estimates).
    public let participants: Int
    /// The fixed-effect estimate with its interval, on the measure's own scale.
    public let fixed: Estimate
    /// The z-test of no effect for the fixed-effect estimate.
    public let fixedTest: TestResult
    /// The random-effects estimate with its interval, on the measure's own scale.
    public let random: Estimate
    /// The z-test of no effect for the random-effects estimate (a t-test with k − 1 df under HKSJ).
    public let randomTest: TestResult
    /// The prediction interval for a new study's true effect (Higgins 2009, t with k − 2 df), on
    /// the measure's own scale; nil when fewer than three studies are pooled.
    public let prediction: ConfidenceInterval?
    /// Cochran's Q with inverse-variance weights about the inverse-variance fixed-effect mean.
    public let q: Double
    /// Q's degrees of freedom, k − 1.
    public let qDegreesOfFreedom: Int
    /// The chi-square P value of Q.
    public let qPValue: Double
    /// I² = (Q − df)/Q in percent, 0 when Q < df.
    public let i2: Double
    /// The between-study variance τ² by the chosen estimator, on the analysis scale.
    public let tau2: Double
    /// τ, the square root of τ².
    public let tau: Double
    /// Egger's regression test for funnel-plot asymmetry; nil with fewer than ten studies.
    public let egger: TestResult?
}
