import RealModule

extension SpecialFunctions {
    /// log(2π), used by the Stirling-based prefactors.
    static let logTwoPi = 1.8378770664093454835606594728112

    /// The error of Stirling's approximation, log Γ(a) − [(a − ½) log a − a + ½ log 2π].
    ///
    /// Computed from its asymptotic series for a >= 10 (Abramowitz & Stegun 6.1.41) so that large
    /// arguments do not lose accuracy to cancellation, and directly from log Γ below that.
    static func stirlingError(_ a: Double) -> Double {
        if a >= 10 {
            let r = 1 / a
            let r2 = r * r
            var sum = 1.0 / 156
            sum = sum * r2 - 691.0 / 360_360
            sum = sum * r2 + 1.0 / 1188
            sum = sum * r2 - 1.0 / 1680
            sum = sum * r2 + 1.0 / 1260
            sum = sum * r2 - 1.0 / 360
            sum = sum * r2 + 1.0 / 12
            return sum * r
        }
        return Double.logGamma(a) - ((a - 0.5) * Double.log(a) - a + 0.5 * logTwoPi)
    }

    /// log(1 + u) − u without cancellation for small |u|.
    ///
    /// Uses log(1 + u) = 2 atanh(r), r = u / (2 + u), so that log(1 + u) − u = −u r + 2 Σ r^(2k+1)/(2k+1).
    static func logOnePlusMinusX(_ u: Double) -> Double {
        if u.magnitude > 0.5 { return Double.log(onePlus: u) - u }
        let r = u / (2 + u)
        let r2 = r * r
        var power = r
        var sum = 0.0
        var k = 3.0
        while true {
            power *= r2
            let term = power / k
            let next = sum + term
            if next == sum { break }
            sum = next
            k += 2
        }
        return -u * r + 2 * sum
    }

    /// The deviance term x log(x / m) + m − x of Loader (2000), accurate when x is close to m.
    static func binomialDeviance(_ x: Double, _ m: Double) -> Double {
        if x == 0 { return m }
        if (x - m).magnitude < 0.1 * (x + m) {
            let v = (x - m) / (x + m)
            var sum = (x - m) * v
            var term = 2 * x * v
            let v2 = v * v
            var j = 1.0
            while true {
                term *= v2
                let next = sum + term / (2 * j + 1)
                if next == sum { return next }
                sum = next
                j += 1
            }
        }
        let v = (x - m) / m
        if v.magnitude <= 1 { return m * ((1 + v) * logOnePlusMinusX(v) + v * v) }
        return x * Double.log(x / m) + m - x
    }

    /// log B(a, b) without the cancellation of log Γ(a) + log Γ(b) − log Γ(a + b) for large a or b.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let (big, small) = a >= b ? (a, b) : (b, a)
        if big < 10 {
            return Double.logGamma(a) + Double.logGamma(b) - Double.logGamma(a + b)
        }
        let sum = big + small
        return 0.5 * logTwoPi - (big - 0.5) * Double.log(onePlus: small / big)
            + (small - 0.5) * Double.log(small) - small * Double.log(sum)
            + stirlingError(big) + stirlingError(small) - stirlingError(sum)
    }

    /// x^a e^(−x) / Γ(a), the common factor of the incomplete gamma functions, accurate for large a.
    static func gammaPrefactor(a: Double, x: Double) -> Double {
        if x == 0 { return 0 }
        if a < 10 {
            return Double.exp(a * Double.log(x) - x - Double.logGamma(a))
        }
        let u = (x - a) / a
        let exponent = u.magnitude <= 0.5 ? a * logOnePlusMinusX(u) : a * Double.log(x / a) - (x - a)
        return (a / (2 * Double.pi)).squareRoot() * Double.exp(exponent - stirlingError(a))
    }

    /// x^a y^b / B(a, b) with y = 1 − x, the common factor of the incomplete beta function.
    static func betaPrefactor(a: Double, b: Double, x: Double, y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        return Double.exp(logBetaPrefactor(a: a, b: b, x: x, y: y))
    }

    /// log(x^a y^b / B(a, b)), written around the mean a / (a + b) with Stirling's formula (as in
    /// DiDonato & Morris 1992, "BRCOMP") so that large a and b keep full relative accuracy.
    static func logBetaPrefactor(a: Double, b: Double, x: Double, y: Double) -> Double {
        if a < 10 && b < 10 {
            return a * Double.log(x) + b * Double.log(y) - logBeta(a, b)
        }
        let c = a + b
        let delta = x <= y ? (-a).addingProduct(x, c) / c : b.addingProduct(-y, c) / c
        let u = delta * c / a
        let v = -delta * c / b
        let termU = u.magnitude <= 0.5 ? logOnePlusMinusX(u) : Double.log(x * c / a) - u
        let termV = v.magnitude <= 0.5 ? logOnePlusMinusX(v) : Double.log(y * c / b) - v
        let correction = stirlingError(c) - stirlingError(a) - stirlingError(b)
        return a * termU + b * termV + correction + 0.5 * Double.log(a * b / c / (2 * Double.pi))
    }
}
