/// A point estimate with its confidence interval and the method that produced both.
///
/// The method name travels with the number so that a report can say how every interval was
/// computed; `adjustments` records anything done to the data first (a 0.5 zero-cell correction).
public struct Estimate: Equatable, Sendable {
    /// The point estimate.
    public var value: Double
    /// The confidence interval, when the method defines one.
    public var interval: ConfidenceInterval?
    /// The method, in words a report can print, e.g. "Wilson score interval".
    public var method: String
    /// What was done to the data before estimating, in words, e.g. "0.5 added to every cell".
    public var adjustments: [String]

    /// Creates an estimate.
    public init(value: Double, interval: ConfidenceInterval?, method: String, adjustments: [String] = []) {
        self.value = value
        self.interval = interval
        self.method = method
        self.adjustments = adjustments
    }
}
