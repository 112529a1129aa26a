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

    /// The body of `source`, whose citations `cited` has found and whose figures are written as
    /// `<slug>-figure-N.svg`: data blocks, checklists and citations replaced in one rewrite, with
    /// the tables and figures the page drew (`drawn`).
    init(source: AppraisalSource, cited: CitedBody, slug: String, analysis: DocumentAnalysis, structure: AppraisalStructure,
         drawn: DrawnDataBlocks, citationNumbers: [String: Int]) {
        var figures: [(Int, FigureDraft)] = []
        let checklists = Dictionary(structure.checklists.map { ($0.position, $0) }, uniquingKeysWith: { first, _ in first })
        var checklistCount = 0
        var values: [Int: SafeHTML] = [:]
        for (index, text) in analysis.values {
            values[index] = SafeHTML(stringLiteral: text.segments.map { segment in
                segment.isItalic ? "<italic>\(XMLText.escape(segment.text))</italic>" : XMLText.escape(segment.text)
            }.joined())
        }
        // Expressions are substituted in the same pass: the generated nodes put in here hold none.
        let substitute = ExpressionSubstitution.transform(sites: source.expressions, values: values)
        // Paragraphs and headings on whose lines nothing is replaced are kept unread.
        let passOver = ExpressionSubstitution.holdsNothingToReplace(source, citations: cited.markers) ?? { _ in false }
        let tree = cited.tree.rewritten(passingOver: passOver) { node in
            switch node.kind {
            case .codeBlock(let info, _):
                if let id = DataBlockCollector.blockID(info: info) {
                    guard drawn.results[id] != nil else { return [] }
                    let xml = JATSBody.dataBlock(id, drawn: drawn, figures: &figures, slug: slug)
                    return xml.isEmpty ? [] : [MarkdownNode(.generatedBlock(SafeHTML(stringLiteral: xml)), range: node.range)]
                }
                guard let start = node.range?.start, let checklist = checklists[start] else { return substitute?(node) }
                checklistCount += 1
                let xml = ChecklistTable.tables(checklist).tableWraps(id: "checklist-\(checklistCount)")
                return [MarkdownNode(.generatedBlock(SafeHTML(stringLiteral: xml)), range: node.range)]
            case .generatedInline:
                guard let marker = cited.marker(of: node) else { return substitute?(node) }
                let numbers = Array(Set(marker.keys.compactMap { citationNumbers[$0] })).sorted()
                let xrefs = numbers.map { "<xref ref-type=\"bibr\" rid=\"ref-\($0)\">\($0)</xref>" }.joined(separator: ",")
                return [MarkdownNode(.generatedInline(SafeHTML(stringLiteral: "<sup>\(xrefs)</sup>")), range: nil)]
            default:
                return substitute?(node)
            }
        }
        xml = JATSSections.render(tree)
        self.figures = figures
    }

    /// A data block's result tables as `<table-wrap>`s and its figures as `<fig>`s (each figure
    /// also added to `figures`).
    static func dataBlock(_ id: String, drawn: DrawnDataBlocks, figures: inout [(Int, FigureDraft)], slug: String) -> String {
        var xml = drawn.tables[id].map { $0.tableWraps(id: "data-\(id)") } ?? ""
        for entry in drawn.figures[id] ?? [] {
            switch entry {
            case .drawn(let number, let draft):
                figures.append((number, draft))
                xml += fig(draft, number: number, slug: slug)
            case .unavailable:
                xml += "<p>\(JATSTableMarkup.inline(entry.unavailableNote ?? ""))</p>\n"
            }
        }
        return xml
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
