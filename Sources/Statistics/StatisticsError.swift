/// Why a statistic could not be computed from the data it was given.
///
/// Degenerate input never crashes and never produces a silent NaN: every method either returns a
/// finite value (or a documented infinity, such as an NNT interval limit) or throws one of these.
public enum StatisticsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The statistic does not exist for this data, e.g. "no events in either arm".
    case undefined(String)
    /// An argument is outside the method's domain, e.g. a negative count or a probability above 1.
    case invalidArgument(String)
    /// An iterative algorithm did not reach the required accuracy.
    case didNotConverge(String)

    /// The reason in words, as a report would show it.
    public var description: String {
        switch self {
        case .undefined(let reason): "undefined: \(reason)"
        case .invalidArgument(let reason): "invalid argument: \(reason)"
        case .didNotConverge(let reason): "did not converge: \(reason)"
        }
    }
}
