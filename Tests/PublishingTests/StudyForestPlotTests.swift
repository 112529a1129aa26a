import Appraisal
import Foundation
import Markdown
import Testing
@testable import Publishing

/// The forest and funnel plots of a meta-analysis block.
struct StudyForestPlotTests {
    /// 40 studies with long names, seeded so the figure is the same on every run.
    static func manyStudies(_ count: Int) -> String {
        var generator = count
        let lines = (1...count).map { index -> String in
            generator = (generator &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff
            let control = 40 + generator % 200, experimental = 40 + (generator / 7) % 200
            let c = 5 + generator % 30, e = 3 + (generator / 11) % 30
            return "  Study group of investigators number \(index) (\(1970 + index)): \(e)/\(experimental) vs \(c)/\(control)"
        }
        return FigureSamples.fence("many", "type: meta-analysis\noutcome: An outcome\nmeasure: or\nstudies:\n" + lines.joined(separator: "\n") + "\nfigures: [forest, funnel]")
    }

    /// Every `<text x=... y=...>` position and the viewBox's size.
    static func texts(_ svg: String) -> (width: Double, height: Double, positions: [(x: Double, y: Double, anchor: String, text: String)]) {
        let numbers = { (name: String, in: Substring) -> Double? in
            guard let range = `in`.range(of: "\(name)=\"") else { return nil }
            return Double(`in`[range.upperBound...].prefix { $0 != "\"" })
        }
        let box = svg.range(of: "viewBox=\"0 0 ").map { svg[$0.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) } } ?? []
        var positions: [(Double, Double, String, String)] = []
        for piece in svg.components(separatedBy: "<text ").dropFirst() {
            let tag = Substring(piece.prefix { $0 != ">" })
            let anchor = tag.range(of: "text-anchor=\"").map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) } ?? "start"
            let content = piece.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) } ?? ""
            if let x = numbers("x", tag), let y = numbers("y", tag) { positions.append((x, y, anchor, content)) }
        }
        return (box.first ?? 0, box.last ?? 0, positions)
    }

    @Test func fortyStudiesKeepEveryTextInsideTheViewBoxAndRowsApart() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(Self.manyStudies(40)))
        #expect(figures.count == 2)
        let forest = try #require(figures.first)
        #expect(forest.contains("figure-forest"))
        let (width, height, texts) = Self.texts(FigureSamples.svg(of: forest))
        #expect(texts.count > 40 * 3)
        for text in texts {
            let length = SVG.width(text.text, size: 12)
            let left = text.anchor == "end" ? text.x - length : (text.anchor == "middle" ? text.x - length / 2 : text.x)
            #expect(left >= -0.5 && left + length <= width + 0.5, "'\(text.text)' runs outside 0...\(width)")
            #expect(text.y > 0 && text.y <= height, "'\(text.text)' at y \(text.y) outside the height \(height)")
        }
        let weights = texts.filter { $0.anchor == "end" && $0.text.hasSuffix("%") }.map(\.y)
        #expect(weights.count == 40)
        #expect(zip(weights, weights.dropFirst()).allSatisfy { $1 - $0 >= 18 }, "rows never overlap")
    }

    @Test func theForestPlotNamesEveryStudyAndThePooledEstimatesForScreenReaders() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(Self.manyStudies(12)))
        let forest = try #require(figures.first)
        #expect(forest.contains("Forest plot of 12 studies. Study group of investigators number 1 (1971):"))
        #expect(forest.contains("Random effects:") && forest.contains("Heterogeneity: Q ="))
        let funnel = try #require(figures.last)
        #expect(funnel.contains("figure-funnel"))
        #expect(funnel.contains("Egger&#39;s test"), "12 studies: Egger's P is in the caption")
    }

    @Test func aRiskOfBiasBlockNamingTheMetaAnalysisPutsItsJudgementsBesideEachStudy() throws {
        let meta = FigureSamples.fence("m", "type: meta-analysis\nstudies:\n  Alpha 2001: 4/50 vs 9/50\n  Beta 2005: 6/80 vs 12/81\nfigures: [forest]")
        let rob = "```risk-of-bias rob2\nblock: m\nAlpha 2001: {randomisation: low, deviations: low, missing: high, measurement: low, selection: some concerns}\nBeta 2005: {randomisation: low, deviations: low, missing: low, measurement: low, selection: low}\n```\n"
        let source = FigureSamples.source(meta + rob)
        let analysis = DocumentAnalysis(source, files: nil)
        let structure = AppraisalStructure(source, files: nil, analysis: analysis)
        let html = ReportRenderer(templates: try Fixtures.builtInTemplates()).bodyHTML(source, analysis: analysis, structure: structure).markup
        let forest = try #require(FigureSamples.figures(in: html).first { $0.contains("figure-forest") })
        #expect(forest.contains(">D5</text>"))
        #expect(forest.contains("Alpha 2001: ") && forest.contains("risk of bias randomisation low, deviations low, missing high"))
        #expect(forest.contains("Beside each study, its RoB 2 judgements by domain (D1 randomisation"))
        #expect(forest.components(separatedBy: "<circle ").count - 1 == 10)
    }
}
