import Markdown
@testable import Publishing
import Testing
import TestRandom

/// A generated table's JATS, written directly, must be what `JATSTableMarkup.convert` makes of
/// its HTML, the way the JATS article was made before: the converter is the oracle.
struct GeneratedTableTests {
    /// Cell contents of every kind the converter treats differently: plain text, entities, white
    /// space (ASCII and not), `<i>` and other inline elements, elements it unwraps, control
    /// characters XML forbids, and text that must be escaped again.
    static let contents: [SafeHTML] = [
        "", " ", "\n", "\u{00A0}", " \u{00A0} ", "7", "88% (95%\u{00A0}CI, 53%-98%)", "—", "EER − CER", "Fisher&#39;s exact test",
        "&lt;0.001", "a &amp; b", "&quot;q&quot;", "<i>P</i> = .04", "<i>P</i> ", " <i>P</i>", "<i> </i>", "<i>t</i>(28) = 2.1",
        "x<sup>2</sup>", "<b>bold</b>", "<em>e</em>", "<strong>s</strong>", "<sub>i</sub>", "<span class=\"note\">kept text</span>",
        "<span class=\"x\"> </span>", "I² (%)", "τ²", "tab\there", "bell\u{7}", "'apostrophe'", "\"quote\"", "é\u{301}",
    ]

    static func randomTable(_ random: inout SplitMix64) -> GeneratedTable {
        func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
        let width = 1 + Int(random.next() % 5)
        func row() -> GeneratedTable.Row {
            let cells = (0..<width).map { index -> GeneratedTable.Cell in
                index == 0 && random.next() % 3 != 0
                    ? .header(pick(contents), scope: pick([.row, .rowgroup]), colspan: random.next() % 4 == 0 ? 2 : nil)
                    : .data(pick(contents), colspan: random.next() % 5 == 0 ? 3 : nil,
                            html: pick(["", " class=\"method\" data-label=\"Method\"", " data-label=\"Estimate\""]))
            }
            return GeneratedTable.Row(cells: cells, htmlAttributes: pick(["", " class=\"unavailable\"", " data-key=\"k\""]))
        }
        let head = GeneratedTable.Row(cells: (0..<width).map { _ in .header(pick(contents), scope: .col) })
        return GeneratedTable(htmlAttributes: pick(["", " class=\"arms\"", " class=\"arms two-by-two\""]), head: head,
                              body: (0..<Int(random.next() % 6)).map { _ in row() }, foot: random.next() % 2 == 0 ? nil : row())
    }

    @Test func jatsIsWhatTheConverterMakesOfTheHTML() throws {
        var random = SplitMix64(seed: 14)
        for _ in 0..<2_000 {
            let table = Self.randomTable(&random)
            let converted = try #require(JATSTableMarkup.convert(table.html), "\(table.html.markup)")
            #expect(converted.tables == [table.jats], "\(table.html.markup)")
        }
    }

    @Test(arguments: contents)
    func eachCellContentIsConvertedAsInsideATable(content: SafeHTML) throws {
        let table = GeneratedTable(htmlAttributes: "", head: GeneratedTable.Row(cells: [.header(content, scope: .col)]),
                                   body: [GeneratedTable.Row(cells: [.data(content)])])
        #expect(JATSTableMarkup.convert(table.html)?.tables == [table.jats])
    }

    /// The captions and " (continued)" titles, as the article wrapped a figure's tables before.
    @Test func tableWrapsMatchTheConvertedFigure() throws {
        var random = SplitMix64(seed: 15)
        for caption in ["Outcome", " Padded &amp; escaped ", "Appraisal checklist: CASP. <span class=\"checklist-summary\">3 of 11 yes.</span>", ""] as [SafeHTML] {
            let figure = CaptionedTables(caption: caption, tables: (0..<Int(random.next() % 3)).map { _ in Self.randomTable(&random) })
            let html: SafeHTML = "<figure>\n<figcaption>\(caption)</figcaption>\n\(SafeHTML(joining: figure.tables.map(\.html)))</figure>\n"
            let converted = try #require(JATSTableMarkup.convert(html))
            let title = converted.caption ?? ""
            let expected = converted.tables.enumerated().map { index, table in
                let heading = title.isEmpty ? "" : "<caption><title>\(title)\(index == 0 ? "" : " (continued)")</title></caption>"
                return "<table-wrap id=\"t-\(index + 1)\">\(heading)\(table)</table-wrap>\n"
            }.joined()
            #expect(figure.tableWraps(id: "t") == expected)
        }
    }
}
