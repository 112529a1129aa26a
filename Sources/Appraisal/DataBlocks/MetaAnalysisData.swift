import Markdown

/// The studies of a systematic review, experimental against control, and how to pool them.
public struct MetaAnalysisData: Hashable, Sendable {
    /// One study's data as its line gives it.
    public enum StudyData: Hashable, Sendable {
        /// `4/123 vs 11/139`: events out of totals, experimental then control.
        case counts(experimentalEvents: Int, experimentalTotal: Int, controlEvents: Int, controlTotal: Int)
        /// `6.7 ± 1.6 (n=24) vs 7.9 ± 1.4 (n=18)`.
        case means(experimentalMean: Double, experimentalSD: Double, experimentalN: Int, controlMean: Double, controlSD: Double, controlN: Int)
        /// `0.62 (0.45 to 0.85)`: an estimate with its 95% interval, pooled by inverse variance.
        case estimate(value: Double, low: Double, high: Double)
    }

    /// One study line.
    public struct Study: Hashable, Sendable {
        /// The study's name as written, and its slug for expressions.
        public var name: ArmName
        /// Its data.
        public var data: StudyData
        /// Where its line is, for findings about it.
        public var position: SourcePosition
    }

    /// The studies in the order written.
    public var studies: [Study]
    /// `rr`, `or`, `rd`, `md`, `smd`, or `ratio` / `difference` for estimates with intervals.
    public var measure: String
    /// `mh`, `iv` or `peto`; nil for the default (MH for counts, IV otherwise).
    public var pooling: String?
    /// `reml`, `dl` or `pm`.
    public var tau2: String
    /// Whether the random-effects interval uses the Hartung-Knapp-Sidik-Jonkman method.
    public var hksj: Bool
    /// Whether the event counted is good, so a higher experimental rate favours it.
    public var desirable: Bool
}
