import Appraisal
import Foundation
import Markdown

extension FaganNomogram {
    /// Where things go: three vertical axes, the probability axes in logit units and the
    /// likelihood-ratio axis halfway between them in units of ln LR / 2.
    enum Layout {
        /// The width of the drawing.
        static let width = 480.0
        /// The x of the pre-test, likelihood-ratio and post-test axes (the middle exactly halfway).
        static let left = 62.0, middle = 240.0, right = 418.0
        /// The y of the axes' ends: 99.9% on the right (0.1% on the left) at the top.
        static let top = 60.0, bottom = 580.0
        /// The y of the likelihood-ratio axis's ends (1000 at the top): half as long as the others.
        static var ratioTop: Double { y(likelihoodRatio: likelihoodRatioRange.high) }
        /// The y of the likelihood-ratio axis's lower end (0.001).
        static var ratioBottom: Double { y(likelihoodRatio: likelihoodRatioRange.low) }
        /// The size of every label.
        static let fontSize = 13.0
        /// The smallest distance between the baselines of two labels.
        static let labelGap = 15.0

        /// The logit of `p`.
        static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

        /// SVG units per logit unit.
        static var unit: Double { (bottom - top) / (2 * logit(probabilityRange.high)) }

        /// The y of a height `u` in logit units above the middle.
        static func y(logit u: Double) -> Double { (top + bottom) / 2 - u * unit }

        /// The y of a pre-test probability on the left axis (clamped to its ends).
        static func y(pretest p: Double) -> Double { y(logit: -logit(clamp(p, probabilityRange))) }

        /// The y of a post-test probability on the right axis (clamped to its ends).
        static func y(posttest p: Double) -> Double { y(logit: logit(clamp(p, probabilityRange))) }

        /// The y of a likelihood ratio on the middle axis (clamped to its ends).
        static func y(likelihoodRatio ratio: Double) -> Double { y(logit: log(clamp(ratio, likelihoodRatioRange)) / 2) }
    }

    /// Baselines at least `gap` apart, each as near its wish as it can be, kept within `low...high`
    /// when there is room; the order of `wishes` is kept.
    static func spread(_ wishes: [Double], gap: Double, low: Double, high: Double) -> [Double] {
        let order = wishes.indices.sorted { wishes[$0] < wishes[$1] }
        var placed = order.map { wishes[$0] }
        for index in placed.indices.dropFirst() { placed[index] = max(placed[index], placed[index - 1] + gap) }
        if let last = placed.last, last > high {
            placed[placed.count - 1] = high
            for index in placed.indices.dropLast().reversed() { placed[index] = min(placed[index], placed[index + 1] - gap) }
        }
        if let first = placed.first, first < low {
            placed[0] = low
            for index in placed.indices.dropFirst() { placed[index] = max(placed[index], placed[index - 1] + gap) }
        }
        var result = wishes
        for (rank, index) in order.enumerated() { result[index] = placed[rank] }
        return result
    }

    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        typealias L = Layout
        let size = L.fontSize, centre = size * 0.35
        var svg: SafeHTML = ""
        for (x, lines) in [(L.left, ["Pre-test", "probability (%)"]), (L.middle, ["Likelihood", "ratio"]), (L.right, ["Post-test", "probability (%)"])] {
            svg = svg + SVG.text(x, 18, lines[0], anchor: "middle", size: size, bold: true) + SVG.text(x, 34, lines[1], anchor: "middle", size: size, bold: true)
        }
        let pretestY = L.y(pretest: pretest)
        let ratioYs = results.map { L.y(likelihoodRatio: $0.likelihoodRatio) }, posttestYs = results.map { L.y(posttest: $0.posttest) }
        let pretestLabel = pretestY + centre
        let posttestLabels = FaganNomogram.spread(posttestYs.map { $0 + centre }, gap: L.labelGap, low: L.top, high: L.bottom + size)
        let ratioWishes = results.indices.map { index in
            posttestYs[index] >= ratioYs[index] ? ratioYs[index] - 6 : ratioYs[index] + 6 + size * 0.72
        }
        let ratioLabels = FaganNomogram.spread(ratioWishes, gap: L.labelGap, low: L.top, high: L.bottom)
        for (x, top, bottom) in [(L.left, L.top, L.bottom), (L.middle, L.ratioTop, L.ratioBottom), (L.right, L.top, L.bottom)] {
            svg = svg + SVG.line(x, top, x, bottom, width: 1.5)
        }
        for tick in FaganNomogram.probabilityTicks {
            let label = style.number(tick, decimals: tick == tick.rounded() ? 0 : 1)
            let leftY = L.y(pretest: tick / 100), rightY = L.y(posttest: tick / 100)
            svg = svg + SVG.line(L.left - 6, leftY, L.left, leftY, stroke: FigurePalette.muted)
                + SVG.line(L.right, rightY, L.right + 6, rightY, stroke: FigurePalette.muted)
            if abs(leftY + centre - pretestLabel) >= size {
                svg = svg + SVG.text(L.left - 9, leftY + centre, label, anchor: "end", size: size, fill: FigurePalette.muted)
            }
            if posttestLabels.allSatisfy({ abs(rightY + centre - $0) >= size }) {
                svg = svg + SVG.text(L.right + 9, rightY + centre, label, size: size, fill: FigurePalette.muted)
            }
        }
        for tick in FaganNomogram.likelihoodRatioTicks {
            let y = L.y(likelihoodRatio: tick)
            svg = svg + SVG.line(L.middle - 6, y, L.middle, y, stroke: FigurePalette.muted)
                + SVG.text(L.middle - 9, y + centre, style.number(tick, decimals: max(0, -Int(floor(log10(tick) + 1e-9)))),
                           anchor: "end", size: size, fill: FigurePalette.muted)
        }
        for (index, _) in results.enumerated() {
            let colour = FigurePalette.arm(index), dash = FigurePalette.dash(index)
            let dashAttribute: SafeHTML = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            let points = [(L.left, pretestY), (L.middle, ratioYs[index]), (L.right, posttestYs[index])]
            let path = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(SVG.number($0.element.0)) \(SVG.number($0.element.1))" }.joined()
            svg = svg + "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dashAttribute)/>\n"
            for (x, y) in points.dropFirst() {
                svg = svg + "<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"4\" fill=\"\(colour)\"/>\n"
            }
        }
        svg = svg + "<circle cx=\"\(SVG.number(L.left))\" cy=\"\(SVG.number(pretestY))\" r=\"4\" fill=\"\(FigurePalette.ink)\"/>\n"
            + SVG.text(L.left - 9, pretestLabel, pretestText, anchor: "end", size: size, bold: true)
        for (index, result) in results.enumerated() {
            svg = svg + SVG.text(L.middle + 9, ratioLabels[index], result.likelihoodRatioText, size: size, bold: true)
                + SVG.text(L.right + 9, posttestLabels[index], result.posttestText, size: size, bold: true)
        }
        return legend(svg, from: L.bottom + 40)
    }

    /// `svg` with one sample line and sentence per result below the axes, and the total height.
    private func legend(_ svg: SafeHTML, from top: Double) -> (SafeHTML, height: Double) {
        var svg = svg, y = top
        for (index, result) in results.enumerated() {
            let words = "\(result.name): likelihood ratio \(result.likelihoodRatioText), post-test probability \(result.posttestText)"
            svg = svg + SVG.line(8, y - 4.5, 40, y - 4.5, stroke: FigurePalette.arm(index), width: 2.5, dash: FigurePalette.dash(index))
            for line in SVG.wrap(words, width: Layout.width - 56, size: 13.5) {
                svg = svg + SVG.text(48, y, line, size: 13.5)
                y += 18
            }
            y += 6
        }
        return (svg, y)
    }
}
