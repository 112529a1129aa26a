import Foundation

/// An axis: its ends, the ticks to draw and label, and how many decimals the labels need.
struct AxisScale: Equatable {
    /// The smallest value on the axis.
    var low: Double
    /// The largest value on the axis.
    var high: Double
    /// Tick values from low to high.
    var ticks: [Double]
    /// Decimals that print every tick exactly (linear axes; log axes compute per tick).
    var decimals: Int
    /// Whether the axis is logarithmic.
    var isLogarithmic: Bool

    /// Where `value` falls between the ends, from 0 (low) to 1 (high), clamped to [0, 1].
    func fraction(_ value: Double) -> Double {
        let position: Double
        if isLogarithmic {
            guard value > 0 else { return 0 }
            position = (log10(value) - log10(low)) / (log10(high) - log10(low))
        } else {
            position = (value - low) / (high - low)
        }
        guard position.isFinite else { return value > 0 ? 1 : 0 }
        return min(1, max(0, position))
    }

    /// Decimals for one tick label: the axis's for linear axes, enough for the tick on log axes.
    func decimals(for tick: Double) -> Int {
        guard isLogarithmic else { return decimals }
        return max(0, -Int(floor(log10(tick) + 1e-9)))
    }
}

/// "Nice" axis ticks: steps of 1, 2, 2.5 or 5 times a power of ten on linear axes, and the
/// 1-2-5 series on logarithmic ones, with the axis widened to whole steps.
enum NiceTicks {
    /// Step multipliers tried in order; the first that keeps at most `target` intervals wins.
    static let multipliers: [Double] = [1, 2, 2.5, 5, 10]

    /// A linear axis covering `low...high` with about `target` intervals.
    static func linear(_ low: Double, _ high: Double, target: Int = 5) -> AxisScale {
        var low = low.isFinite ? low : 0, high = high.isFinite ? high : 1
        if low > high { swap(&low, &high) }
        if high - low < 1e-12 {
            let pad = low == 0 ? 1 : abs(low) * 0.5
            low -= pad
            high += pad
        }
        let raw = (high - low) / Double(max(1, target))
        var exponent = floor(log10(raw))
        var multiplier = multipliers.first { $0 * pow(10, exponent) >= raw * (1 - 1e-9) } ?? 10
        if multiplier == 10 { (multiplier, exponent) = (1, exponent + 1) }
        let magnitude = pow(10, exponent)
        let step = multiplier * magnitude
        let first = floor(low / step + 1e-9), last = ceil(high / step - 1e-9)
        let ticks = stride(from: first, through: last, by: 1).map { index -> Double in
            let tick = index * step
            return abs(tick) < step * 1e-9 ? 0 : tick
        }
        let decimals = max(0, -Int(exponent) + (multiplier == 2.5 ? 1 : 0))
        return AxisScale(low: first * step, high: last * step, ticks: ticks, decimals: decimals, isLogarithmic: false)
    }

    /// A logarithmic axis for ratios covering `low...high` and always 1 (no effect).
    static func logarithmic(_ low: Double, _ high: Double) -> AxisScale {
        let low = min(max(low.isFinite && low > 0 ? low : 1, 1e-4), 1)
        let high = max(min(high.isFinite && high > 0 ? high : 1, 1e4), 1)
        let series = (-4...4).flatMap { power in [1.0, 2, 5].map { $0 * pow(10, Double(power)) } }
        let start = series.last { $0 <= low * (1 + 1e-9) } ?? 1e-4
        let end = series.first { $0 >= high * (1 - 1e-9) } ?? 1e4
        var ticks = series.filter { $0 >= start * (1 - 1e-9) && $0 <= end * (1 + 1e-9) }
        var scale = AxisScale(low: start, high: end, ticks: ticks, decimals: 0, isLogarithmic: true)
        if ticks.count > 7 {
            let first = floor(log10(start) + 1e-9), last = ceil(log10(end) - 1e-9)
            ticks = stride(from: first, through: last, by: 1).map { pow(10, $0) }
            scale = AxisScale(low: pow(10, first), high: pow(10, last), ticks: ticks, decimals: 0, isLogarithmic: true)
        }
        return scale
    }
}
