/// Descriptive statistics of raw values: size, mean, standard deviation, median, quartiles and range.
///
/// Quartiles and the median use ONE definition throughout: Hyndman & Fan (1996) type 7, the
/// default of R's `quantile` and numpy's `percentile` ("linear"): the p-quantile of the sorted
/// values x₀ ≤ … ≤ xₙ₋₁ is x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋₊₁ − x_⌊h⌋) with h = (n − 1)p.
public struct Descriptives: Equatable, Sendable {
    /// The number of values.
    public let count: Int
    /// The arithmetic mean.
    public let mean: Double
    /// The sample standard deviation (n − 1 denominator); nil for a single value, where it is undefined.
    public let standardDeviation: Double?
    /// The median (type 7 quantile at 0.5).
    public let median: Double
    /// The first quartile (type 7 quantile at 0.25).
    public let lowerQuartile: Double
    /// The third quartile (type 7 quantile at 0.75).
    public let upperQuartile: Double
    /// The smallest value.
    public let minimum: Double
    /// The largest value.
    public let maximum: Double

    /// Describes `values`; throws `.invalidArgument` if there are none or one is not finite.
    public init(_ values: [Double]) throws(StatisticsError) {
        let moments = try SampleSummary.moments(values)
        let sorted = values.sorted()
        count = values.count
        mean = moments.mean
        standardDeviation = values.count >= 2 ? (moments.sumOfSquares / Double(values.count - 1)).squareRoot() : nil
        median = Self.quantile(sorted: sorted, 0.5)
        lowerQuartile = Self.quantile(sorted: sorted, 0.25)
        upperQuartile = Self.quantile(sorted: sorted, 0.75)
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
    }

    /// The summary (mean, SD, n) used by the two-sample methods; throws `.undefined` for a single value.
    public func summary() throws(StatisticsError) -> SampleSummary {
        guard let standardDeviation else {
            throw .undefined("a single value has no standard deviation")
        }
        return try SampleSummary(mean: mean, standardDeviation: standardDeviation, count: count)
    }

    /// The type 7 p-quantile of `values` (need not be sorted); throws `.invalidArgument` if there
    /// are none, one is not finite, or p is outside [0, 1].
    public static func quantile(_ values: [Double], _ p: Double) throws(StatisticsError) -> Double {
        guard !values.isEmpty else { throw .invalidArgument("a quantile needs at least one value") }
        guard values.allSatisfy({ $0.isFinite }) else { throw .invalidArgument("every value must be a finite number") }
        guard p >= 0, p <= 1 else { throw .invalidArgument("the quantile probability \(p) is outside [0, 1]") }
        return quantile(sorted: values.sorted(), p)
    }

    /// The type 7 p-quantile of already sorted, non-empty values (p is clamped to [0, 1]).
    static func quantile(sorted values: [Double], _ p: Double) -> Double {
        guard let first = values.first else { return 0 }
        let position = Double(values.count - 1) * min(max(p, 0), 1)
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        if lower + 1 >= values.count || fraction == 0 { return lower < values.count ? values[lower] : first }
        let low = values[lower]
        let high = values[lower + 1]
        return fraction < 0.5 ? low + (high - low) * fraction : high - (high - low) * (1 - fraction)
    }
}
