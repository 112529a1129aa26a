import RealModule

extension SpecialFunctions {
    /// The pair (I_x(a, b), I_y(b, a)) = (P(X <= x), P(X > x)) for X ~ Beta(a, b), with y = 1 − x.
    ///
    /// Both x and y are passed so that a caller who knows the small one exactly (a t or F statistic
    /// near its mode) loses nothing to 1 − x. The member on the side where the continued fraction
    /// converges is computed directly (Press et al., Numerical Recipes, 3rd ed., §6.4, evaluated by
    /// the modified Lentz method) and the other is its complement. When one shape parameter is at
    /// least 1000 and the other at most 10 the asymptotic expansion of DiDonato & Morris is used.
    static func incompleteBetaPair(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        if x <= 0 { return (0, 1) }
        if y <= 0 { return (1, 0) }
        if a >= 1000 && b <= 10, let pair = incompleteBetaLargeShape(a: a, b: b, x: x, y: y) {
            let upper = pair.upper ?? continuedFractionTail(a: b, b: a, x: y, y: x)
            return (pair.upper == nil ? 1 - upper : pair.lower, upper)
        }
        if b >= 1000 && a <= 10, let pair = incompleteBetaLargeShape(a: b, b: a, x: y, y: x) {
            let lower = pair.upper ?? continuedFractionTail(a: a, b: b, x: x, y: y)
            return (lower, pair.upper == nil ? 1 - lower : pair.lower)
        }
        if x < (a + 1) / (a + b + 2) {
            let lower = continuedFractionTail(a: a, b: b, x: x, y: y)
            return (lower, 1 - lower)
        }
        let upper = continuedFractionTail(a: b, b: a, x: y, y: x)
        return (1 - upper, upper)
    }

    /// I_x(a, b) from its continued fraction, capped at 1.
    private static func continuedFractionTail(a: Double, b: Double, x: Double, y: Double) -> Double {
        min(1, betaPrefactor(a: a, b: b, x: x, y: y) / a * betaContinuedFraction(a: a, b: b, x: x, y: y))
    }

    /// The density of Beta(a, b) at x (with y = 1 − x), x^(a−1) y^(b−1) / B(a, b).
    static func betaDensity(a: Double, b: Double, x: Double, y: Double) -> Double {
        if x <= 0 {
            return a < 1 ? .infinity : (a == 1 ? Double.exp(-logBeta(a, b)) : 0)
        }
        if y <= 0 {
            return b < 1 ? .infinity : (b == 1 ? Double.exp(-logBeta(a, b)) : 0)
        }
        return Double.exp(logBetaPrefactor(a: a, b: b, x: x, y: y) - Double.log(x) - Double.log(y))
    }

    /// The continued fraction of I_x(a, b) without its prefactor x^a y^b / (a B(a, b)).
    ///
    /// The leading term 1 − (a + b) x / (a + 1) is formed from y when x is near 1, where it
    /// would otherwise cancel.
    private static func betaContinuedFraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let tiny = 1e-300
        let sum = a + b
        var c = 1.0
        var d = x > 0.5 ? ((1 - b) + sum * y) / (a + 1) : 1 - sum * x / (a + 1)
        if d.magnitude < tiny { d = tiny }
        d = 1 / d
        var h = d
        var m = 1.0
        while m < 10_000_000 {
            let m2 = 2 * m
            var coefficient = m * (b - m) * x / ((a - 1 + m2) * (a + m2))
            d = 1 + coefficient * d
            if d.magnitude < tiny { d = tiny }
            c = 1 + coefficient / c
            if c.magnitude < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            coefficient = -(a + m) * (sum + m) * x / ((a + m2) * (a + 1 + m2))
            d = 1 + coefficient * d
            if d.magnitude < tiny { d = tiny }
            c = 1 + coefficient / c
            if c.magnitude < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if (delta - 1).magnitude <= Double.ulpOfOne { break }
            m += 1
        }
        return h
    }
}

