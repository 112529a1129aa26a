import RealModule

/// Student's t distribution with ν degrees of freedom (fractional ν allowed, as in Welch's test).
///
/// The cdf is ½ I_x(ν/2, ½) with x = ν/(ν + t²) and its complement t²/(ν + t²) both formed
/// directly, so P values keep full relative accuracy far in the tails and for ν up to 1e6 and
/// beyond; ν = +∞ is the standard normal.
public struct StudentTDistribution: ContinuousDistribution {
    /// The degrees of freedom ν > 0.
    public let degreesOfFreedom: Double

    /// Creates t(ν); throws `.invalidArgument` unless ν > 0 (ν = +∞ gives the standard normal).
    public init(degreesOfFreedom: Double) throws(StatisticsError) {
        guard degreesOfFreedom > 0 else {
            throw .invalidArgument("the degrees of freedom of a t distribution must be positive")
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// The density at t.
    public func pdf(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        if nu == .infinity { return Double.exp(-0.5 * t * t) / (2 * Double.pi).squareRoot() }
        let r = t.magnitude / nu.squareRoot()
        let logKernel = r > 1e100 ? 2 * Double.log(r) : Double.log(onePlus: r * r)
        return Double.exp(-0.5 * (nu + 1) * logKernel - 0.5 * Double.log(nu) - SpecialFunctions.logBeta(0.5 * nu, 0.5))
    }

    /// P(T <= t).
    public func cdf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t > 0 { return 0.5 + 0.5 * twoSidedTails(t).inner }
        return 0.5 * twoSidedTails(t).outer
    }

    /// P(T > t), computed from the upper tail directly.
    public func sf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if t < 0 { return 0.5 + 0.5 * twoSidedTails(t).inner }
        return 0.5 * twoSidedTails(t).outer
    }

    /// P(|T| >= |t|), the two-sided P value of a t statistic.
    public func twoSidedPValue(_ t: Double) -> Double { t.isNaN ? .nan : twoSidedTails(t).outer }

    /// The p-quantile; −∞ at p = 0 and +∞ at p = 1.
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        let nu = degreesOfFreedom
        if nu == .infinity { return NormalDistribution.standardQuantile(p) }
        if p == 0.5 { return 0 }
        if p > 0.5 { return -quantile(1 - p) }
        if p == 0 { return -.infinity }
        let target = 2 * p
        let point = target <= 0.5
            ? SpecialFunctions.inverseBetaPair(a: 0.5 * nu, b: 0.5, p: target, upper: false)
            : SpecialFunctions.inverseBetaPair(a: 0.5 * nu, b: 0.5, p: 1 - target, upper: true)
        if point.x < 1e-280 {
            let logX = (Double.log(target) + Double.log(0.5 * nu) + SpecialFunctions.logBeta(0.5 * nu, 0.5)) / (0.5 * nu)
            return -Double.exp(0.5 * (Double.log(nu) - logX))
        }
        return -(nu * (point.y / point.x)).squareRoot()
    }

    /// (P(|T| >= |t|), P(|T| < |t|)), each accurate where it is small.
    private func twoSidedTails(_ t: Double) -> (outer: Double, inner: Double) {
        let nu = degreesOfFreedom
        if nu == .infinity {
            let outer = 2 * NormalDistribution.standardCDF(-t.magnitude)
            return (outer, Double.erf(t.magnitude / 2.0.squareRoot()))
        }
        if t == 0 { return (1, 0) }
        let a = t.magnitude
        if a > 1e150 {
            let logX = Double.log(nu) - 2 * Double.log(a)
            let outer = Double.exp(0.5 * nu * logX - Double.log(0.5 * nu) - SpecialFunctions.logBeta(0.5 * nu, 0.5))
            return (outer, 1 - outer)
        }
        let denominator = nu + a * a
        let pair = SpecialFunctions.incompleteBetaPair(a: 0.5 * nu, b: 0.5, x: nu / denominator, y: a * a / denominator)
        return (pair.lower, pair.upper)
    }
}
