import Appraisal
import Markdown

/// The forest plot of a meta-analysis: one row per study (a square sized by its weight and a
/// line across its interval), the fixed- and random-effects diamonds, the prediction interval,
/// and the heterogeneity line under them. The drawing grows with the studies, so every row
/// keeps its height and no text overlaps or leaves the viewBox.
struct StudyForestPlot {
    /// One study.
    struct Study: Equatable {
        /// The study's name; wrapped onto two lines when long.
        var label: String
        /// The estimate and its limits, on the axis's scale.
        var value: Double, low: Double, high: Double
        /// The weight that sizes its square, in percent.
        var weight: Double
        /// "0.41 (0.13 to 1.26)" for the margin.
        var text: String
        /// "8.4%" for the weight column.
        var weightText: String
        /// Risk-of-bias judgements to show beside the study (symbol and colour), if any.
        var judgements: [Judgement] = []
    }

    /// One risk-of-bias cell beside a study: a letter on a coloured dot.
    struct Judgement: Equatable {
        /// `+`, `−`, `?` or `!`: the judgement without colour.
        var symbol: String
        /// The dot's colour.
        var colour: String
    }

    /// A pooled estimate drawn as a diamond.
    struct Pooled: Equatable {
        /// "Fixed effect (Mantel-Haenszel)".
        var label: String
        /// The estimate and its limits.
        var value: Double, low: Double, high: Double
        /// The margin text.
        var text: String
    }

    var studies: [Study]
    var pooled: [Pooled]
    /// The prediction interval around the random-effects estimate, if there is one.
    var prediction: (low: Double, high: Double, text: String)?
    /// "Heterogeneity: Q = 152.23 (df = 12), P < .001; I² = 92%; τ² = 0.313".
    var heterogeneity: String
    /// Whether the axis is logarithmic (ratios).
    var logarithmic: Bool
    /// 1 for ratios, 0 for differences.
    var noEffect: Double
    /// "Risk ratio (log scale)".
    var axisTitle: String
    /// Words for each side of no effect ("favours BCG").
    var lowSide: String, highSide: String
    /// Headings of the judgement columns (domain initials), when studies carry judgements.
    var judgementHeadings: [String] = []

    static let width = 480.0, labelLeft = 2.0, labelWidth = 116.0, plotLeft = 124.0, plotRight = 270.0, textLeft = 278.0, weightRight = 478.0
    static let fontSize = 12.0, lineHeight = 14.0

    /// The width of the drawing: the standard 480 plus a column per judgement.
    var width: Double { StudyForestPlot.width + Double(judgementHeadings.count) * 18 + (judgementHeadings.isEmpty ? 0 : 4) }

    /// The centre of judgement column `index`, right of the weights.
    static func judgementX(_ index: Int) -> Double { weightRight + 13 + Double(index) * 18 }

    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        let scale = axis()
        let plotRight = StudyForestPlot.plotRight
        let x = { (value: Double) in StudyForestPlot.plotLeft + scale.fraction(self.clamped(value, scale)) * (plotRight - StudyForestPlot.plotLeft) }
        let size = StudyForestPlot.fontSize
        var svg: SafeHTML = SVG.text(StudyForestPlot.labelLeft, 14, "Study", size: size, bold: true)
            + SVG.text(StudyForestPlot.textLeft, 14, "Estimate (95% CI)", size: size, bold: true)
            + SVG.text(StudyForestPlot.weightRight, 14, "Weight", anchor: "end", size: size, bold: true)
        for (index, heading) in judgementHeadings.enumerated() {
            svg += SVG.text(StudyForestPlot.judgementX(index), 14, heading, anchor: "middle", size: 11, bold: true)
        }
        var y = 26.0
        let largest = max(studies.map(\.weight).max() ?? 1, 1e-9)
        var rows: SafeHTML = ""
        for study in studies {
            let lines = Array(SVG.wrap(study.label, width: StudyForestPlot.labelWidth, size: size).prefix(2))
            let height = max(22, Double(lines.count) * StudyForestPlot.lineHeight + 8)
            let middle = y + height / 2
            for (index, line) in lines.enumerated() {
                let shown = index == 1 && lines.count == 2 && SVG.wrap(study.label, width: StudyForestPlot.labelWidth, size: size).count > 2 ? line + "…" : line
                rows = rows + SVG.text(StudyForestPlot.labelLeft, middle - Double(lines.count - 1) * StudyForestPlot.lineHeight / 2 + Double(index) * StudyForestPlot.lineHeight + 4, shown, size: size)
            }
            rows = rows + SVG.line(x(study.low), middle, x(study.high), middle, width: 1.4)
            let side = 4 + 8 * (study.weight / largest).squareRoot()
            rows = rows + SVG.rect(x(study.value) - side / 2, middle - side / 2, side, side, fill: FigurePalette.arm(0), stroke: FigurePalette.ink)
            rows = rows + SVG.text(StudyForestPlot.textLeft, middle + 4, study.text, size: size)
                + SVG.text(StudyForestPlot.weightRight, middle + 4, study.weightText, anchor: "end", size: size)
            for (index, judgement) in study.judgements.enumerated() {
                let cx = StudyForestPlot.judgementX(index)
                rows = rows + "<circle cx=\"\(SVG.number(cx))\" cy=\"\(SVG.number(middle))\" r=\"7\" fill=\"\(judgement.colour)\" stroke=\"\(FigurePalette.ink)\" stroke-width=\"0.6\"/>\n"
                    + SVG.text(cx, middle + 4, judgement.symbol, anchor: "middle", size: 11, bold: true)
            }
            y += height
        }
        let studiesBottom = y
        y += 6
        for diamond in pooled {
            let middle = y + 11
            rows = rows + SVG.text(StudyForestPlot.labelLeft, middle + 4, diamond.label, size: size, bold: true)
            let points = [(x(diamond.low), middle), (x(diamond.value), middle - 6), (x(diamond.high), middle), (x(diamond.value), middle + 6)]
            rows = rows + "<polygon points=\"\(points.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " "))\" fill=\"\(FigurePalette.ink)\"/>\n"
            rows = rows + SVG.text(StudyForestPlot.textLeft, middle + 4, diamond.text, size: size, bold: true)
            y += 22
        }
        if let prediction {
            let middle = y + 11
            rows = rows + SVG.text(StudyForestPlot.labelLeft, middle + 4, "Prediction interval", size: size)
                + SVG.rect(x(prediction.low), middle - 3, x(prediction.high) - x(prediction.low), 6, fill: "none", stroke: FigurePalette.ink)
                + SVG.text(StudyForestPlot.textLeft, middle + 4, prediction.text, size: size)
            y += 22
        }
        svg += SVG.line(x(noEffect), 20, x(noEffect), y, stroke: FigurePalette.muted, dash: "4 3") + rows
        svg += SVG.line(0, studiesBottom + 2, StudyForestPlot.weightRight, studiesBottom + 2, stroke: FigurePalette.grid)
        let axisY = y + 4
        svg += SVG.line(StudyForestPlot.plotLeft, axisY, plotRight, axisY)
        for tick in scale.ticks {
            svg += SVG.line(x(tick), axisY, x(tick), axisY + 4)
                + SVG.text(x(tick), axisY + 16, style.number(tick, decimals: scale.decimals(for: tick)), anchor: "middle", size: size, fill: FigurePalette.muted)
        }
        y = axisY + 32
        let middle = x(noEffect)
        let left = "← " + lowSide, right = highSide + " →"
        svg += SVG.text(max(middle - 4, SVG.width(left, size: size)), y, left, anchor: "end", size: size)
            + SVG.text(min(middle + 4, StudyForestPlot.weightRight - SVG.width(right, size: size)), y, right, size: size)
        y += 16
        svg += SVG.text((StudyForestPlot.plotLeft + plotRight) / 2, y, axisTitle, anchor: "middle", size: size, fill: FigurePalette.muted)
        for line in SVG.wrap(heterogeneity, width: StudyForestPlot.weightRight - StudyForestPlot.labelLeft, size: size) {
            y += 18
            svg += SVG.text(StudyForestPlot.labelLeft, y, line, size: size)
        }
        return (svg, y + 10)
    }

    /// The axis holding every estimate, limit, diamond and no effect.
    private func axis() -> AxisScale {
        var values = [noEffect] + studies.flatMap { [$0.value, $0.low, $0.high] } + pooled.flatMap { [$0.value, $0.low, $0.high] }
        if let prediction { values += [prediction.low, prediction.high] }
        let usable = values.filter { $0.isFinite && (!logarithmic || $0 > 0) }
        let low = usable.min() ?? noEffect, high = usable.max() ?? noEffect
        return logarithmic ? NiceTicks.logarithmic(low, high) : NiceTicks.linear(low, high, target: 4)
    }

    /// `value` held inside the axis, so an extreme limit ends at the axis's edge.
    private func clamped(_ value: Double, _ scale: AxisScale) -> Double {
        guard value.isFinite, !logarithmic || value > 0 else { return value > 0 ? scale.high : scale.low }
        return min(max(value, scale.low), scale.high)
    }
}
