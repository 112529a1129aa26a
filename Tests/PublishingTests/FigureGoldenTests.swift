import Foundation
import Markdown
@testable import Publishing
import Testing

/// Each figure kind, with its edge cases, compared with a committed SVG file
/// (re-record with APPRAISE_RECORD_GOLDENS=1 and review the diff).
struct FigureGoldenTests {
    @Test("figures drawn from data blocks match their golden SVG", arguments: [
        ("figure-icons-benefit.svg", FigureSamples.improvement, 0),
        ("figure-forest-binary.svg", FigureSamples.improvement, 1),
        ("figure-bars-binary.svg", FigureSamples.improvement, 2),
        ("figure-icons-0-and-100-percent.svg", FigureSamples.allOrNone, 0),
        ("figure-forest-zero-cell.svg", FigureSamples.allOrNone, 1),
        ("figure-bars-0-and-100-percent.svg", FigureSamples.allOrNone, 2),
        ("figure-icons-harm.svg", FigureSamples.harm, 0),
        ("figure-forest-continuous.svg", FigureSamples.strength, 0),
        ("figure-bars-continuous.svg", FigureSamples.strength, 1),
        ("figure-km-all-censored-arm.svg", FigureSamples.relapse, 0),
    ])
    func golden(name: String, document: String, index: Int) throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(document))
        try #require(figures.count > index)
        try GoldenPageTests.expectMatchesGolden(FigureSamples.svg(of: figures[index]), named: name)
    }

    @Test func anIntervalReachingInfinityEndsInAnArrow() throws {
        let plot = ForestPlot(sections: [ForestPlot.Section(
            logarithmic: true, noEffect: 1, axisTitle: "Ratio (log scale)", percentTicks: false, lowSide: "favours A", highSide: "favours B",
            rows: [ForestPlot.Row(label: "Risk ratio", value: 4, low: 0.8, high: .infinity, text: "4.00 (0.80 to ∞)"),
                   ForestPlot.Row(label: "Odds ratio", value: 0.5, low: 0, high: 2, text: "0.50 (0.00 to 2.00)")])])
        let (body, height) = plot.body(style: .ama)
        let draft = FigureDraft(kind: "forest", width: 480, height: height, title: "forest plot", description: "Risk ratio 4.00 (0.80 to ∞).",
                                body: body, caption: "An unbounded interval.")
        let svg = FigureSamples.svg(of: draft.html(number: 1).markup)
        #expect(svg.contains("<path d=\"M302 "))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        try GoldenPageTests.expectMatchesGolden(svg, named: "figure-forest-infinite.svg")
    }
}
