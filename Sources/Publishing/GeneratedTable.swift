import Markdown

/// A table this tool generates (a data block's result tables, a checklist), kept as rows of
/// cells so that the page and the JATS article each get it written directly.
///
/// The article used to read the page's HTML back with `JATSTableMarkup` to find each table's
/// structure again (4% of a site build's instructions). Now the structure is written from here,
/// and only a cell whose content has markup other than `<i>` goes through the converter, which
/// stays the oracle: `GeneratedTableTests` checks that both give the same JATS.
struct GeneratedTable: Sendable {
    /// One `th` or `td`.
    struct Cell: Sendable {
        /// The cell's content.
        var content: SafeHTML
        /// Whether it is a header cell (`th`).
        var isHeader: Bool
        /// The `scope` of a header cell.
        var scope: Scope?
        /// How many columns the cell spans, when more than one.
        var colspan: Int?
        /// Attributes only the page has (`class`, `data-label`), each with its leading space.
        var htmlAttributes: SafeHTML

        /// What a header cell heads.
        enum Scope: Sendable {
            case col, row, rowgroup

            /// The attribute as written, with its leading space: the same in HTML and JATS.
            var attribute: StaticString {
                switch self {
                case .col: " scope=\"col\""
                case .row: " scope=\"row\""
                case .rowgroup: " scope=\"rowgroup\""
                }
            }
        }

        /// A header cell for `scope`.
        static func header(_ content: SafeHTML, scope: Scope, colspan: Int? = nil) -> Cell {
            Cell(content: content, isHeader: true, scope: scope, colspan: colspan, htmlAttributes: "")
        }

        /// A data cell.
        static func data(_ content: SafeHTML, colspan: Int? = nil, html attributes: SafeHTML = "") -> Cell {
            Cell(content: content, isHeader: false, scope: nil, colspan: colspan, htmlAttributes: attributes)
        }
    }

    /// One `tr`.
    struct Row: Sendable {
        /// The cells, in order.
        var cells: [Cell]
        /// Attributes only the page has (`class`, `data-key`), each with its leading space.
        var htmlAttributes: SafeHTML = ""
    }

    /// Attributes of the `table` element on the page (its `class`), each with its leading space.
    var htmlAttributes: SafeHTML
    /// The header row.
    var head: Row
    /// The body rows.
    var body: [Row]
    /// The footer row (a note across every column), if any.
    var foot: Row?

    /// The table as the page has it: one line for the header and each row. Written as bytes
    /// from the cells' markup and literals, so it is as safe as they are.
    var html: SafeHTML { SafeHTML(writtenMarkup: written(asMarkup: true)) }

    /// The table in JATS's XHTML table model: only `scope` and `colspan` kept, content as JATS
    /// inline markup, no layout white space.
    var jats: String { String(assembledUTF8: written(asMarkup: false)) }

    /// The table as HTML (`asMarkup`) or as JATS: the same elements, with the page's attributes
    /// and line breaks only in HTML.
    private func written(asMarkup markup: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        func appendLineBreak() {
            if markup { output.append(UInt8(ascii: "\n")) }
        }
        ByteSearch.appendLiteral("<table", to: &output)
        if markup { ByteSearch.append(htmlAttributes.markup, to: &output) }
        output.append(UInt8(ascii: ">"))
        appendLineBreak()
        ByteSearch.appendLiteral("<thead>", to: &output)
        GeneratedTable.append(head, to: &output, markup: markup)
        ByteSearch.appendLiteral("</thead>", to: &output)
        appendLineBreak()
        ByteSearch.appendLiteral("<tbody>", to: &output)
        appendLineBreak()
        for row in body {
            GeneratedTable.append(row, to: &output, markup: markup)
            appendLineBreak()
        }
        ByteSearch.appendLiteral("</tbody>", to: &output)
        appendLineBreak()
        if let foot {
            ByteSearch.appendLiteral("<tfoot>", to: &output)
            GeneratedTable.append(foot, to: &output, markup: markup)
            ByteSearch.appendLiteral("</tfoot>", to: &output)
            appendLineBreak()
        }
        ByteSearch.appendLiteral("</table>", to: &output)
        appendLineBreak()
        return output
    }

    /// Appends `row` as the page has it (`markup`), with its HTML-only attributes and its cells'
    /// markup, or as JATS, with only `scope` and `colspan` and its cells' content converted.
    private static func append(_ row: Row, to output: inout [UInt8], markup: Bool) {
        ByteSearch.appendLiteral("<tr", to: &output)
        if markup { ByteSearch.append(row.htmlAttributes.markup, to: &output) }
        output.append(UInt8(ascii: ">"))
        for cell in row.cells {
            ByteSearch.appendLiteral(cell.isHeader ? "<th" : "<td", to: &output)
            if let scope = cell.scope { ByteSearch.appendLiteral(scope.attribute, to: &output) }
            if let colspan = cell.colspan { output += " colspan=\"\(colspan)\"".utf8 }
            if markup {
                ByteSearch.append(cell.htmlAttributes.markup, to: &output)
                output.append(UInt8(ascii: ">"))
                ByteSearch.append(cell.content.markup, to: &output)
            } else {
                output.append(UInt8(ascii: ">"))
                JATSTableMarkup.appendCellContent(cell.content, to: &output)
            }
            ByteSearch.appendLiteral(cell.isHeader ? "</th>" : "</td>", to: &output)
        }
        ByteSearch.appendLiteral("</tr>", to: &output)
    }
}

/// Tables under one caption, as a data block's result tables or a checklist are shown.
struct CaptionedTables: Sendable {
    /// The caption, as inline HTML.
    var caption: SafeHTML
    /// The tables, in order.
    var tables: [GeneratedTable]

    /// Each table as a JATS `<table-wrap>` with the caption as its title (" (continued)" after
    /// the first); nothing when there is no table.
    func tableWraps(id: String) -> String {
        let title = JATSTableMarkup.captionText(caption)
        return tables.enumerated().map { index, table in
            let heading = title.isEmpty ? "" : "<caption><title>\(title)\(index == 0 ? "" : " (continued)")</title></caption>"
            return "<table-wrap id=\"\(id)-\(index + 1)\">\(heading)\(table.jats)</table-wrap>\n"
        }.joined()
    }
}
