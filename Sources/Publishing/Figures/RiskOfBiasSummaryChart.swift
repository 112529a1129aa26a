import Appraisal
import Markdown

/// The risk-of-bias summary: one horizontal 100% stacked bar per domain (and the overall
/// judgement), the share of studies at each judgement, with counts inside wide enough
/// segments and a legend whose swatches repeat each judgement's colour, pattern and symbol.
struct RiskOfBiasSummaryChart {
    /// The assessment drawn.
    var assessment: RiskOfBiasAssessment
    /// A prefix for pattern ids, unique in the page.
    var id: String

    static let width = 480.0, margin = 12.0, rowHeight = 30.0, barHeight = 20.0, fontSize = 13.0

    /// The rows: each domain, then the overall judgement.
    var rows: [(key: String, heading: String)] {
        assessment.tool.domains.map { ($0.key, $0.heading) } + [("overall", "Overall")]
    }

    /// The figure, ready to number.
    var draft: FigureDraft {
        let (body, height) = drawing
        let tool = assessment.tool
        let count = assessment.studies.count
        let studies = "\(count) \(count == 1 ? "study" : "studies")"
        return FigureDraft(kind: "risk-of-bias", width: Self.width, height: height,
                           title: "Risk of bias summary (\(tool.name)), \(studies)",
                           description: description, body: body,
                           caption: "Risk of bias (\(tool.name)): the share of the \(studies) at each judgement, per domain and overall. Counts of studies are written inside the bars.")
    }

    /// Every bar's numbers in words, for screen readers.
    var description: String {
        let total = assessment.studies.count
        let parts = rows.map { row in
            let shares = assessment.tool.judgements.compactMap { judgement -> String? in
                let count = assessment.count(judgement, in: row.key)
                return count == 0 ? nil : "\(judgement.word) \(count) (\(Self.percent(count, of: total))%)"
            }
            return "\(row.heading): " + shares.joined(separator: ", ")
        }
        return "Share of \(total) studies at each \(assessment.tool.name) judgement. " + parts.joined(separator: ". ") + "."
    }

    static func percent(_ count: Int, of total: Int) -> Int {
        total == 0 ? 0 : Int((Double(count) * 100 / Double(total)).rounded())
    }

    private var drawing: (SafeHTML, Double) {
        let labelWidth = (rows.map { SVG.width($0.heading, size: Self.fontSize) }.max() ?? 60) + 10
        let left = Self.margin + labelWidth, right = Self.width - Self.margin
        let total = max(1, assessment.studies.count)
        var svg = patterns
        var y = Self.margin + 4
        for (index, row) in rows.enumerated() {
            if index == rows.count - 1 {
                svg += SVG.line(Self.margin, y + 2, right, y + 2, stroke: FigurePalette.grid)
                y += 6
            }
            let barTop = y + (Self.rowHeight - Self.barHeight) / 2
            svg += SVG.text(left - 8, barTop + Self.barHeight / 2 + 4.5, row.heading, anchor: "end", size: Self.fontSize, bold: row.key == "overall")
            var x = left
            for judgement in assessment.tool.judgements {
                let count = assessment.count(judgement, in: row.key)
                guard count > 0 else { continue }
                let segment = (right - left) * Double(count) / Double(total)
                svg += SVG.rect(x, barTop, segment, Self.barHeight, fill: fill(judgement), stroke: FigurePalette.ink)
                if segment >= 22 {
                    svg += "<text x=\"\(SVG.number(x + segment / 2))\" y=\"\(SVG.number(barTop + Self.barHeight / 2 + 4.5))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" stroke=\"#FFFFFF\" stroke-width=\"3\" style=\"paint-order: stroke\">\(count)</text>\n"
                }
                x += segment
            }
            y += Self.rowHeight
        }
        for tick in [0, 25, 50, 75, 100] {
            let x = left + (right - left) * Double(tick) / 100
            svg += SVG.line(x, y, x, y + 4, stroke: FigurePalette.muted)
                + SVG.text(min(max(x, left + 10), right - 16), y + 17, "\(tick)%", anchor: "middle", size: 13, fill: FigurePalette.muted)
        }
        y += 26
        let (legend, legendHeight) = legend(top: y, left: Self.margin, right: right)
        return (svg + legend, y + legendHeight + Self.margin)
    }

    private func fill(_ judgement: RiskOfBiasTool.Judgement) -> String {
        let mark = RiskOfBiasMarks.mark(judgement)
        return mark.pattern == "solid" ? mark.fill : "url(#\(id)-\(judgement.className))"
    }

    private var patterns: SafeHTML {
        var defs: SafeHTML = "<defs>\n"
        for judgement in assessment.tool.judgements {
            let mark = RiskOfBiasMarks.mark(judgement)
            let lines: SafeHTML
            switch mark.pattern {
            case "hatch": lines = "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#FFFFFF\" stroke-width=\"2.5\"/>"
            case "cross": lines = "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#FFFFFF\" stroke-width=\"1.8\"/><line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" stroke=\"#FFFFFF\" stroke-width=\"1.8\"/>"
            case "dots": lines = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#FFFFFF\"/>"
            default: continue
            }
            defs = defs + "<pattern id=\"\(id)-\(judgement.className)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"\(mark.fill)\"/>\(lines)</pattern>\n"
        }
        return defs + "</defs>\n"
    }

    /// Swatches with the symbol and the word, wrapped onto as many lines as the width needs.
    private func legend(top: Double, left: Double, right: Double) -> (SafeHTML, Double) {
        var svg: SafeHTML = ""
        var x = left, y = top
        for judgement in assessment.tool.judgements {
            let mark = RiskOfBiasMarks.mark(judgement)
            let itemWidth = 24 + SVG.width(judgement.label, size: Self.fontSize) + 18
            if x + itemWidth > right, x > left {
                x = left
                y += 22
            }
            svg += SVG.rect(x, y, 18, 16, fill: fill(judgement), stroke: FigurePalette.ink)
                + "<text x=\"\(SVG.number(x + 9))\" y=\"\(SVG.number(y + 12.5))\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"\(mark.ink)\" stroke=\"\(mark.fill)\" stroke-width=\"3\" style=\"paint-order: stroke\">\(mark.symbol)</text>\n"
                + SVG.text(x + 24, y + 13, judgement.label, size: Self.fontSize)
            x += itemWidth
        }
        return (svg, y + 16 - top)
    }
}
