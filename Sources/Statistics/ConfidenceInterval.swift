/// A two-sided confidence interval with its coverage level.
///
/// Limits may be infinite where the method says so (an NNT interval that passes through
/// infinity, an odds ratio with a zero cell and no correction); they are never NaN.
public struct ConfidenceInterval: Hashable, Sendable {
    /// The lower limit.
    public var low: Double
    /// The upper limit.
    public var high: Double
    /// The coverage, e.g. 0.95.
    public var level: Double

    /// Creates an interval from its limits and coverage level.
    public init(low: Double, high: Double, level: Double = 0.95) {
        self.low = low
        self.high = high
        self.level = level
    }

    /// Whether `value` lies inside the closed interval.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}
