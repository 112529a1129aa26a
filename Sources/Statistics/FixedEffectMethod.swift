/// How the fixed-effect (common-effect) estimate of a meta-analysis is pooled.
public enum FixedEffectMethod: String, Sendable {
    /// Mantel-Haenszel, for risk ratios, odds ratios and risk differences from counts; needs no
    /// zero-cell correction (the default for counts, as in RevMan).
    case mantelHaenszel = "mh"
    /// Inverse-variance weighting of each study's effect (the default for means and estimates).
    case inverseVariance = "iv"
    /// The Yusuf-Peto one-step odds ratio (odds ratios only), good for rare events and balanced arms.
    case peto

    /// The method in words a report can print.
    public var label: String {
        switch self {
        case .mantelHaenszel: "Mantel-Haenszel"
        case .inverseVariance: "inverse variance"
        case .peto: "Peto"
        }
    }
}
