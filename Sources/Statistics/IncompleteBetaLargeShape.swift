import RealModule

extension SpecialFunctions {
    /// (I_x(a, b), 1 − I_x(a, b)) for large a and small b by the asymptotic expansion of
    /// DiDonato & Morris (1992, ACM TOMS 18, "BGRAT", §9) in incomplete gamma functions.
    ///
    /// With T = a + (b − 1)/2 and u = −T log x, I_x(a, b) = R [Q(b, u) + H(b, u) Σ p_n J_n],
    /// where H(b, u) = u^b e^(−u) / Γ(b) and R = Γ(a + b) / (Γ(a) T^b). The complement is formed as
    /// P(b, u) − (R − 1) Q(b, u) − R H Σ p_n J_n, so both tails keep their relative accuracy where
    /// the continued fraction (which cancels for x near 1) would lose about 1e-11. The upper member
    /// is nil where that complement would itself cancel or lose its relative accuracy (where
    /// P(b, u) < 1e-3; the caller then uses the continued fraction in y, which is accurate there). Returns nil when the expansion has
    /// not converged in 30 terms.
    static func incompleteBetaLargeShape(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double?)? {
        let t = a + 0.5 * (b - 1)
        let logX = x > 0.5 ? Double.log(onePlus: -y) : Double.log(x)
        let u = -t * logX
        let gamma = incompleteGammaPair(a: b, x: u)
        let h = gammaPrefactor(a: b, x: u)
        guard h > 1e-290, h.isFinite else { return nil }
        let logR = (a - 0.5) * logOnePlusMinusX(b / a) - 0.5 * b / a
            + b * Double.log(onePlus: (b + 1) / (2 * t)) + stirlingError(a + b) - stirlingError(a)
        let rMinusOne = Double.expMinusOne(logR)
        let r = 1 + rMinusOne
        var j = gamma.upper / h
        let halfLogSquared = 0.25 * logX * logX
        let fourTSquared = 4 * t * t
        var logPower = 1.0
        var b2n = b
        var sum = 0.0
        var coefficients: [Double] = [1]
        var factorials: [Double] = [1, 1, 2, 6]
        for n in 1...30 {
            while factorials.count <= 2 * n + 1 { factorials.append(factorials[factorials.count - 1] * Double(factorials.count)) }
            var pn = 0.0
            for m in stride(from: 1, to: n, by: 1) {
                pn += (Double(m) * b - Double(n)) * coefficients[n - m] / factorials[2 * m + 1]
            }
            pn = pn / Double(n) + (b - 1) / factorials[2 * n + 1]
            coefficients.append(pn)
            j = (b2n * (b2n + 1) * j + (u + b2n + 1) * logPower) / fourTSquared
            logPower *= halfLogSquared
            b2n += 2
            let term = pn * j
            sum += term
            let lower = r * (gamma.upper + h * sum)
            let correction = rMinusOne * gamma.upper + r * h * sum
            let upper = gamma.lower - correction
            if (r * h * term).magnitude <= 1e-17 * min(lower, upper).magnitude {
                guard lower >= 0, upper >= 0, lower <= 1, upper <= 1 else { return nil }
                let bulk = (rMinusOne * gamma.upper).magnitude + (r * h * sum).magnitude
                return (lower, bulk <= 0.5 * gamma.lower && gamma.lower >= 1e-3 ? upper : nil)
            }
        }
        return nil
    }
}
