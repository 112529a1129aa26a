import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Publishing
import Testing

/// Figures in a rendered body: well-formed, accessible, numbered in document order, after their
/// block's table, deterministic.
struct FigureDocumentTests {
    /// Counts elements and remembers the first XML error.
    final class XMLCheck: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var error: Error?
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(elementName)
        }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    @Test func everyFigureIsWellFormedXMLWithoutScripts() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(FigureSamples.everything))
        #expect(figures.count == 10)
        for figure in figures {
            let check = XMLCheck()
            let parser = XMLParser(data: Data(figure.utf8))
            parser.delegate = check
            #expect(parser.parse(), "not well-formed: \(String(describing: check.error))\n\(figure.prefix(200))")
            #expect(check.elements.first == "figure")
            #expect(check.elements.contains("svg") && check.elements.contains("title") && check.elements.contains("desc") && check.elements.contains("figcaption"))
            #expect(!check.elements.contains("script") && !figure.lowercased().contains("<script"))
            #expect(!figure.contains("http:") || figure.contains("xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(!figure.contains("@font-face") && !figure.contains("url(http") && !figure.contains("<image"))
            #expect(figure.contains("role=\"img\"") && figure.contains("width=\"100%\""))
            let viewBoxWidth = figure.firstMatch(of: #/viewBox="0 0 ([0-9.]+) /#).flatMap { Double($0.1) }
            #expect(viewBoxWidth.map { $0 >= 480 && $0 <= 640 } == true, "a forest plot widens to hold its estimates, nothing else")
            #expect(!figure.contains("nan") && !figure.contains("inf\""))
        }
    }

    @Test func figuresAreNumberedInDocumentOrderWithUniqueIds() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(FigureSamples.everything))
        for (index, figure) in figures.enumerated() {
            let number = index + 1
            #expect(figure.contains("id=\"figure-\(number)\""))
            #expect(figure.contains("<span class=\"figure-label\">Figure \(number).</span>"))
            #expect(figure.contains("<title id=\"figure-\(number)-title\">Figure \(number): "))
        }
        #expect(figures.map { $0.split(separator: "\"")[1] } == [
            "figure figure-icons", "figure figure-forest", "figure figure-bars", "figure figure-icons", "figure figure-forest",
            "figure figure-bars", "figure figure-icons", "figure figure-forest", "figure figure-bars", "figure figure-km",
        ])
    }

    @Test func figuresFollowTheirTableAndAppearWhenTheTableIsHidden() throws {
        let html = try FigureSamples.bodyHTML(FigureSamples.improvement + FigureSamples.allOrNone)
        let table = try #require(html.range(of: "id=\"data-improvement\""))
        let first = try #require(html.range(of: "id=\"figure-1\""))
        #expect(table.lowerBound < first.lowerBound)
        #expect(!html.contains("id=\"data-deaths\""))
        #expect(html.contains("id=\"figure-4\"") && html.contains("Death within 30 days: what happens"))
    }

    @Test func theDescriptionStatesTheNumbers() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(FigureSamples.improvement + FigureSamples.relapse))
        #expect(figures[0].contains("29 have the outcome anyway, also with Placebo; 59 have it thanks to IVIG; 12 do not have it even with IVIG."))
        #expect(figures[0].contains("NNTB 2 (95% CI, 2-11)"))
        #expect(figures[1].contains("Risk ratio 3.06 (95% CI, 0.92-10.17)"))
        #expect(figures[2].contains("IVIG 7 of 8, 88% (95% CI, 53%-98%)"))
        #expect(figures[3].contains("All censored: 3 patients, 0 events, median not reached"))
        #expect(figures[3].contains("Log-rank test, <i>P</i>\u{00A0}=\u{00A0}"), "P stays with its value")
    }

    @Test func numbersFollowTheDocumentsStyle() throws {
        let figures = FigureSamples.figures(in: try FigureSamples.bodyHTML(FigureSamples.improvement, style: "bmj"))
        #expect(figures[1].contains("Risk ratio 3.06 (95% CI 0.92 to 10.17)"))
        let apa = FigureSamples.figures(in: try FigureSamples.bodyHTML(FigureSamples.improvement, style: "apa"))
        #expect(apa[1].contains(">3.06 [0.92, 10.17]</text>"))
    }

    @Test func renderingIsDeterministic() throws {
        #expect(try FigureSamples.bodyHTML(FigureSamples.everything) == FigureSamples.bodyHTML(FigureSamples.everything))
    }

    @Test func textFromTheDocumentIsEscaped() throws {
        let html = try FigureSamples.bodyHTML(FigureSamples.fence("x", "type: binary\noutcome: \"<script>alert(1)</script>\"\narms: {\"A<b>\": 1/10, B: 3/10}\nfigures: [icons, bars]"))
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;") && html.contains("A&lt;b&gt;"))
    }
}

/// Figures that cannot be drawn, and layouts that must stay inside the drawing.
struct FigureLimitTests {
    @Test func aFigureThatCannotBeDrawnLeavesANoteAndNoNumber() throws {
        let html = try FigureSamples.bodyHTML(FigureSamples.fence("three", "type: continuous\narms: {A: [1, 2, 3], B: [2, 3, 4], C: [3, 4, 5]}\nfigures: [forest, bars]"))
        #expect(html.contains("<p class=\"figure-unavailable\">The forest figure of data block three was not drawn"))
        let figures = FigureSamples.figures(in: html)
        #expect(figures.count == 1)
        #expect(figures.first?.contains("id=\"figure-1\"") == true && figures.first?.contains("figure-bars") == true)
    }

    @Test func aLongKaplanMeierLegendWrapsInsideTheDrawing() throws {
        let names = ["First long arm name", "Second long arm name", "Third long arm name", "Fourth"]
        let rows = names.flatMap { ["\($0),2,1", "\($0),5,0"] }.joined(separator: "\n  ")
        let html = try FigureSamples.bodyHTML(FigureSamples.fence("s", "type: survival\ncsv: |\n  group,time,event\n  \(rows)\nfigures: [km]"))
        let figure = try #require(FigureSamples.figures(in: html).first)
        let xs = figure.split(separator: " ").filter { $0.hasPrefix("x=\"") || $0.hasPrefix("x2=\"") }
            .compactMap { Double($0.split(separator: "\"")[1]) }
        #expect(!xs.isEmpty && xs.allSatisfy { $0 <= 478 })
        #expect(figure.contains("y=\"42.5\" font-size=\"13.5\">Third long arm name</text>"))
    }
}

/// Forest plot text stays inside the drawing however long the printed estimates are.
struct ForestPlotWidthTests {
    @Test func aLongEstimateWidensTheViewBoxToHoldIt() {
        let long = "NNTB 2 (95% CI, NNTB 1 to NNTB 22 to ∞ to NNTH 40)"
        let row = ForestPlot.Row(label: "Number needed to treat", value: 0.5, low: 0.1, high: 0.9, text: long)
        let plot = ForestPlot(sections: [ForestPlot.Section(logarithmic: false, noEffect: 0, axisTitle: "Difference",
                                                            percentTicks: false, lowSide: nil, highSide: nil, rows: [row])])
        #expect(plot.width >= 308 + SVG.width(long, size: 13) * 1.15)
        let short = ForestPlot(sections: [ForestPlot.Section(logarithmic: false, noEffect: 0, axisTitle: "Difference", percentTicks: false,
                                                             lowSide: nil, highSide: nil, rows: [ForestPlot.Row(label: "RD", value: 0.5, low: 0.1, high: 0.9, text: "0.50 (0.10 to 0.90)")])])
        #expect(short.width == 480)
    }
}
