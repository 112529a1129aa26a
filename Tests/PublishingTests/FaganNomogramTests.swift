import Appraisal
import Foundation
import Markdown
@testable import Publishing
import Testing

/// The Fagan nomogram: its golden SVG, its geometry (the three points of each result on one
/// line), every label inside the drawing, and values beyond the scales drawn at their ends.
struct FaganNomogramTests {
    typealias Layout = FaganNomogram.Layout

    /// Pre-test 30%, LR+ 6.0 and LR− 0.10, post-test probabilities from the odds.
    static func example(positive: Double = 6, negative: Double = 0.1) -> FaganNomogram {
        FaganNomogram(pretest: 0.30, results: [("Positive result", positive), ("Negative result", negative)], style: .ama)
    }

    /// The standalone SVG of `nomogram` drawn as figure 1.
    static func svg(_ nomogram: FaganNomogram) -> String {
        let draft = FigureDraft.faganNomogram(nomogram, caption: "Probability of pulmonary embolism after a D-dimer test.", style: .ama)
        return FigureSamples.svg(of: draft.html(number: 1).markup)
    }

    /// The points of each result's line, as printed in the SVG.
    static func linePoints(_ svg: String) -> [[(x: Double, y: Double)]] {
        svg.matches(of: /<path d="M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)" fill="none"/).map { match in
            let numbers = [match.1, match.2, match.3, match.4, match.5, match.6].compactMap { Double($0) }
            return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
        }
    }

    @Test func matchesItsGolden() throws {
        try GoldenPageTests.expectMatchesGolden(Self.svg(Self.example()), named: "figure-nomogram.svg")
    }

    @Test func postTestProbabilitiesComeFromTheOdds() {
        let results = Self.example().results
        #expect(abs(results[0].posttest - 18.0 / 25.0) < 1e-12)
        #expect(abs(results[1].posttest - 0.3 / 7.3) < 1e-12)
        #expect(results.map(\.posttestText) == ["72%", "4%"])
        #expect(results.map(\.likelihoodRatioText) == ["6.00", "0.10"])
    }

    @Test func theThreeAxesAreDrawn() {
        let svg = Self.svg(Self.example())
        for (x, top, bottom) in [(Layout.left, Layout.top, Layout.bottom), (Layout.middle, Layout.ratioTop, Layout.ratioBottom), (Layout.right, Layout.top, Layout.bottom)] {
            let axis = "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(top))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(bottom))\""
            #expect(svg.contains(axis))
        }
        for title in ["Pre-test", "Likelihood", "Post-test"] { #expect(svg.contains(">\(title)</text>")) }
        #expect(svg.contains(">0.001</text>") && svg.contains(">1000</text>") && svg.contains(">99.9</text>") && svg.contains(">0.1</text>"))
    }

    @Test func preTestLikelihoodRatioAndPostTestAreCollinear() throws {
        let posttest = 18.0 / 25.0
        let points = [(Layout.left, Layout.y(pretest: 0.30)), (Layout.middle, Layout.y(likelihoodRatio: 6)), (Layout.right, Layout.y(posttest: posttest))]
        let cross = (points[1].0 - points[0].0) * (points[2].1 - points[0].1) - (points[1].1 - points[0].1) * (points[2].0 - points[0].0)
        let distance = abs(cross) / hypot(points[2].0 - points[0].0, points[2].1 - points[0].1)
        #expect(distance < 0.01)
        #expect(abs(Layout.y(pretest: 0.5) - Layout.y(likelihoodRatio: 1)) < 1e-9)
        #expect(abs(Layout.y(pretest: 0.001) - Layout.top) < 1e-9 && abs(Layout.y(posttest: 0.999) - Layout.top) < 1e-9)
        #expect(abs((Layout.ratioBottom - Layout.ratioTop) - (Layout.bottom - Layout.top) / 2) < 0.1)

        let drawn = Self.linePoints(Self.svg(Self.example()))
        try #require(drawn.count == 2)
        let negative = 0.3 / 7.3
        let expected = [points, [(Layout.left, Layout.y(pretest: 0.30)), (Layout.middle, Layout.y(likelihoodRatio: 0.1)), (Layout.right, Layout.y(posttest: negative))]]
        for (line, wanted) in zip(drawn, expected) {
            for (point, want) in zip(line, wanted) {
                #expect(abs(point.x - want.0) <= 0.05 && abs(point.y - want.1) <= 0.05, "\(point) should be \(want)")
            }
        }
    }

    @Test("every text lies inside the drawing", arguments: [(6.0, 0.1), (5000, 0.0001), (1.3, 0.8)])
    func everyTextLiesInsideTheDrawing(positive: Double, negative: Double) throws {
        let svg = Self.svg(Self.example(positive: positive, negative: negative))
        let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([\d.]+) ([\d.]+)"/))
        let (width, height) = (try #require(Double(box.1)), try #require(Double(box.2)))
        #expect(width <= 560)
        let texts = svg.matches(of: /<text x="([-\d.]+)" y="([-\d.]+)"( text-anchor="(\w+)")?( font-size="([\d.]+)")?[^>]*>([^<]*)</)
        #expect(texts.count > 60)
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

    @Test func theDescriptionStatesEveryNumber() {
        let description = Self.example().description(style: .ama)
        #expect(description.contains("Pre-test probability 30%."))
        #expect(description.contains("Positive result: likelihood ratio 6.00, post-test probability 72%."))
        #expect(description.contains("Negative result: likelihood ratio 0.10, post-test probability 4%."))
        #expect(!description.contains("drawn at their end"))
    }

    @Test func valuesBeyondTheScalesAreDrawnAtTheirEnds() throws {
        let nomogram = Self.example(positive: 5000, negative: 0.0001)
        let drawn = Self.linePoints(Self.svg(nomogram))
        try #require(drawn.count == 2)
        #expect(drawn[0][1] == (Layout.middle, Double(SVG.number(Layout.ratioTop))) && drawn[0][2] == (Layout.right, Layout.top))
        #expect(drawn[1][1] == (Layout.middle, Double(SVG.number(Layout.ratioBottom))))
        #expect(abs(drawn[1][2].y - Layout.y(posttest: nomogram.results[1].posttest)) <= 0.05)
        let description = nomogram.description(style: .ama)
        #expect(description.contains("likelihood ratio 5000 (Positive result)"))
        #expect(description.contains("post-test probability 99.95% (Positive result)"))
        #expect(description.contains("likelihood ratio 0.00010 (Negative result)") && description.contains("from 0.001 to 1000"))
        #expect(description.contains("post-test probability 0.004% (Negative result)"))
    }
}
