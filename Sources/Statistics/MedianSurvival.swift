/// A median survival time with its Brookmeyer-Crowley confidence interval.
///
/// Each part may be missing, and a report must say so rather than print a blank: the median when
/// the curve never falls to 0.5, the upper limit when the interval runs past the last event time
/// ("not reached"), both limits when no event time is compatible with a median.
public struct MedianSurvival: Equatable, Sendable {
    /// The first event time at which S(t) <= 0.5 (R's rule); nil when not reached.
    public let median: Double?
    /// The lower confidence limit, an event time; nil when not estimable.
    public let low: Double?
    /// The upper confidence limit, an event time; nil when not reached or not estimable.
    public let high: Double?
    /// The coverage, e.g. 0.95.
    public let level: Double
    /// The method, in words a report can print.
    public let method: String
}
