import RealModule

extension SpecialFunctions {
    /// The pair (P(a, x), Q(a, x)) of regularized incomplete gamma functions.
    ///
    /// The smaller member of the pair is computed directly, the other as its complement: the power
    /// series for P when x < a + 1, otherwise Legendre's continued fraction for Q evaluated by the
    /// modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.2). The prefactor
    /// x^a e^(−x) / Γ(a) is formed around x = a with Stirling's formula so that large a stays accurate.
    static func incompleteGammaPair(a: Double, x: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        let prefactor = gammaPrefactor(a: a, x: x)
        if x < a + 1 {
            let lower = min(1, prefactor / a * lowerGammaSeries(a: a, x: x))
            return (lower, 1 - lower)
        }
        let upper = min(1, prefactor * upperGammaContinuedFraction(a: a, x: x))
        return (1 - upper, upper)
    }

    /// Σ x^n / ((a + 1)(a + 2)…(a + n)), the series of P(a, x) without its prefactor.
    private static func lowerGammaSeries(a: Double, x: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        var denominator = a
        for _ in 0..<10_000_000 {
            denominator += 1
            term *= x / denominator
            sum += term
            if term < sum * 1e-17 { break }
        }
        return sum
    }

    /// Legendre's continued fraction for Q(a, x) / (x^a e^(−x) / Γ(a)), modified Lentz evaluation.
    private static func upperGammaContinuedFraction(a: Double, x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 10_000_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if d.magnitude < tiny { d = tiny }
            c = b + an / c
            if c.magnitude < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if (delta - 1).magnitude <= Double.ulpOfOne { break }
            i += 1
        }
        return h
    }
}
