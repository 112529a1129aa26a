import Appraisal
import Markdown

/// The report as a JATS 1.3 Archiving article (`<slug>.jats.xml`), with its figures as SVG
/// files beside it: `<front>` from the front matter, `<body>` from the analysed Markdown tree,
/// `<back>` with the reference list as `<element-citation>`s.
struct JATSArticle {
    /// The article and its figures.
    var files: [ExportFile]

    /// The public identifiers of the JATS 1.3 Archiving DTD.
    static let doctype = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN\" \"JATS-archivearticle1-3.dtd\">"

    /// Builds the article of a rendered report.
    init(source: AppraisalSource, cited: CitedBody, record: AppraisalRecord, analysis: DocumentAnalysis, structure: AppraisalStructure,
         drawn: DrawnDataBlocks, exports: ReportExports) {
        let citations = structure.citations
        var listed = citations.cited
        if let appraised = citations.appraised?.id, !listed.contains(appraised) { listed.append(appraised) }
        let references = listed.compactMap { citations.references[$0] }
        let numbers = Dictionary(references.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        let body = JATSBody(source: source, cited: cited, slug: record.slug, analysis: analysis, structure: structure, drawn: drawn,
                            citationNumbers: numbers)
        let lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            JATSArticle.doctype,
            "<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\" dtd-version=\"1.3\" article-type=\"review-article\" xml:lang=\"\(XMLText.escape(record.language))\">",
            "<front>",
            JATSFront.journalMeta(record),
            JATSFront.articleMeta(record, names: exports.reference.authors),
            "</front>",
        ]
        var tail = ["</article>"]
        if !references.isEmpty {
            tail = ["<back>\n<ref-list>\n<title>References</title>"] + references.enumerated().map { JATSReference.ref($1, number: $0 + 1) }
                + ["</ref-list>\n</back>"] + tail
        }
        // Each line and the body are copied once, into text of their total length: the body
        // interpolated into its line, the lines joined and a newline added made three copies.
        var text = ""
        text.reserveCapacity((lines + tail).reduce(body.xml.utf8.count + 16) { $0 + $1.utf8.count + 1 })
        for line in lines {
            text += line
            text += "\n"
        }
        if body.xml.isEmpty {
            text += "<body/>\n"
        } else {
            text += "<body>\n"
            text += body.xml
            text += "</body>\n"
        }
        for line in tail {
            text += line
            text += "\n"
        }
        files = [ExportFile(path: exports.jatsPath, text: text)]
        files += body.figures.map { ExportFile(path: JATSBody.figurePath(slug: record.slug, number: $0.number), text: $0.draft.svgFile(number: $0.number)) }
    }
}
