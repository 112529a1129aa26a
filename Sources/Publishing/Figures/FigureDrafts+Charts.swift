import Appraisal
import Markdown
import Statistics

extension FigureDrafts {
    /// "0.43 (0.20 to 0.90)", or "0.43 [0.20, 0.90]" in APA style: short enough for a margin.
    static func compact(_ value: String, _ low: String?, _ high: String?, style: NumberStyle) -> String {
        guard let low, let high else { return value }
        return style == .apa ? "\(value) [\(low), \(high)]" : "\(value) (\(low) to \(high))"
    }

    /// A forest row for statistic `name`, its values multiplied by `scale`, printed by `print`.
    static func row(_ label: String, _ name: String, _ results: BlockResults, _ style: NumberStyle, scale: Double = 1,
                    print: (Double) -> String) -> ForestPlot.Row? {
        guard let statistic = results[name] else { return nil }
        let interval = statistic.quantity.interval
        return ForestPlot.Row(label: label, value: statistic.quantity.value * scale, low: interval.map { $0.low * scale },
                              high: interval.map { $0.high * scale },
                              text: compact(print(statistic.quantity.value), interval.map { print($0.low) }, interval.map { print($0.high) }, style: style))
    }

    static func forest(binary data: BinaryData, _ results: BlockResults, _ style: NumberStyle) -> FigureDraft? {
        guard let (experimental, control) = pair(data) else { return nil }
        let better = "favours \(experimental.name.display)", worse = "favours \(control.name.display)"
        let (lowSide, highSide) = data.desirable ? (worse, better) : (better, worse)
        let decimals = results["rd"]?.quantity.defaultDecimals ?? 0
        let ratios = [row("Risk ratio", "rr", results, style, print: style.ratio), row("Odds ratio", "or", results, style, print: style.ratio)].compactMap { $0 }
        let differences = [row("Risk difference", "rd", results, style, scale: 100, print: { style.percent($0, decimals: decimals) })].compactMap { $0 }
        var sections: [ForestPlot.Section] = []
        if !ratios.isEmpty {
            sections.append(.init(logarithmic: true, noEffect: 1, axisTitle: "Ratio (log scale)", percentTicks: false, lowSide: lowSide, highSide: highSide, rows: ratios))
        }
        if !differences.isEmpty {
            sections.append(.init(logarithmic: false, noEffect: 0, axisTitle: "Risk difference, percentage points", percentTicks: true, lowSide: lowSide, highSide: highSide, rows: differences))
        }
        let comparison = "\(experimental.name.display) compared with \(control.name.display)"
        return forest(sections, results, style, comparison: comparison, names: [("Risk ratio", "rr"), ("Odds ratio", "or"), ("Risk difference", "rd")],
                      note: "ratios on a log scale")
    }

    static func forest(continuous data: ContinuousData, _ results: BlockResults, _ style: NumberStyle) -> FigureDraft? {
        guard data.arms.count == 2 else { return nil }
        let first = data.arms[0].name.display, second = data.arms[1].name.display
        let print = { (x: Double) in style.number(x, decimals: 2) }
        var sections: [ForestPlot.Section] = []
        for (label, name, title) in [("Mean difference", "md", "Mean difference, outcome units"), ("Hedges' g", "smd", "Standardised mean difference")] {
            guard let row = row(label, name, results, style, print: print) else { continue }
            sections.append(.init(logarithmic: false, noEffect: 0, axisTitle: title, percentTicks: false,
                                  lowSide: "higher with \(second)", highSide: "higher with \(first)", rows: [row]))
        }
        return forest(sections, results, style, comparison: "\(first) minus \(second)", names: [("Mean difference", "md"), ("Hedges' g", "smd")],
                      note: "each measure on its own axis")
    }

    private static func forest(_ sections: [ForestPlot.Section], _ results: BlockResults, _ style: NumberStyle,
                               comparison: String, names: [(String, String)], note: String) -> FigureDraft? {
        guard !sections.isEmpty else { return nil }
        let plot = ForestPlot(sections: sections)
        let (body, height) = plot.body(style: style)
        let words = names.compactMap { label, name in full(results, name, style).map { "\(label) \($0.plainText)" } }
        let caption: SafeHTML = "\(lead(results, "effect estimates, \(comparison), with 95% confidence intervals; \(note).")) The dashed line marks no effect."
        return FigureDraft(kind: "forest", width: plot.width, height: height, title: "forest plot of effect estimates",
                           description: "Forest plot, \(comparison). " + words.joined(separator: "; ") + ".", body: body, caption: caption)
    }

    static func bars(binary data: BinaryData, _ results: BlockResults, id: String, _ style: NumberStyle) -> FigureDraft? {
        let bars = data.arms.compactMap { arm -> BarChart.Bar? in
            guard let risk = results["\(arm.name.slug).risk"] else { return nil }
            let decimals = risk.quantity.defaultDecimals ?? 0
            return BarChart.Bar(name: arm.name.display, detail: "\(arm.events)/\(arm.total)", value: risk.quantity.value * 100,
                                low: risk.quantity.interval.map { $0.low * 100 }, high: risk.quantity.interval.map { $0.high * 100 },
                                text: style.percent(risk.quantity.value, decimals: decimals))
        }
        let words = data.arms.compactMap { arm in full(results, "\(arm.name.slug).risk", style).map { "\(arm.name.display) \(arm.events) of \(arm.total), \($0.plainText)" } }
        return barFigure(BarChart(bars: bars, percent: true, axisTitle: "Patients with the outcome"), id: id, style,
                    caption: lead(results, "proportion of patients with the outcome per arm, with 95% Wilson confidence intervals."),
                    description: "Bar chart of event rates. " + words.joined(separator: "; ") + ".")
    }

    static func bars(continuous data: ContinuousData, _ results: BlockResults, id: String, _ style: NumberStyle) -> FigureDraft? {
        var words: [String] = []
        let bars = data.arms.compactMap { arm -> BarChart.Bar? in
            let slug = arm.name.slug
            guard let mean = results["\(slug).mean"]?.quantity.value, let se = results["\(slug).se"]?.quantity.value,
                  let n = results["\(slug).n"]?.quantity.value else { return nil }
            let t = n >= 2 ? (try? StudentTDistribution(degreesOfFreedom: n - 1))?.quantile(0.975) : nil
            let (low, high) = (t.map { mean - $0 * se }, t.map { mean + $0 * se })
            let print = { (x: Double) in style.number(x, decimals: 2) }
            let interval = low.flatMap { low in high.map { style.interval(low: low, high: $0, decimals: 2).plainText } }
            words.append("\(arm.name.display) mean \(print(mean))" + (interval.map { " (\($0))" } ?? "") + ", n = \(Int(n))")
            return BarChart.Bar(name: arm.name.display, detail: "n = \(Int(n))", value: mean, low: low, high: high, text: print(mean))
        }
        return barFigure(BarChart(bars: bars, percent: false, axisTitle: "Mean"), id: id, style,
                    caption: lead(results, "mean per arm with 95% confidence intervals (mean ± t × SE)."),
                    description: "Bar chart of means. " + words.joined(separator: "; ") + ".")
    }

    private static func barFigure(_ chart: BarChart, id: String, _ style: NumberStyle, caption: String, description: String) -> FigureDraft? {
        guard !chart.bars.isEmpty else { return nil }
        let (body, height) = chart.body(id: id, style: style)
        return FigureDraft(kind: "bars", width: 480, height: height, title: "bar chart per arm", description: description, body: body,
                           caption: "\(caption)")
    }
}
