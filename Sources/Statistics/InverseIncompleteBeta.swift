import RealModule

extension SpecialFunctions {
    /// The point (x, y = 1 − x) where Beta(a, b) has lower tail `p` (or upper tail `p` if `upper`).
    ///
    /// Both coordinates are returned accurately, so callers needing the small one (a t or F
    /// quantile) lose nothing to 1 − x. An upper-tail target is solved as the lower tail of
    /// Beta(b, a). The start is Abramowitz & Stegun 26.5.22 (or the small-parameter power guess of
    /// Numerical Recipes §6.14); Newton steps on log I are taken in log x where x is small and in y
    /// where y is small, safeguarded by bisection on a bracket.
    static func inverseBetaPair(a: Double, b: Double, p: Double, upper: Bool) -> (x: Double, y: Double) {
        if upper {
            let swapped = inverseBetaPair(a: b, b: a, p: p, upper: false)
            return (swapped.y, swapped.x)
        }
        if p <= 0 { return (0, 1) }
        if p >= 1 { return (1, 0) }
        var (x, y) = initialBetaGuess(a: a, b: b, p: p)
        var low = (x: 0.0, y: 1.0)
        var high = (x: 1.0, y: 0.0)
        let logP = Double.log(p)
        for _ in 0..<300 {
            let lower = incompleteBetaPair(a: a, b: b, x: x, y: y).lower
            if lower == p { return (x, y) }
            if lower < p { low = (x, y) } else { high = (x, y) }
            let density = betaDensity(a: a, b: b, x: x, y: y)
            var next: (x: Double, y: Double)?
            if lower > 0 && density > 0 && density.isFinite {
                let step = logRatio(lower, p, logP) * lower / density
                if x <= 0.5 {
                    let nx = x * Double.exp(-step / x)
                    next = (nx, 1 - nx)
                } else {
                    let ny = y + step
                    next = (1 - ny, ny)
                }
            }
            if let candidate = next, candidate == (x, y) { return (x, y) }
            if let candidate = next, inside(candidate, low, high) {
                let change = x <= 0.5 ? (candidate.x - x).magnitude / x : (candidate.y - y).magnitude / y
                (x, y) = candidate
                if change <= 4 * Double.ulpOfOne { return (x, y) }
            } else {
                (x, y) = bisect(low, high)
                if (x == low.x || x == high.x) && (y == low.y || y == high.y) { return (x, y) }
            }
        }
        return (x, y)
    }

    /// log(value / target), accurate when the two are close even if both are tiny.
    static func logRatio(_ value: Double, _ target: Double, _ logTarget: Double) -> Double {
        let ratio = value / target
        return ratio.isFinite && ratio > 0 ? Double.log(ratio) : Double.log(value) - logTarget
    }

    /// Whether `point` lies strictly inside the bracket, compared on the accurate coordinate.
    private static func inside(_ point: (x: Double, y: Double), _ low: (x: Double, y: Double), _ high: (x: Double, y: Double)) -> Bool {
        guard point.x.isFinite && point.y.isFinite else { return false }
        if point.x <= 0.5 { return point.x > low.x && point.x < high.x }
        return point.y < low.y && point.y > high.y
    }

    /// The midpoint of a bracket: geometric where it spans decades near 0 or 1, arithmetic otherwise.
    private static func bisect(_ low: (x: Double, y: Double), _ high: (x: Double, y: Double)) -> (x: Double, y: Double) {
        if high.x <= 0.5 {
            let x = low.x == 0 ? high.x * high.x : (high.x > 4 * low.x ? (low.x * high.x).squareRoot() : 0.5 * (low.x + high.x))
            return (x, 1 - x)
        }
        if low.x >= 0.5 {
            let y = high.y == 0 ? low.y * low.y : (low.y > 4 * high.y ? (low.y * high.y).squareRoot() : 0.5 * (low.y + high.y))
            return (1 - y, y)
        }
        return (0.5, 0.5)
    }

    /// A starting point for the inverse: A&S 26.5.22 for a, b >= 1, otherwise the tail power laws.
    private static func initialBetaGuess(a: Double, b: Double, p: Double) -> (x: Double, y: Double) {
        if a >= 1 && b >= 1 {
            let pp = min(p, 1 - p)
            let t = (-2 * Double.log(pp)).squareRoot()
            var z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            if p >= 0.5 { z = -z }
            let al = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (al + h).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h))
            let y = 1 / (1 + a / b * Double.exp(-2 * w))
            let x = 1 / (1 + b / a * Double.exp(2 * w))
            if x > 0 && y > 0 && x.isFinite && y.isFinite { return (x, y) }
        }
        let logBetaValue = logBeta(a, b)
        let logT = a * Double.log(a / (a + b)) - Double.log(a)
        let logU = b * Double.log(b / (a + b)) - Double.log(b)
        let share = 1 / (1 + Double.exp(logU - logT))
        if p < share {
            let x = Double.exp((Double.log(p) + Double.log(a) + logBetaValue) / a)
            if x < 1 { return (x, 1 - x) }
        } else {
            let y = Double.exp((Double.log(onePlus: -p) + Double.log(b) + logBetaValue) / b)
            if y < 1 { return (1 - y, y) }
        }
        return (a / (a + b), b / (a + b))
    }
}
