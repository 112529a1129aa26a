import Foundation
import Appraisal
import Markdown

/// A funnel plot: each study's estimate against its standard error (0 at the top), the pooled
/// fixed-effect estimate as a vertical line and the pseudo-95% limits θ ± 1.96·SE as a funnel,
/// so that small studies missing on one side stand out.
struct FunnelPlot {
    /// One study: its effect and standard error on the analysis scale (log for ratios).
    struct Point: Equatable {
        var effect: Double
        var standardError: Double
    }

    var points: [Point]
    /// The pooled estimate on the analysis scale.
    var pooled: Double
    /// Whether the effects are logarithms of ratios (the axis is labelled in ratios).
    var logarithmic: Bool
    /// "Risk ratio (log scale)".
    var axisTitle: String

    static let left = 56.0, right = 460.0, top = 16.0, plotHeight = 250.0

    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        let largestSE = max(points.map(\.standardError).filter(\.isFinite).max() ?? 1, 1e-9) * 1.05
        let spread = 1.959964 * largestSE
        let values = points.map(\.effect).filter(\.isFinite) + [pooled - spread, pooled + spread]
        let shown = values.map { logarithmic ? Foundation.exp($0) : $0 }
        let scale = logarithmic ? NiceTicks.logarithmic(shown.min() ?? 0.5, shown.max() ?? 2) : NiceTicks.linear(shown.min() ?? -1, shown.max() ?? 1, target: 5)
        let x = { (effect: Double) in
            FunnelPlot.left + scale.fraction(self.logarithmic ? Foundation.exp(effect) : effect) * (FunnelPlot.right - FunnelPlot.left)
        }
        let y = { (se: Double) in FunnelPlot.top + se / largestSE * FunnelPlot.plotHeight }
        let bottom = FunnelPlot.top + FunnelPlot.plotHeight
        var svg: SafeHTML = "<polygon points=\"\(SVG.number(x(pooled))),\(SVG.number(y(0))) \(SVG.number(x(pooled - spread))),\(SVG.number(bottom)) \(SVG.number(x(pooled + spread))),\(SVG.number(bottom))\" fill=\"none\" stroke=\"\(FigurePalette.muted)\" stroke-dasharray=\"4 3\"/>\n"
        svg += SVG.line(x(pooled), y(0), x(pooled), bottom, stroke: FigurePalette.ink)
        for point in points where point.effect.isFinite && point.standardError.isFinite {
            svg += "<circle cx=\"\(SVG.number(x(point.effect)))\" cy=\"\(SVG.number(y(point.standardError)))\" r=\"4\" fill=\"\(FigurePalette.arm(0))\" stroke=\"\(FigurePalette.ink)\" stroke-width=\"0.6\"/>\n"
        }
        svg += SVG.line(FunnelPlot.left, bottom, FunnelPlot.right, bottom) + SVG.line(FunnelPlot.left, FunnelPlot.top, FunnelPlot.left, bottom)
        for tick in scale.ticks {
            let tickX = FunnelPlot.left + scale.fraction(tick) * (FunnelPlot.right - FunnelPlot.left)
            svg += SVG.line(tickX, bottom, tickX, bottom + 4)
                + SVG.text(tickX, bottom + 17, style.number(tick, decimals: scale.decimals(for: tick)), anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        }
        let seScale = NiceTicks.linear(0, largestSE, target: 4)
        for tick in seScale.ticks where tick <= largestSE {
            svg += SVG.line(FunnelPlot.left - 4, y(tick), FunnelPlot.left, y(tick))
                + SVG.text(FunnelPlot.left - 7, y(tick) + 4, style.number(tick, decimals: seScale.decimals(for: tick)), anchor: "end", size: 12.5, fill: FigurePalette.muted)
        }
        svg += "<text x=\"14\" y=\"\(SVG.number(FunnelPlot.top + FunnelPlot.plotHeight / 2))\" text-anchor=\"middle\" font-size=\"12.5\" fill=\"\(FigurePalette.muted)\" transform=\"rotate(-90 14 \(SVG.number(FunnelPlot.top + FunnelPlot.plotHeight / 2)))\">Standard error</text>\n"
        svg += SVG.text((FunnelPlot.left + FunnelPlot.right) / 2, bottom + 36, axisTitle, anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        return (svg, bottom + 48)
    }
}
