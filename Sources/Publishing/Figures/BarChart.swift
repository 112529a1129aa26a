import Appraisal
import Markdown

/// Bars per arm, a proportion or a mean, with a whisker across each interval.
struct BarChart {
    /// One arm.
    struct Bar: Equatable {
        /// The arm's name.
        var name: String
        /// A second line under the name ("7/8", "n = 24").
        var detail: String
        /// The value in axis units.
        var value: Double
        /// The interval, in axis units, if any.
        var low: Double?
        /// The interval's upper limit.
        var high: Double?
        /// The value as printed above the bar.
        var text: String
    }

    /// The bars in order.
    var bars: [Bar]
    /// Whether the axis is a percentage from 0 to 100.
    var percent: Bool
    /// The axis title.
    var axisTitle: String

    static let left = 56.0, right = 472.0, top = 24.0, plotHeight = 190.0

    /// The axis: 0 to 100% for proportions, otherwise nice ticks covering 0 and every limit.
    var scale: AxisScale {
        if percent { return NiceTicks.linear(0, 100, target: 4) }
        let values = bars.flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } }.filter(\.isFinite) + [0]
        return NiceTicks.linear(values.min() ?? 0, values.max() ?? 1, target: 5)
    }

    /// The drawing and its height.
    func body(id: String, style: NumberStyle) -> (SafeHTML, height: Double) {
        let scale = scale
        let y = { (value: Double) in BarChart.top + (1 - scale.fraction(value)) * BarChart.plotHeight }
        var svg: SafeHTML = "<defs>\n"
        for index in bars.indices where index % 2 == 1 {
            svg += "<pattern id=\"\(id)-hatch-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\" patternTransform=\"rotate(45)\"><rect width=\"7\" height=\"7\" fill=\"\(FigurePalette.arm(index))\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"#FFFFFF\" stroke-width=\"2.5\"/></pattern>\n"
        }
        svg += "</defs>\n"
        for tick in scale.ticks {
            let label = style.number(tick, decimals: scale.decimals) + (percent ? "%" : "")
            svg += SVG.line(BarChart.left, y(tick), BarChart.right, y(tick), stroke: FigurePalette.grid)
                + SVG.text(BarChart.left - 6, y(tick) + 4, label, anchor: "end", size: 12.5, fill: FigurePalette.muted)
        }
        let slot = (BarChart.right - BarChart.left) / Double(max(1, bars.count))
        let barWidth = min(72, slot * 0.5)
        var labelBottom = BarChart.top + BarChart.plotHeight
        for (index, bar) in bars.enumerated() {
            let centre = BarChart.left + slot * (Double(index) + 0.5)
            let fill = index % 2 == 1 ? "url(#\(id)-hatch-\(index))" : FigurePalette.arm(index)
            let (barTop, barBottom) = (min(y(bar.value), y(0)), max(y(bar.value), y(0)))
            svg += SVG.rect(centre - barWidth / 2, barTop, barWidth, barBottom - barTop, fill: fill, stroke: FigurePalette.ink)
            var textY = barTop - 6
            if let low = bar.low, let high = bar.high, low.isFinite, high.isFinite {
                let (lowY, highY) = (y(low), y(high))
                svg += SVG.line(centre, lowY, centre, highY, width: 1.6)
                    + SVG.line(centre - 9, lowY, centre + 9, lowY, width: 1.6) + SVG.line(centre - 9, highY, centre + 9, highY, width: 1.6)
                textY = min(textY, highY - 6)
            }
            let valueX = centre + barWidth / 2 + 4
            svg += SVG.text(valueX, max(textY, BarChart.top + 10), bar.text, size: 13.5, bold: true)
            var nameY = BarChart.top + BarChart.plotHeight + 18
            for line in SVG.wrap(bar.name, width: slot - 8, size: 13.5) + [bar.detail] {
                svg += SVG.text(centre, nameY, line, anchor: "middle", size: 13.5)
                nameY += 15
            }
            labelBottom = max(labelBottom, nameY)
        }
        svg += SVG.line(BarChart.left, y(0), BarChart.right, y(0))
        svg += SVG.text(BarChart.left, BarChart.top - 10, axisTitle, size: 12.5, fill: FigurePalette.muted)
        return (svg, labelBottom + 4)
    }
}
