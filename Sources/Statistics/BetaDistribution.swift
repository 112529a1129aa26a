import RealModule

/// The beta distribution on [0, 1] with shape parameters α and β.
///
/// cdf and sf are the regularized incomplete beta function and its complement, each computed
/// directly on its own side; the quantile is the inverse incomplete beta.
public struct BetaDistribution: ContinuousDistribution {
    /// The first shape parameter α > 0.
    public let alpha: Double
    /// The second shape parameter β > 0.
    public let beta: Double

    /// Creates Beta(α, β); throws `.invalidArgument` unless both are positive and finite.
    public init(alpha: Double, beta: Double) throws(StatisticsError) {
        guard alpha.isFinite, alpha > 0, beta.isFinite, beta > 0 else {
            throw .invalidArgument("the shape parameters of a beta distribution must be positive and finite")
        }
        self.alpha = alpha
        self.beta = beta
    }

    /// The density at x (infinite at a bound where the matching shape parameter is below 1).
    public func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 || x > 1 { return 0 }
        return SpecialFunctions.betaDensity(a: alpha, b: beta, x: x, y: 1 - x)
    }

    /// P(X <= x).
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return SpecialFunctions.incompleteBetaPair(a: alpha, b: beta, x: min(max(x, 0), 1), y: 1 - min(max(x, 0), 1)).lower
    }

    /// P(X > x), computed from the upper tail directly.
    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return SpecialFunctions.incompleteBetaPair(a: alpha, b: beta, x: min(max(x, 0), 1), y: 1 - min(max(x, 0), 1)).upper
    }

    /// The p-quantile; 0 at p = 0 and 1 at p = 1.
    public func quantile(_ p: Double) -> Double {
        SpecialFunctions.inverseRegularizedIncompleteBeta(a: alpha, b: beta, p: p)
    }
}
