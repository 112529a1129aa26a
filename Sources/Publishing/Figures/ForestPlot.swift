import Appraisal
import Markdown

/// A forest plot: one row per effect measure, a square at the estimate and a line across its
/// interval, grouped in sections that share an axis (ratios on a log scale, differences linear).
struct ForestPlot {
    /// One measure.
    struct Row: Equatable {
        /// The measure's name ("Risk ratio").
        var label: String
        /// The estimate, in the section's axis units.
        var value: Double
        /// The interval's lower limit; `-infinity` or nil when unbounded or missing.
        var low: Double?
        /// The interval's upper limit; `infinity` or nil when unbounded or missing.
        var high: Double?
        /// The estimate and interval as printed in the right margin.
        var text: String
    }

    /// Rows sharing one axis.
    struct Section: Equatable {
        /// Whether the axis is logarithmic (ratios).
        var logarithmic: Bool
        /// The value of no effect (1 for ratios, 0 for differences).
        var noEffect: Double
        /// The axis title ("Ratio, log scale").
        var axisTitle: String
        /// Whether tick labels are percentages (the axis is in percentage points).
        var percentTicks: Bool
        /// Words for values below no effect ("favours IVIG"), if any.
        var lowSide: String?
        /// Words for values above no effect, if any.
        var highSide: String?
        /// The measures.
        var rows: [Row]
    }

    /// The sections from top to bottom.
    var sections: [Section]

    static let plotLeft = 126.0, plotRight = 300.0, rowHeight = 26.0

    /// The drawing's width: 480, or wider when an estimate in the right margin needs it, so
    /// that no text runs outside the viewBox (digits run wider than `SVG.width`'s average).
    var width: Double {
        let margin = sections.flatMap(\.rows).map { 308 + SVG.width($0.text, size: 13) * 1.15 + 4 }.max() ?? 0
        return max(480, margin.rounded(.up))
    }

    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        var svg: SafeHTML = SVG.text(0, 16, "Measure", bold: true) + SVG.text(308, 16, "Estimate (95% CI)", bold: true)
        var top = 30.0
        for section in sections {
            let (part, height) = draw(section, top: top, style: style)
            svg += part
            top += height
        }
        return (svg, top)
    }

    /// The axis that holds every finite estimate and limit of `section`, and no effect.
    static func scale(for section: Section) -> AxisScale {
        let values = section.rows.flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } }
            .filter { $0.isFinite && (!section.logarithmic || $0 > 0) } + [section.noEffect]
        let low = values.min() ?? section.noEffect, high = values.max() ?? section.noEffect
        return section.logarithmic ? NiceTicks.logarithmic(low, high) : NiceTicks.linear(low, high, target: 4)
    }

    private func draw(_ section: Section, top: Double, style: NumberStyle) -> (SafeHTML, Double) {
        let scale = ForestPlot.scale(for: section)
        let width = ForestPlot.plotRight - ForestPlot.plotLeft
        let x = { (value: Double) in ForestPlot.plotLeft + scale.fraction(value) * width }
        let bottom = top + Double(section.rows.count) * ForestPlot.rowHeight
        var svg = SVG.line(x(section.noEffect), top - 4, x(section.noEffect), bottom + 2, stroke: FigurePalette.muted, dash: "4 3")
        for (index, row) in section.rows.enumerated() {
            let y = top + Double(index) * ForestPlot.rowHeight + ForestPlot.rowHeight / 2
            svg += SVG.text(0, y + 4.5, row.label) + SVG.text(308, y + 4.5, row.text, size: 13)
            let lowX = row.low.map { $0.isFinite && (!section.logarithmic || $0 > 0) ? x($0) : ForestPlot.plotLeft }
            let highX = row.high.map { $0.isFinite ? x($0) : ForestPlot.plotRight }
            if let lowX, let highX {
                svg += SVG.line(lowX, y, highX, y, width: 1.6)
                if row.low.map({ !$0.isFinite || (section.logarithmic && $0 <= 0) || x($0) <= ForestPlot.plotLeft }) == true {
                    svg += "<path d=\"M\(SVG.number(lowX - 2)) \(SVG.number(y))l7 -4.5v9z\" fill=\"\(FigurePalette.ink)\"/>\n"
                }
                if row.high.map({ !$0.isFinite }) == true {
                    svg += "<path d=\"M\(SVG.number(highX + 2)) \(SVG.number(y))l-7 -4.5v9z\" fill=\"\(FigurePalette.ink)\"/>\n"
                }
            }
            let pointX = x(row.value)
            svg += SVG.rect(pointX - 5, y - 5, 10, 10, fill: FigurePalette.arm(0), stroke: FigurePalette.ink)
        }
        let axisY = bottom + 6
        svg += SVG.line(ForestPlot.plotLeft, axisY, ForestPlot.plotRight, axisY)
        for tick in scale.ticks {
            let tickX = x(tick)
            let label = section.percentTicks ? style.number(tick, decimals: scale.decimals(for: tick)) + "%" : style.number(tick, decimals: scale.decimals(for: tick))
            svg += SVG.line(tickX, axisY, tickX, axisY + 4) + SVG.text(tickX, axisY + 16, label, anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        }
        var y = axisY + 32
        if let lowSide = section.lowSide, let highSide = section.highSide {
            let (left, right) = ("← " + lowSide, highSide + " →")
            let middle = x(section.noEffect)
            let leftEnd = max(middle - 4, SVG.width(left, size: 12.5) + 2)
            let rightStart = min(middle + 4, 478 - SVG.width(right, size: 12.5))
            svg += SVG.text(leftEnd, y, left, anchor: "end", size: 12.5) + SVG.text(max(rightStart, leftEnd + 8), y, right, size: 12.5)
            y += 15
        }
        svg += SVG.text((ForestPlot.plotLeft + ForestPlot.plotRight) / 2, y, section.axisTitle, anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        return (svg, y + 22 - top)
    }
}
