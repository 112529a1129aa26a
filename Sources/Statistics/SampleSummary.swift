import RealModule

/// The mean, standard deviation and size of one sample: what a trial report prints per arm and
/// what the two-sample methods need.
///
/// Built either from published summaries or from raw values. A standard deviation of 0 is allowed
/// here (a report may print it); methods that divide by a variance throw `.undefined` when every
/// variance they use is 0.
public struct SampleSummary: Equatable, Sendable {
    /// The sample mean.
    public let mean: Double
    /// The sample standard deviation (n − 1 denominator); 0 for a single observation.
    public let standardDeviation: Double
    /// The number of observations.
    public let count: Int

    /// The sample variance, the square of the standard deviation.
    public var variance: Double { standardDeviation * standardDeviation }

    /// Creates a summary from published figures; throws `.invalidArgument` unless the mean is
    /// finite, the standard deviation finite and not negative, and the count at least 1.
    public init(mean: Double, standardDeviation: Double, count: Int) throws(StatisticsError) {
        guard mean.isFinite else { throw .invalidArgument("the mean must be a finite number") }
        guard standardDeviation.isFinite, standardDeviation >= 0 else {
            throw .invalidArgument("the standard deviation must be a finite number that is not negative")
        }
        guard count >= 1 else { throw .invalidArgument("a sample needs at least one observation") }
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.count = count
    }

    /// Summarizes raw values (compensated two-pass mean and variance); throws `.invalidArgument`
    /// for an empty sample or a value that is not finite, and `.undefined` if the spread overflows.
    public init(values: [Double]) throws(StatisticsError) {
        let moments = try Self.moments(values)
        try self.init(mean: moments.mean, standardDeviation: moments.sumOfSquares.squareRoot() / Double(max(values.count - 1, 1)).squareRoot(), count: values.count)
    }

    /// The mean and the sum of squared deviations from it, each by compensated summation.
    static func moments(_ values: [Double]) throws(StatisticsError) -> (mean: Double, sumOfSquares: Double) {
        guard !values.isEmpty else { throw .invalidArgument("a sample needs at least one observation") }
        guard values.allSatisfy({ $0.isFinite }) else { throw .invalidArgument("every value must be a finite number") }
        let n = Double(values.count)
        var mean = compensatedSum(values) / n
        if !mean.isFinite { mean = compensatedSum(values.lazy.map { $0 / n }) }
        let correction = compensatedSum(values.lazy.map { $0 - mean }) / n
        mean += correction
        let sumOfSquares = compensatedSum(values.lazy.map { ($0 - mean) * ($0 - mean) })
        guard mean.isFinite, sumOfSquares.isFinite else {
            throw .undefined("the spread of the values is too large to represent as a Double")
        }
        return (mean, sumOfSquares)
    }

    /// Neumaier's compensated sum, accurate to about one rounding for long sums.
    static func compensatedSum<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var sum = 0.0
        var compensation = 0.0
        for value in values {
            let next = sum + value
            if sum.magnitude >= value.magnitude {
                compensation += (sum - next) + value
            } else {
                compensation += (value - next) + sum
            }
            sum = next
        }
        return sum + compensation
    }
}
