import Testing
import Statistics

/// Properties that must hold across a wide grid of parameters, beyond the golden points:
/// quantiles invert the tails they were asked for, and cdf + sf = 1.
@Suite("Distribution round trips over a parameter grid")
struct DistributionPropertyTests {
    static let shapes = [0.01, 0.1, 0.5, 1, 1.7, 3, 12.5, 60, 450, 3_000, 80_000, 2e6]
    static let probabilities = [1e-300, 1e-200, 1e-60, 1e-20, 1e-9, 1e-4, 0.01, 0.2, 0.5]

    /// |actual / target − 1|, or 0 when both are 0.
    static func relativeError(_ actual: Double, _ target: Double) -> Double {
        actual == target ? 0 : (actual - target).magnitude / target.magnitude
    }

    /// The relative change of a tail of size `tail` when x moves by one unit in the last place:
    /// the best any quantile returned as a Double can do (large where x is within 1e-10 of 1).
    static func resolution(_ distribution: BetaDistribution, _ x: Double, _ tail: Double) -> Double {
        4 * distribution.pdf(x) * x.ulp / tail
    }

    @Test("the inverse incomplete beta returns the requested lower and upper tails", arguments: shapes)
    func betaRoundTrip(a: Double) throws {
        for b in Self.shapes {
            let distribution = try BetaDistribution(alpha: a, beta: b)
            for p in Self.probabilities {
                let x = distribution.quantile(p)
                if x > 1e-300 && x < 1 {
                    let error = Self.relativeError(distribution.cdf(x), p)
                    let allowed = 1e-9 * max(1, 1 / a) + Self.resolution(distribution, x, p)
                    #expect(error < allowed, "Beta(\(a), \(b)) lower \(p): x = \(x), error \(error)")
                }
                let upperTail = 1 - (1 - p)
                let y = distribution.quantile(1 - p)
                if p >= 1e-15, y > 0, y < 1 {
                    let error = Self.relativeError(distribution.sf(y), upperTail)
                    let allowed = 1e-9 * max(1, 1 / b) + Self.resolution(distribution, y, upperTail)
                    #expect(error < allowed, "Beta(\(a), \(b)) upper \(p): x = \(y), error \(error)")
                }
            }
        }
    }

    @Test("chi-square quantiles return the requested tails", arguments: shapes)
    func chiSquareRoundTrip(df: Double) throws {
        let distribution = try ChiSquaredDistribution(degreesOfFreedom: df)
        for p in Self.probabilities {
            let x = distribution.quantile(p)
            if x > 1e-300 {
                let error = Self.relativeError(distribution.cdf(x), p)
                #expect(error < 1e-9 * max(1, 2 / df), "chi2(\(df)) lower \(p): x = \(x), error \(error)")
            }
            let upper = distribution.upperQuantile(p)
            #expect(upper.isFinite, "chi2(\(df)) upper quantile \(p)")
            let error = Self.relativeError(distribution.sf(upper), p)
            #expect(error < 1e-9, "chi2(\(df)) upper \(p): x = \(upper), error \(error)")
        }
    }

    @Test("t quantiles return the requested tails and cdf + sf = 1", arguments: shapes)
    func studentRoundTrip(df: Double) throws {
        let distribution = try StudentTDistribution(degreesOfFreedom: df)
        for p in Self.probabilities {
            let t = distribution.quantile(p)
            if t.isFinite {
                let error = Self.relativeError(distribution.cdf(t), p)
                #expect(error < 1e-9 * max(1, 1 / df), "t(\(df)) lower \(p): t = \(t), error \(error)")
                #expect((distribution.cdf(t) + distribution.sf(t) - 1).magnitude < 4e-16)
            }
        }
    }

    @Test("F quantiles return the requested tails", arguments: shapes)
    func fRoundTrip(d1: Double) throws {
        for d2 in Self.shapes {
            let distribution = try FDistribution(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2)
            for p in Self.probabilities where p >= 1e-60 {
                let x = distribution.quantile(p)
                if x > 1e-300 && x.isFinite {
                    let error = Self.relativeError(distribution.cdf(x), p)
                    #expect(error < 1e-9 * max(1, 2 / d1), "F(\(d1), \(d2)) lower \(p): x = \(x), error \(error)")
                }
            }
        }
    }
}
