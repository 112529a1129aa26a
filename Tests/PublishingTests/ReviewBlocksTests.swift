import Appraisal
import Foundation
import Markdown
@testable import Publishing
import Testing

/// The summary-of-findings table, the traffic-light table and the risk-of-bias summary chart as
/// a page shows them, their numbering among the other figures, and their JSON.
struct ReviewBlocksTests {
    static let blocks = """
        ```data mortality
        type: binary
        outcome: All-cause mortality
        show: false
        arms:
          Steroids: 110/1000
          Placebo: 150/1000
        figures: [icons]
        ```

        ```data bleeding
        type: binary
        outcome: Gastrointestinal bleeding
        show: false
        arms:
          Steroids: 30/1000
          Placebo: 20/1000
        ```

        """

    static let summary = """
        ```summary-of-findings
        population: adults with severe pneumonia
        intervention: corticosteroids
        comparison: placebo
        outcomes:
          - block: mortality
            follow_up: 28 days
            certainty: moderate
            downgrade: {imprecision: serious — few events}
            comment: Probably fewer deaths.
          - block: bleeding
            baseline: 0.01
            certainty: very low
            downgrade: {risk_of_bias: serious, indirectness: very serious}
        ```

        """

    static let robins = """
        ```risk-of-bias robins-i
        Cohort A 2001: {confounding: serious, selection: low, classification: low, deviations: moderate, missing: no information, measurement: low, reporting: low}
        Cohort B 2005: {confounding: critical, selection: moderate, classification: low, deviations: low, missing: low, measurement: moderate, reporting: low, overall: serious}
        Cohort C 2010: {confounding: moderate, selection: low, classification: low, deviations: low, missing: low, measurement: low, reporting: low}
        ```

        """

    static let after = """
        ```data later
        type: binary
        show: false
        arms:
          A: 3/10
          B: 5/10
        figures: [bars]
        ```

        """

    static func body(_ text: String) throws -> String {
        let source = FigureSamples.source(text)
        let analysis = DocumentAnalysis(source, files: nil)
        let structure = AppraisalStructure(source, files: nil, analysis: analysis)
        return ReportRenderer(templates: try Fixtures.builtInTemplates()).bodyHTML(source, analysis: analysis, structure: structure).markup
    }

    static func element(_ html: String, from start: String, to end: String) -> String {
        guard let open = html.range(of: start), let close = html[open.lowerBound...].range(of: end) else { return "" }
        return String(html[open.lowerBound..<close.upperBound])
    }

    @Test func summaryOfFindingsTableMatchesItsGolden() throws {
        let html = try Self.body(Self.blocks + Self.summary)
        let table = Self.element(html, from: "<figure class=\"summary-of-findings\"", to: "</figure>")
        #expect(table.contains("<strong>40 fewer per 1,000</strong><span class=\"sof-detail\">(from 63 fewer to 12 fewer)</span>"))
        #expect(table.contains("<strong class=\"sof-risk\">10 per 1,000</strong>"))
        #expect(table.contains("aria-label=\"2 of 4\">⊕⊕◯◯</span>") == false && table.contains("aria-label=\"1 of 4\">⊕◯◯◯</span> <span class=\"certainty-word\">VERY LOW</span>"))
        #expect(table.contains("<li id=\"sof-24-note-3\">Indirectness: very serious (rated down two levels).</li>"))
        try GoldenPageTests.expectMatchesGolden(table, named: "summary-of-findings.html")
    }

    @Test func trafficLightTableMatchesItsGolden() throws {
        let html = try Self.body(Self.robins)
        let table = Self.element(html, from: "<figure class=\"risk-of-bias\"", to: "</table>")
        #expect(table.contains("<td class=\"rob rob-no-information\"><span class=\"rob-mark\" aria-hidden=\"true\" style=\"background:#56B4E9;color:#222222\">?</span> <span class=\"rob-word\">No information</span></td>"))
        #expect(!table.contains("<td></td>"), "every cell has its word")
        let legend = Self.element(html, from: "<ol class=\"rob-notes\">", to: "</p>\n<p class=\"rob-domains\">")
        #expect(legend.contains("Cohort B 2005: the overall judgement is the author&#39;s; ROBINS-I&#39;s rule (the worst domain) gives critical."))
        try GoldenPageTests.expectMatchesGolden(Self.element(html, from: "<figure class=\"risk-of-bias\"", to: "<figure class=\"figure"), named: "risk-of-bias-table.html")
    }

    @Test func summaryChartMatchesItsGoldenAndDescribesEveryBar() throws {
        let figures = FigureSamples.figures(in: try Self.body(Self.robins))
        let figure = try #require(figures.first)
        #expect(figure.contains("role=\"img\"") && figure.contains("<title id=\"figure-1-title\">Figure 1: Risk of bias summary (ROBINS-I), 3 studies</title>"))
        #expect(figure.contains("Confounding: moderate 1 (33%), serious 1 (33%), critical 1 (33%)."))
        #expect(figure.contains("Overall: moderate 1 (33%), serious 2 (67%)."))
        for pattern in ["moderate", "no-information", "serious", "critical"] {
            #expect(figure.contains("fill=\"url(#rob-6-chart-\(pattern))\""), "\(pattern) has a pattern for greyscale print")
        }
        try GoldenPageTests.expectMatchesGolden(FigureSamples.svg(of: figure), named: "figure-risk-of-bias.svg")
    }

    @Test("every text of the chart lies inside the drawing", arguments: [1, 3, 40])
    func chartTextStaysInside(studies: Int) throws {
        let lines = (1...studies).map { "Study \($0): {patient_selection: \(["low", "high", "unclear"][$0 % 3]), index_test: low, reference_standard: unclear, flow_timing: high, applicability_patients: low, applicability_index: low, applicability_reference: high}" }
        let figure = try #require(FigureSamples.figures(in: try Self.body("```risk-of-bias quadas-2\n" + lines.joined(separator: "\n") + "\n```\n")).first)
        let svg = FigureSamples.svg(of: figure)
        let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([\d.]+) ([\d.]+)"/))
        let (width, height) = (try #require(Double(box.1)), try #require(Double(box.2)))
        let texts = svg.matches(of: /<text x="([-\d.]+)" y="([-\d.]+)"( text-anchor="(\w+)")?( font-size="([\d.]+)")?[^>]*>([^<]*)</)
        #expect(texts.count >= 8 + 5 + 3)
        for text in texts {
            let x = try #require(Double(text.1)), y = try #require(Double(text.2))
            let size = text.6.flatMap { Double($0) } ?? 14
            let extent = SVG.width(String(text.7), size: size) * (text.0.contains("bold") ? 1.3 : 1)
            let (start, end): (Double, Double) = switch text.4 {
            case "middle": (x - extent / 2, x + extent / 2)
            case "end": (x - extent, x)
            default: (x, x + extent)
            }
            #expect(start >= 0 && end <= width && y - size * 0.75 >= 0 && y <= height, "\(text.0) leaves the viewBox")
            #expect(size >= 13, "\(text.0) is too small")
        }
    }

    @Test func chartsAreNumberedWithTheDataBlocksFiguresInDocumentOrder() throws {
        let html = try Self.body(Self.blocks + Self.robins + Self.after)
        let figures = FigureSamples.figures(in: html)
        #expect(figures.count == 3)
        #expect(figures[0].contains("figure figure-icons\" id=\"figure-1\""))
        #expect(figures[1].contains("figure figure-risk-of-bias\" id=\"figure-2\""))
        #expect(figures[2].contains("figure figure-bars\" id=\"figure-3\""))
    }

    @Test func jsonHoldsBothBlocks() throws {
        let source = FigureSamples.source(Self.blocks + Self.summary + Self.robins)
        let output = ReportRenderer(templates: try Fixtures.builtInTemplates()).render(source)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.json.utf8)) as? [String: Any])
        let tables = try #require(json["summaryOfFindings"] as? [[String: Any]])
        let outcomes = try #require(tables.first?["outcomes"] as? [[String: Any]])
        let perThousand = try #require(outcomes.first?["perThousand"] as? [String: Any])
        #expect(perThousand["comparison"] as? Int == 150 && perThousand["difference"] as? Int == -40)
        #expect(perThousand["text"] as? String == "40 fewer per 1,000 (from 63 fewer to 12 fewer)")
        #expect(outcomes.last?["certainty"] as? String == "very low" && outcomes.last?["certaintyFromDowngrades"] as? String == "very low")
        let assessments = try #require(json["riskOfBias"] as? [[String: Any]])
        let studies = try #require(assessments.first?["studies"] as? [[String: Any]])
        #expect(assessments.first?["tool"] as? String == "robins-i" && studies.count == 3)
        #expect(studies[1]["overall"] as? String == "serious" && studies[1]["overallByRule"] as? String == "critical")
        #expect((studies[0]["judgements"] as? [String: String])?["missing"] == "no information")
    }
}
