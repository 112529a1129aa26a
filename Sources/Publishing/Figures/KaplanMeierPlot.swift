import Appraisal
import Markdown
import Statistics

/// Kaplan-Meier step curves per arm with censoring marks, and the numbers at risk under the
/// time axis.
struct KaplanMeierPlot {
    /// One arm: its curve and every patient's follow-up.
    struct Arm {
        /// The arm's name.
        var name: String
        /// The estimated curve.
        var curve: KaplanMeierCurve
        /// Each patient's time and whether it ended in an event.
        var followUp: [(time: Double, event: Bool)]

        /// Patients still followed at `time` (event or censoring at or after it).
        func atRisk(_ time: Double) -> Int {
            followUp.filter { $0.time >= time }.count
        }

        /// Times of censoring, each once, in order.
        var censoringTimes: [Double] {
            Array(Set(followUp.filter { !$0.event }.map(\.time))).sorted()
        }
    }

    /// The arms in order.
    var arms: [Arm]

    static let left = 100.0, right = 466.0, plotHeight = 190.0

    /// The top of the plot, below as many legend lines as the arms need.
    var top: Double { 20 + 22 * Double(legendPositions().last?.line ?? 0) + 20 }

    /// The time axis: from 0 to the longest follow-up.
    var timeScale: AxisScale {
        let longest = arms.map(\.curve.lastFollowUp).max() ?? 1
        var scale = NiceTicks.linear(0, longest > 0 ? longest : 1, target: 5)
        scale.ticks = scale.ticks.filter { $0 >= 0 }
        scale.low = 0
        return scale
    }

    /// The drawing and its height.
    func body(style: NumberStyle) -> (SafeHTML, height: Double) {
        let time = timeScale
        let width = KaplanMeierPlot.right - KaplanMeierPlot.left
        let x = { (t: Double) in KaplanMeierPlot.left + time.fraction(t) * width }
        let y = { (s: Double) in top + (1 - s) * KaplanMeierPlot.plotHeight }
        let bottom = top + KaplanMeierPlot.plotHeight
        var svg = legend()
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += SVG.line(KaplanMeierPlot.left, y(tick), KaplanMeierPlot.right, y(tick), stroke: FigurePalette.grid)
                + SVG.text(KaplanMeierPlot.left - 6, y(tick) + 4, style.number(tick * 100, decimals: 0) + "%", anchor: "end", size: 12.5, fill: FigurePalette.muted)
        }
        svg += "<text transform=\"translate(14 \(SVG.number(top + KaplanMeierPlot.plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12.5\" fill=\"\(FigurePalette.muted)\">Without the event</text>\n"
        for (index, arm) in arms.enumerated() {
            var points = "M\(SVG.number(x(0))) \(SVG.number(y(1)))"
            var survival = 1.0
            for step in arm.curve.steps {
                points += "H\(SVG.number(x(step.time)))V\(SVG.number(y(step.survival)))"
                survival = step.survival
            }
            points += "H\(SVG.number(x(arm.curve.lastFollowUp)))"
            let dash: SafeHTML = FigurePalette.dash(index).isEmpty ? "" : " stroke-dasharray=\"\(FigurePalette.dash(index))\""
            svg += "<path d=\"\(points)\" fill=\"none\" stroke=\"\(FigurePalette.arm(index))\" stroke-width=\"2.2\"\(dash)/>\n"
            for censored in arm.censoringTimes {
                let level = (try? arm.curve.survival(at: censored)) ?? survival
                svg += SVG.line(x(censored), y(level) - 5, x(censored), y(level) + 5, stroke: FigurePalette.arm(index), width: 1.6)
            }
        }
        svg += SVG.line(KaplanMeierPlot.left, bottom, KaplanMeierPlot.right, bottom)
        for tick in time.ticks {
            svg += SVG.line(x(tick), bottom, x(tick), bottom + 4)
                + SVG.text(x(tick), bottom + 16, style.number(tick, decimals: time.decimals), anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        }
        svg += SVG.text((KaplanMeierPlot.left + KaplanMeierPlot.right) / 2, bottom + 32, "Time", anchor: "middle", size: 12.5, fill: FigurePalette.muted)
        var rowY = bottom + 56
        svg += SVG.text(0, rowY, "Number at risk", size: 13.5, bold: true)
        for (index, arm) in arms.enumerated() {
            rowY += 17
            svg += SVG.text(0, rowY, KaplanMeierPlot.shortName(arm.name), size: 13.5, fill: FigurePalette.armText(index))
            for tick in time.ticks {
                svg += SVG.text(x(tick), rowY, "\(arm.atRisk(tick))", anchor: "middle", size: 13.5)
            }
        }
        return (svg, rowY + 10)
    }

    /// An arm name short enough for the at-risk table's first column.
    static func shortName(_ name: String) -> String {
        name.count <= 10 ? name : String(name.prefix(9)) + "…"
    }

    /// One sample line and name per arm across the top, wrapping onto more lines when needed.
    private func legend() -> SafeHTML {
        var svg: SafeHTML = ""
        for (index, position) in legendPositions().enumerated() {
            let y = 16 + 22 * Double(position.line)
            svg += SVG.line(position.x, y, position.x + 26, y, stroke: FigurePalette.arm(index), width: 2.2, dash: FigurePalette.dash(index))
                + SVG.text(position.x + 32, y + 4.5, arms[index].name, size: 13.5)
        }
        return svg
    }

    /// Where each arm's legend entry starts: its x and its line (from 0).
    private func legendPositions() -> [(x: Double, line: Int)] {
        var positions: [(x: Double, line: Int)] = []
        var x = KaplanMeierPlot.left, line = 0
        for arm in arms {
            let width = 32 + SVG.width(arm.name, size: 13.5)
            if x > KaplanMeierPlot.left, x + width > 478 {
                (x, line) = (KaplanMeierPlot.left, line + 1)
            }
            positions.append((x, line))
            x += width + 20
        }
        return positions
    }
}
