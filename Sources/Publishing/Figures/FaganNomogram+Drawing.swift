import Appraisal
import Foundation
import Markdown

extension FaganNomogram {
    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        typealias L = Layout
        let size = L.fontSize, centre = size * 0.35
        var svg: SafeHTML = ""
        let titles = [(4, "start", ["Pre-test", "probability (%)"]), (L.middle, "middle", ["Likelihood", "ratio"]),
                      (L.width - 4, "end", ["Post-test", "probability (%)"])]
        for (x, anchor, lines) in titles {
            svg += SVG.text(x, 18, lines[0], anchor: anchor, size: size, bold: true) + SVG.text(x, 34, lines[1], anchor: anchor, size: size, bold: true)
        }
        let pretestY = L.y(pretest: pretest)
        let lines = results.map { [(x: L.left, y: pretestY), (x: L.middle, y: L.y(likelihoodRatio: $0.likelihoodRatio)), (x: L.right, y: L.y(posttest: $0.posttest))] }
        let pretestLabel = pretestY + centre
        let posttestLabels = FaganNomogram.spread(lines.map { $0[2].y + centre }, gap: L.labelGap, low: L.top, high: L.bottom + size)
        let ratioLabels = FaganNomogram.spread(ratioLabelWishes(lines), gap: L.labelGap, low: L.top, high: L.bottom)
        for (x, top, bottom) in [(L.left, L.top, L.bottom), (L.middle, L.ratioTop, L.ratioBottom), (L.right, L.top, L.bottom)] {
            svg += SVG.line(x, top, x, bottom, width: 1.5)
        }
        for tick in FaganNomogram.probabilityTicks {
            let label = style.number(tick, decimals: tick == tick.rounded() ? 0 : 1)
            let leftY = L.y(pretest: tick / 100), rightY = L.y(posttest: tick / 100)
            svg += SVG.line(L.left - 6, leftY, L.left, leftY, stroke: FigurePalette.muted)
                + SVG.line(L.right, rightY, L.right + 6, rightY, stroke: FigurePalette.muted)
            if abs(leftY + centre - pretestLabel) >= size {
                svg += SVG.text(L.left - 9, leftY + centre, label, anchor: "end", size: size, fill: FigurePalette.muted)
            }
            if posttestLabels.allSatisfy({ abs(rightY + centre - $0) >= size }) {
                svg += SVG.text(L.right + 9, rightY + centre, label, size: size, fill: FigurePalette.muted)
            }
        }
        for (index, points) in lines.enumerated() {
            let colour = FigurePalette.arm(index), dash = FigurePalette.dash(index)
            let dashAttribute: SafeHTML = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            let path = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(SVG.number($0.element.x)) \(SVG.number($0.element.y))" }.joined()
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dashAttribute)/>\n"
        }
        for tick in FaganNomogram.likelihoodRatioTicks {
            let y = L.y(likelihoodRatio: tick), label = style.number(tick, decimals: max(0, -Int(floor(log10(tick) + 1e-9))))
            svg += SVG.line(L.middle - 6, y, L.middle, y, stroke: FigurePalette.muted)
            if labelBox(L.middle - 9, y + centre, label, anchor: "end", crossedBy: lines) == nil {
                svg += SVG.text(L.middle - 9, y + centre, label, anchor: "end", size: size, fill: FigurePalette.muted)
            }
        }
        for (index, points) in lines.enumerated() {
            let result = results[index]
            let beyond = [FaganNomogram.isBeyond(result.likelihoodRatio, FaganNomogram.likelihoodRatioRange),
                          FaganNomogram.isBeyond(result.posttest, FaganNomogram.probabilityRange)]
            for (point, isBeyond) in zip(points.dropFirst(), beyond) {
                svg += marker(point, colour: FigurePalette.arm(index), open: isBeyond)
            }
        }
        svg += marker((L.left, pretestY), colour: FigurePalette.ink, open: FaganNomogram.isBeyond(pretest, FaganNomogram.probabilityRange))
            + SVG.text(L.left - 9, pretestLabel, pretestText, anchor: "end", size: size, bold: true)
        for (index, result) in results.enumerated() {
            if let box = labelBox(L.middle + 9, ratioLabels[index], result.likelihoodRatioText, anchor: "start", crossedBy: lines) {
                svg += SVG.rect(box.x, box.y, box.width, box.height, fill: "#FFFFFF")
            }
            svg += SVG.text(L.middle + 9, ratioLabels[index], result.likelihoodRatioText, size: size, bold: true)
                + SVG.text(L.right + 9, posttestLabels[index], result.posttestText, size: size, bold: true)
        }
        return legend(svg, from: L.bottom + 40)
    }

    /// Baselines for the likelihood-ratio labels right of the middle axis: on the side of each
    /// point its own line leaves free (above a line going down to the right, below one going
    /// up), except that of two nearby points the upper one's label goes above and the lower one's below.
    private func ratioLabelWishes(_ lines: [[(x: Double, y: Double)]]) -> [Double] {
        var above = lines.map { $0[2].y >= $0[1].y }
        let order = lines.indices.sorted { lines[$0][1].y < lines[$1][1].y }
        for (upper, lower) in zip(order, order.dropFirst()) where lines[lower][1].y - lines[upper][1].y < 2 * Layout.labelGap {
            if !above[upper] && above[lower] { (above[upper], above[lower]) = (true, false) }
        }
        return lines.indices.map { above[$0] ? lines[$0][1].y - 6 : lines[$0][1].y + 6 + Layout.fontSize * 0.72 }
    }

    /// A dot where a line meets an axis: open (white inside) when the value lies beyond the scale.
    private func marker(_ point: (x: Double, y: Double), colour: String, open: Bool) -> SafeHTML {
        let paint: SafeHTML = open ? "fill=\"#FFFFFF\" stroke=\"\(colour)\" stroke-width=\"2\"" : "fill=\"\(colour)\""
        return "<circle cx=\"\(SVG.number(point.x))\" cy=\"\(SVG.number(point.y))\" r=\"4\" \(paint)/>\n"
    }

    /// The box around a label when one of `lines` crosses it, else nil. A crossed tick label is
    /// left out (the line stays whole); a crossed value label gets a white box behind it.
    private func labelBox(_ x: Double, _ baseline: Double, _ text: String, anchor: String,
                          crossedBy lines: [[(x: Double, y: Double)]]) -> (x: Double, y: Double, width: Double, height: Double)? {
        let width = SVG.width(text, size: Layout.fontSize) * (anchor == "start" ? 1.3 : 1) + 3
        let box = (x: anchor == "end" ? x - width + 1 : x - 2, y: baseline - Layout.fontSize * 0.8, width: width, height: Layout.fontSize * 0.95)
        let crossed = lines.contains { points in zip(points, points.dropFirst()).contains { FaganNomogram.segment($0, $1, crosses: box) } }
        return crossed ? box : nil
    }

    /// `svg` with one sample line and sentence per result below the axes, and the total height.
    private func legend(_ svg: SafeHTML, from top: Double) -> (SafeHTML, height: Double) {
        var svg = svg, y = top
        for (index, result) in results.enumerated() {
            let note = " (beyond the scale; drawn at its end)"
            let ratio = result.likelihoodRatioText + (FaganNomogram.isBeyond(result.likelihoodRatio, FaganNomogram.likelihoodRatioRange) ? note : "")
            let posttest = result.posttestText + (FaganNomogram.isBeyond(result.posttest, FaganNomogram.probabilityRange) ? note : "")
            let words = "\(result.name): likelihood ratio \(ratio), post-test probability \(posttest)"
            svg += SVG.line(8, y - 4.5, 40, y - 4.5, stroke: FigurePalette.arm(index), width: 2.5, dash: FigurePalette.dash(index))
            for line in SVG.wrap(words, width: Layout.width - 56, size: 14) {
                svg += SVG.text(48, y, line)
                y += 18
            }
            y += 6
        }
        return (svg, y)
    }
}
