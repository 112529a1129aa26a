/// The effect measure a meta-analysis pools.
///
/// Ratios (`rr`, `or`, `ratio`) are pooled on the log scale and reported back on their own scale;
/// differences are pooled as they are.
public enum MetaAnalysisMeasure: String, Sendable, CaseIterable {
    /// Risk ratio, from counts.
    case rr
    /// Odds ratio, from counts.
    case or
    /// Risk difference, from counts.
    case rd
    /// Mean difference, from means.
    case md
    /// Standardised mean difference (Hedges' g), from means.
    case smd
    /// Any ratio given as an estimate and CI (hazard ratio, adjusted odds ratio), pooled on the log scale.
    case ratio
    /// Any difference given as an estimate and CI, pooled on its own scale.
    case difference

    /// Whether the measure is pooled on the log scale.
    public var isRatio: Bool { self == .rr || self == .or || self == .ratio }

    /// The measure in words a report can print.
    public var label: String {
        switch self {
        case .rr: "risk ratio"
        case .or: "odds ratio"
        case .rd: "risk difference"
        case .md: "mean difference"
        case .smd: "standardised mean difference (Hedges' g)"
        case .ratio: "ratio"
        case .difference: "difference"
        }
    }
}
