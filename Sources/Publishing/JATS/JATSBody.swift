import Appraisal
import Markdown

/// The report's body as JATS: the same analysed Markdown tree the HTML page is rendered from,
/// with data blocks as `<table-wrap>`s and `<fig>`s, checklists as tables, citations as
/// `<xref>`s to the reference list and inline expressions as their computed values in text.
///
/// Generated pieces ride through the tree as `generatedBlock`/`generatedInline` nodes holding
/// JATS markup built here, escaped by construction like the HTML.
struct JATSBody {
    /// The `<body>` element's content: paragraphs before the first heading, then nested `<sec>`s.
    var xml: String
    /// The SVG files of the figures, by number.
    var figures: [(number: Int, draft: FigureDraft)]

    /// The body of `source`, whose figures are written as `<slug>-figure-N.svg`.
    init(source: AppraisalSource, slug: String, analysis: DocumentAnalysis, structure: AppraisalStructure, citationNumbers: [String: Int]) {
        var tree = source.body
        var figures: [(Int, FigureDraft)] = []
        let tables = Dictionary(analysis.results.map { ($0.block.id, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = FigureNumbering.entries(for: analysis.results, placed: ReviewBlocksHTML.charts(structure), structure: structure, style: analysis.style).blocks
        tree = tree.rewritten { node in
            guard case .codeBlock(let info, _) = node.kind, let id = DataBlockCollector.blockID(info: info) else { return nil }
            guard let results = tables[id] else { return [] }
            var xml = results.block.show ? JATSBody.tableWraps(ResultTable.html(results, style: analysis.style), id: "data-\(id)") : ""
            for entry in entries[id] ?? [] {
                switch entry {
                case .drawn(let number, let draft):
                    figures.append((number, draft))
                    xml += JATSBody.fig(draft, number: number, slug: slug)
                case .unavailable:
                    xml += "<p>\(JATSTableMarkup.inline(entry.unavailableNote ?? ""))</p>\n"
                }
            }
            return xml.isEmpty ? [] : [MarkdownNode(.generatedBlock(SafeHTML(stringLiteral: xml)), range: node.range)]
        }
        let checklists = Dictionary(structure.checklists.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        var checklistCount = 0
        tree = tree.rewritten { node in
            guard case .codeBlock = node.kind, let start = node.range?.start, let checklist = checklists[start] else { return nil }
            checklistCount += 1
            let xml = JATSBody.tableWraps(ChecklistTable.html(checklist), id: "checklist-\(checklistCount)")
            return [MarkdownNode(.generatedBlock(SafeHTML(stringLiteral: xml)), range: node.range)]
        }
        tree = CitationRewriter.rewrite(tree) { found in
            let numbers = Array(Set(found.keys.compactMap { citationNumbers[$0] })).sorted()
            let xrefs = numbers.map { "<xref ref-type=\"bibr\" rid=\"ref-\($0)\">\($0)</xref>" }.joined(separator: ",")
            return [MarkdownNode(.generatedInline(SafeHTML(stringLiteral: "<sup>\(xrefs)</sup>")), range: nil)]
        }
        var values: [Int: SafeHTML] = [:]
        for (index, text) in analysis.values {
            values[index] = SafeHTML(stringLiteral: text.segments.map { segment in
                segment.isItalic ? "<italic>\(XMLText.escape(segment.text))</italic>" : XMLText.escape(segment.text)
            }.joined())
        }
        tree = ExpressionSubstitution.apply(to: tree, sites: source.expressions, values: values)
        xml = JATSSections.render(tree)
        self.figures = figures
    }

    /// Each table of a generated fragment as a `<table-wrap>` with the fragment's caption.
    static func tableWraps(_ fragment: SafeHTML, id: String) -> String {
        guard let converted = JATSTableMarkup.convert(fragment), !converted.tables.isEmpty else { return "" }
        let title = converted.caption ?? ""
        return converted.tables.enumerated().map { index, table in
            let caption = title.isEmpty ? "" : "<caption><title>\(title)\(index == 0 ? "" : " (continued)")</title></caption>"
            return "<table-wrap id=\"\(id)-\(index + 1)\">\(caption)\(table)</table-wrap>\n"
        }.joined()
    }

    /// A figure pointing at its SVG file, with the title and description for screen readers.
    static func fig(_ draft: FigureDraft, number: Int, slug: String) -> String {
        let caption = JATSTableMarkup.inline(draft.caption)
        let href = XMLText.escape(JATSBody.figurePath(slug: slug, number: number))
        return "<fig id=\"figure-\(number)\"><label>Figure \(number)</label><caption><p>\(caption)</p></caption>"
            + "<graphic xlink:href=\"\(href)\" mimetype=\"image\" mime-subtype=\"svg+xml\">"
            + "<alt-text>\(XMLText.escape(draft.title))</alt-text><long-desc>\(XMLText.escape(draft.description))</long-desc></graphic></fig>\n"
    }

    /// Where figure `number` of page `slug` is written.
    static func figurePath(slug: String, number: Int) -> String { "\(slug)-figure-\(number).svg" }
}
