import RealModule

/// The normal (Gaussian) distribution with a given mean and standard deviation.
///
/// Tails use the complementary error function directly, so `cdf(-38)` and `sf(38)` are about
/// 1e-316 rather than 0; the quantile refines a rational start (Abramowitz & Stegun 26.2.23)
/// with Halley steps to full double precision.
public struct NormalDistribution: ContinuousDistribution {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ > 0.
    public let standardDeviation: Double

    /// Creates N(mean, standardDeviation²); throws `.invalidArgument` unless the mean is finite
    /// and the standard deviation finite and positive.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws(StatisticsError) {
        guard mean.isFinite else { throw .invalidArgument("the mean of a normal distribution must be finite") }
        guard standardDeviation.isFinite, standardDeviation > 0 else {
            throw .invalidArgument("the standard deviation of a normal distribution must be positive and finite")
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// The density at x.
    public func pdf(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        return Double.exp(-0.5 * z * z) / (standardDeviation * (2 * Double.pi).squareRoot())
    }

    /// P(X <= x).
    public func cdf(_ x: Double) -> Double { Self.standardCDF((x - mean) / standardDeviation) }

    /// P(X > x), computed from the upper tail directly.
    public func sf(_ x: Double) -> Double { Self.standardCDF(-(x - mean) / standardDeviation) }

    /// The p-quantile; −∞ at p = 0 and +∞ at p = 1.
    public func quantile(_ p: Double) -> Double {
        let z = Self.standardQuantile(p)
        return z.isFinite ? mean + standardDeviation * z : z
    }

    /// Φ(z) for the standard normal, ½ erfc(−z/√2).
    static func standardCDF(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        return 0.5 * Double.erfc(-z / 2.0.squareRoot())
    }

    /// Φ⁻¹(p) for the standard normal; NaN outside [0, 1].
    static func standardQuantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if p > 0.5 { return -lowerQuantile(1 - p) }
        return lowerQuantile(p)
    }

    /// Φ⁻¹(p) for 0 < p < 0.5, by Halley iteration from A&S 26.2.23.
    private static func lowerQuantile(_ p: Double) -> Double {
        let t = (-2 * Double.log(p)).squareRoot()
        let numerator = 2.515517 + t * (0.802853 + t * 0.010328)
        let denominator = 1 + t * (1.432788 + t * (0.189269 + t * 0.001308))
        var z = -(t - numerator / denominator)
        let rootTwo = 2.0.squareRoot()
        let rootTwoPi = (2 * Double.pi).squareRoot()
        for _ in 0..<20 {
            let error = p > 0.1
                ? 0.5 * Double.erf(z / rootTwo) + (0.5 - p)
                : 0.5 * Double.erfc(-z / rootTwo) - p
            let density = Double.exp(-0.5 * z * z) / rootTwoPi
            guard density > 0 else { break }
            let u = error / density
            let step = u / (1 + 0.5 * z * u)
            z -= step
            if step.magnitude <= 2 * Double.ulpOfOne * z.magnitude { break }
        }
        return z
    }
}
