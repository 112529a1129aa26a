import RealModule

/// The hypergeometric distribution: successes among `draws` items drawn without replacement from
/// a population of `populationSize` items of which `successes` are successes (Fisher's exact test).
///
/// Probabilities use Loader's (2000) saddle-point form of the binomial terms ("Fast and accurate
/// computation of binomial probabilities"), so each log probability is accurate to about 1e-14 even
/// for a population of millions. Tails are summed from the queried point away from the mode with
/// term ratios, relative to the first term, so a tail costs O(terms that matter) and a P value of
/// 1e-300 is computed rather than rounded to 0.
public struct HypergeometricDistribution: Sendable {
    /// The population size N.
    public let populationSize: Int
    /// The number K of successes in the population.
    public let successes: Int
    /// The number n of items drawn.
    public let draws: Int

    /// Creates the distribution of successes among `draws` items drawn from `populationSize`
    /// items of which `successes` are successes; throws `.invalidArgument` unless
    /// 0 <= successes <= populationSize and 0 <= draws <= populationSize.
    public init(populationSize: Int, successes: Int, draws: Int) throws(StatisticsError) {
        guard populationSize >= 0 else { throw .invalidArgument("the population size must not be negative") }
        guard successes >= 0, successes <= populationSize else {
            throw .invalidArgument("the number of successes must lie between 0 and the population size")
        }
        guard draws >= 0, draws <= populationSize else {
            throw .invalidArgument("the number of draws must lie between 0 and the population size")
        }
        self.populationSize = populationSize
        self.successes = successes
        self.draws = draws
    }

    /// The values with positive probability: max(0, n − (N − K)) ... min(n, K).
    public var support: ClosedRange<Int> {
        max(0, draws - (populationSize - successes))...min(draws, successes)
    }

    /// log P(X = k); −∞ outside the support.
    public func logPMF(_ k: Int) -> Double {
        guard support.contains(k) else { return -.infinity }
        if draws == 0 || draws == populationSize { return 0 }
        let total = Double(populationSize)
        let p = Double(draws) / total
        let q = Double(populationSize - draws) / total
        return Self.logBinomialTerm(Double(k), Double(successes), p, q)
            + Self.logBinomialTerm(Double(draws - k), Double(populationSize - successes), p, q)
            - Self.logBinomialTerm(Double(draws), total, p, q)
    }

    /// P(X = k); 0 outside the support.
    public func pmf(_ k: Int) -> Double { Double.exp(logPMF(k)) }

    /// P(X <= k).
    public func cdf(_ k: Int) -> Double {
        let range = support
        if k < range.lowerBound { return 0 }
        if k >= range.upperBound { return 1 }
        if k < mode { return sumDownward(from: k) }
        return max(0, 1 - sumUpward(from: k + 1))
    }

    /// P(X > k), summed directly in the upper tail.
    public func sf(_ k: Int) -> Double {
        let range = support
        if k < range.lowerBound { return 1 }
        if k >= range.upperBound { return 0 }
        if k + 1 > mode { return sumUpward(from: k + 1) }
        return max(0, 1 - sumDownward(from: k))
    }

    /// The most probable value, ⌊(n + 1)(K + 1) / (N + 2)⌋ clamped to the support.
    var mode: Int {
        let value = (Double(draws) + 1) * (Double(successes) + 1) / (Double(populationSize) + 2)
        return min(max(Int(value.rounded(.down)), support.lowerBound), support.upperBound)
    }

    /// P(X <= k) for k below the mode: the terms k, k − 1, ... relative to P(X = k).
    private func sumDownward(from k: Int) -> Double {
        let lower = support.lowerBound
        let failures = Double(populationSize - successes)
        var term = 1.0
        var sum = 1.0
        var j = k
        while j > lower {
            let x = Double(j)
            term *= x * (failures - Double(draws) + x) / ((Double(successes) - x + 1) * (Double(draws) - x + 1))
            sum += term
            if term < sum * 1e-17 { break }
            j -= 1
        }
        return min(1, pmf(k) * sum)
    }

    /// P(X >= k) for k above the mode: the terms k, k + 1, ... relative to P(X = k).
    private func sumUpward(from k: Int) -> Double {
        let upper = support.upperBound
        let failures = Double(populationSize - successes)
        var term = 1.0
        var sum = 1.0
        var j = k
        while j < upper {
            let x = Double(j)
            term *= (Double(successes) - x) * (Double(draws) - x) / ((x + 1) * (failures - Double(draws) + x + 1))
            sum += term
            if term < sum * 1e-17 { break }
            j += 1
        }
        return min(1, pmf(k) * sum)
    }

    /// log of the binomial probability of x successes in n trials with success probability p
    /// (q = 1 − p), in Loader's (2000) form with Stirling errors and deviances.
    static func logBinomialTerm(_ x: Double, _ n: Double, _ p: Double, _ q: Double) -> Double {
        if n == 0 { return x == 0 ? 0 : -.infinity }
        if x == 0 {
            return p < 0.1 ? -SpecialFunctions.binomialDeviance(n, n * q) - n * p : n * Double.log(q)
        }
        if x == n {
            return q < 0.1 ? -SpecialFunctions.binomialDeviance(n, n * p) - n * q : n * Double.log(p)
        }
        let stirling = SpecialFunctions.stirlingError(n) - SpecialFunctions.stirlingError(x)
            - SpecialFunctions.stirlingError(n - x)
        let deviance = SpecialFunctions.binomialDeviance(x, n * p) + SpecialFunctions.binomialDeviance(n - x, n * q)
        let logScale = SpecialFunctions.logTwoPi + Double.log(x) + Double.log(onePlus: -x / n)
        return stirling - deviance - 0.5 * logScale
    }
}
