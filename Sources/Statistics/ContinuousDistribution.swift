/// A continuous probability distribution on the real line.
///
/// Every distribution of the statistics module exposes the same four functions so that tests and
/// intervals can be written once. `sf` is computed directly from the upper tail (never as
/// `1 - cdf`), so P values far in the right tail keep their full relative accuracy.
public protocol ContinuousDistribution: Sendable {
    /// The probability density at `x` (0 outside the support).
    func pdf(_ x: Double) -> Double
    /// The cumulative distribution function, P(X <= x).
    func cdf(_ x: Double) -> Double
    /// The survival function, P(X > x), computed directly so the right tail is accurate.
    func sf(_ x: Double) -> Double
    /// The inverse of `cdf`: the smallest x with P(X <= x) >= p; the support bounds at p = 0 and 1.
    func quantile(_ p: Double) -> Double
}
