import RealModule

/// The chi-square distribution with k degrees of freedom (fractional k allowed).
///
/// cdf and sf are the regularized incomplete gamma functions P(k/2, x/2) and Q(k/2, x/2), each
/// computed directly, so a chi-square P value of 1e-300 is returned rather than 0.
public struct ChiSquaredDistribution: ContinuousDistribution {
    /// The degrees of freedom k > 0.
    public let degreesOfFreedom: Double

    /// Creates χ²(k); throws `.invalidArgument` unless k is positive and finite.
    public init(degreesOfFreedom: Double) throws(StatisticsError) {
        guard degreesOfFreedom.isFinite, degreesOfFreedom > 0 else {
            throw .invalidArgument("the degrees of freedom of a chi-square distribution must be positive and finite")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The density at x (infinite at 0 when k < 2).
    public func pdf(_ x: Double) -> Double {
        let a = 0.5 * degreesOfFreedom
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return a < 1 ? .infinity : (a == 1 ? 0.5 : 0) }
        return SpecialFunctions.gammaPrefactor(a: a, x: 0.5 * x) / x
    }

    /// P(X <= x).
    public func cdf(_ x: Double) -> Double {
        x.isNaN ? .nan : SpecialFunctions.incompleteGammaPair(a: 0.5 * degreesOfFreedom, x: 0.5 * x).lower
    }

    /// P(X > x), computed from the upper tail directly.
    public func sf(_ x: Double) -> Double {
        x.isNaN ? .nan : SpecialFunctions.incompleteGammaPair(a: 0.5 * degreesOfFreedom, x: 0.5 * x).upper
    }

    /// The p-quantile; 0 at p = 0 and +∞ at p = 1.
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        let a = 0.5 * degreesOfFreedom
        if p <= 0.5 { return 2 * SpecialFunctions.inverseIncompleteGamma(a: a, p: p, upper: false) }
        return 2 * SpecialFunctions.inverseIncompleteGamma(a: a, p: 1 - p, upper: true)
    }

    /// The upper-tail quantile: the x with P(X > x) = q, accurate for q far below 1e-16.
    public func upperQuantile(_ q: Double) -> Double {
        guard q >= 0, q <= 1 else { return .nan }
        return 2 * SpecialFunctions.inverseIncompleteGamma(a: 0.5 * degreesOfFreedom, p: q, upper: true)
    }
}
