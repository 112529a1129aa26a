/// How the between-study variance τ² of a random-effects meta-analysis is estimated.
public enum HeterogeneityEstimator: String, Sendable {
    /// Restricted maximum likelihood (Fisher scoring), the default: less biased than DerSimonian-Laird.
    case reml
    /// DerSimonian-Laird's method of moments, in closed form (RevMan's estimator).
    case dersimonianLaird = "dl"
    /// Paule-Mandel: the τ² at which the generalised Q statistic equals its expectation, k − 1.
    case pauleMandel = "pm"

    /// The estimator in words a report can print.
    public var label: String {
        switch self {
        case .reml: "REML"
        case .dersimonianLaird: "DerSimonian-Laird"
        case .pauleMandel: "Paule-Mandel"
        }
    }
}
