import Appraisal
import Markdown

/// A report's body with its citations found in one scan, shared by the HTML page and the JATS
/// article.
///
/// Each citation becomes a placeholder inline node; each output format puts its own marker in
/// the placeholder's place during the one rewrite that also replaces its data blocks, so the
/// text is scanned for citations once per document rather than once per format.
struct CitedBody {
    /// The body with a placeholder in place of each citation.
    let tree: MarkdownNode
    /// The citations in document order; a placeholder's number indexes this list.
    let markers: [CitationMarker]

    /// Finds every citation of `source`'s body.
    init(_ source: AppraisalSource) {
        var found: [CitationMarker] = []
        tree = CitationRewriter.rewrite(source.body, source: source.lines) { marker in
            found.append(marker)
            return [MarkdownNode(.generatedInline(CitedBody.placeholder(found.count - 1)), range: nil)]
        }
        markers = found
    }

    /// The citation `node` stands for, when it is one of this body's placeholders.
    func marker(of node: MarkdownNode.InPlace) -> CitationMarker? {
        guard case .generatedInline(let html) = node.kind, html.markup.hasPrefix(CitedBody.prefix),
              let index = Int(html.markup.dropFirst(CitedBody.prefix.count)), markers.indices.contains(index) else { return nil }
        return markers[index]
    }

    /// Starts every placeholder's markup: a NUL, which neither cmark nor a generated fragment emits.
    private static let prefix = "\u{0}citation:"

    /// The placeholder of citation number `index`.
    private static func placeholder(_ index: Int) -> SafeHTML { SafeHTML(stringLiteral: prefix + String(index)) }
}
