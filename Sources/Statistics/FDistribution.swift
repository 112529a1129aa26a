import RealModule

/// Fisher's F distribution with numerator and denominator degrees of freedom d1 and d2.
///
/// cdf is I_u(d1/2, d2/2) with u = d1 x / (d1 x + d2); sf is I_v(d2/2, d1/2) with
/// v = d2 / (d1 x + d2), formed directly so that small ANOVA P values keep their accuracy.
public struct FDistribution: ContinuousDistribution {
    /// The numerator degrees of freedom d1 > 0.
    public let numeratorDegreesOfFreedom: Double
    /// The denominator degrees of freedom d2 > 0.
    public let denominatorDegreesOfFreedom: Double

    /// Creates F(d1, d2); throws `.invalidArgument` unless both are positive and finite.
    public init(numeratorDegreesOfFreedom: Double, denominatorDegreesOfFreedom: Double) throws(StatisticsError) {
        guard numeratorDegreesOfFreedom.isFinite, numeratorDegreesOfFreedom > 0,
              denominatorDegreesOfFreedom.isFinite, denominatorDegreesOfFreedom > 0 else {
            throw .invalidArgument("the degrees of freedom of an F distribution must be positive and finite")
        }
        self.numeratorDegreesOfFreedom = numeratorDegreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// The density at x (infinite at 0 when d1 < 2).
    public func pdf(_ x: Double) -> Double {
        let a = 0.5 * numeratorDegreesOfFreedom
        let b = 0.5 * denominatorDegreesOfFreedom
        if x < 0 || x == .infinity { return 0 }
        if x == 0 { return a < 1 ? .infinity : (a == 1 ? 1 : 0) }
        let (u, v) = coordinates(x)
        return Double.exp(SpecialFunctions.logBetaPrefactor(a: a, b: b, x: u, y: v) - Double.log(x))
    }

    /// P(X <= x).
    public func cdf(_ x: Double) -> Double { x.isNaN ? .nan : pair(x).lower }

    /// P(X > x), computed from the upper tail directly.
    public func sf(_ x: Double) -> Double { x.isNaN ? .nan : pair(x).upper }

    /// The p-quantile; 0 at p = 0 and +∞ at p = 1.
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        let a = 0.5 * numeratorDegreesOfFreedom
        let b = 0.5 * denominatorDegreesOfFreedom
        let point = p <= 0.5
            ? SpecialFunctions.inverseBetaPair(a: a, b: b, p: p, upper: false)
            : SpecialFunctions.inverseBetaPair(a: a, b: b, p: 1 - p, upper: true)
        if point.y == 0 { return .infinity }
        return denominatorDegreesOfFreedom / numeratorDegreesOfFreedom * (point.x / point.y)
    }

    /// (u, v) = (d1 x / (d1 x + d2), d2 / (d1 x + d2)), each formed without subtraction.
    private func coordinates(_ x: Double) -> (Double, Double) {
        let d1 = numeratorDegreesOfFreedom
        let d2 = denominatorDegreesOfFreedom
        let scaled = d1 * x
        if scaled.isInfinite { return (1, d2 / d1 / x) }
        return (scaled / (scaled + d2), d2 / (scaled + d2))
    }

    private func pair(_ x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let (u, v) = coordinates(x)
        return SpecialFunctions.incompleteBetaPair(
            a: 0.5 * numeratorDegreesOfFreedom, b: 0.5 * denominatorDegreesOfFreedom, x: u, y: v)
    }
}
