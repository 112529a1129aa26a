import RealModule

extension SpecialFunctions {
    /// The x where P(a, x) = p (or Q(a, x) = p if `upper`), for chi-square quantiles.
    ///
    /// Starts from the Wilson–Hilferty cube-root approximation (or the small-x power law
    /// x ≈ (p Γ(a + 1))^(1/a) in the lower tail) and takes Newton steps on the logarithm of the
    /// target tail — in log x for the lower tail, in x for the upper tail, where each is nearly
    /// linear — safeguarded by bisection on a bracket.
    static func inverseIncompleteGamma(a: Double, p: Double, upper: Bool) -> Double {
        if p <= 0 { return upper ? .infinity : 0 }
        if p >= 1 { return upper ? 0 : .infinity }
        var x = initialGammaGuess(a: a, p: p, upper: upper)
        var low = 0.0
        var high = Double.infinity
        let logP = Double.log(p)
        for _ in 0..<300 {
            let pair = incompleteGammaPair(a: a, x: x)
            let tail = upper ? pair.upper : pair.lower
            if tail == p { return x }
            if (tail < p) != upper { low = x } else { high = x }
            let density = gammaPrefactor(a: a, x: x) / x
            var next: Double?
            if tail > 0 && density > 0 && density.isFinite {
                let residual = logRatio(tail, p, logP) * tail / density
                next = upper ? x + residual : x * Double.exp(-residual / x)
            }
            if let candidate = next, candidate == x { return x }
            if let candidate = next, candidate.isFinite, candidate > low, candidate < high {
                let change = (candidate - x).magnitude / x
                x = candidate
                if change <= 4 * Double.ulpOfOne { return x }
            } else {
                let previous = x
                if high == .infinity {
                    x = max(2 * low, 1)
                } else if low == 0 {
                    x = high < 1 ? high * high : high / 16
                } else {
                    x = high > 4 * low ? (low * high).squareRoot() : 0.5 * (low + high)
                }
                if x == previous || x == low || x == high { return x }
            }
        }
        return x
    }

    /// Wilson–Hilferty start, or the lower-tail power law when that is not positive or a is small.
    private static func initialGammaGuess(a: Double, p: Double, upper: Bool) -> Double {
        if !upper && (a < 1 || p < 1e-3) {
            let x = Double.exp((Double.log(p) + Double.logGamma(a + 1)) / a)
            if x > 0 && x < a { return x }
        }
        let z = upper ? -NormalDistribution.standardQuantile(p) : NormalDistribution.standardQuantile(p)
        let c = 1 / (9 * a)
        let cube = 1 - c + z * c.squareRoot()
        let x = a * cube * cube * cube
        if x > 0 && x.isFinite { return x }
        return upper ? a + 1 : min(a, 1)
    }
}
