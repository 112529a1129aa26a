import Appraisal
import Foundation
import Markdown
@testable import Publishing

/// Renders small documents and picks out their figures.
enum FigureSamples {
    /// A document with front matter and `body`.
    static func source(_ body: String, style: String = "ama") -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/f.md", text: "---\ntitle: F\ndate: 2020-01-01\nstyle: \(style)\n---\n" + body))
    }

    /// A data block fence.
    static func fence(_ id: String, _ yaml: String) -> String { "```data \(id)\n\(yaml)\n```\n\n" }

    /// The body HTML of `body`, with analysis.
    static func bodyHTML(_ body: String, style: String = "ama") throws -> String {
        let source = source(body, style: style)
        return ReportRenderer(templates: try Fixtures.builtInTemplates()).bodyHTML(source, analysis: DocumentAnalysis(source, files: nil)).markup
    }

    /// Every `<figure class="figure ...">...</figure>` in `html`, in order.
    static func figures(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<figure class=\"figure "), let end = rest[start.lowerBound...].range(of: "</figure>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// The `<svg>...</svg>` element of a figure, a standalone SVG file.
    static func svg(of figure: String) -> String {
        guard let start = figure.range(of: "<svg"), let end = figure.range(of: "</svg>\n") else { return "" }
        return String(figure[start.lowerBound..<end.upperBound])
    }

    static let improvement = fence("improvement", """
        type: binary
        outcome: Improvement in strength at 3 months
        desirable: true
        arms:
          IVIG: 7/8
          Placebo: 2/7
        figures: [icons, forest, bars]
        """)
    static let allOrNone = fence("deaths", """
        type: binary
        outcome: Death within 30 days
        show: false
        arms:
          Treatment: 0/12
          Usual care: 12/12
        figures: [icons, forest, bars]
        """)
    static let harm = fence("bleeding", """
        type: binary
        outcome: Major bleeding
        arms:
          Anticoagulant: 9/120
          Placebo: 3/118
        figures: [icons]
        """)
    static let strength = fence("strength", """
        type: continuous
        outcome: MRC score at diagnosis (0-10)
        arms:
          IVIG: 6.71 ± 1.60 (n=24)
          Non-IVIG: 7.89 ± 1.41 (n=18)
        figures: [forest, bars]
        """)
    static let relapse = fence("relapse", """
        type: survival
        outcome: Relapse-free survival (months)
        csv: |
          group,time,event
          IVIG,6,1
          IVIG,13,0
          IVIG,21,1
          IVIG,30,0
          Control,3,1
          Control,5,1
          Control,8,1
          Control,12,0
          All censored,4,0
          All censored,9,0
          All censored,15,0
        figures: [km]
        """)

    /// Every kind and edge case in one document.
    static let everything = improvement + allOrNone + harm + strength + relapse
}
