import Appraisal
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Publishing
import Testing
import TestRandom

/// The JATS article: well-formed, every heading a section, tables and figures in JATS form,
/// citations pointing at references, nothing empty or invented; and pandoc's JATS reader reads
/// every section back when pandoc is installed (`make test` installs it).
struct JATSArticleTests {
    /// Collects elements, attributes, section titles and empty elements.
    final class Reader: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var error: Error?
        var titles: [String] = []
        var empty: [String] = []
        private var stack: [(name: String, text: String, children: Int)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            if !stack.isEmpty { stack[stack.count - 1].children += 1 }
            stack.append((name, "", 0))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in stack.indices { stack[index].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { return }
            if name == "title", stack.last?.name == "sec" { titles.append(element.text) }
            let mayBeEmpty: Set = ["xref", "graphic", "self-uri", "etal", "body", "td", "th"]
            if element.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, element.children == 0, !mayBeEmpty.contains(name) {
                empty.append(name)
            }
        }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }

        func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
        func values(_ name: String, _ attribute: String) -> [String] { elements.filter { $0.name == name }.compactMap { $0.attributes[attribute] } }
    }

    static func render(_ text: String, displayPath: String = "appraisals/everything.md") throws -> ReportRenderer.Output {
        let source = AppraisalSource(file: SourceFile(displayPath: displayPath, text: text))
        return ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site).render(source)
    }

    static func everything() throws -> ReportRenderer.Output {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/everything.md")
        return try render(String(contentsOf: url, encoding: .utf8))
    }

    static func read(_ xml: String) -> Reader {
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse(), "not well-formed: \(String(describing: reader.error))")
        return reader
    }

    static func file(_ output: ReportRenderer.Output, _ suffix: String) throws -> String {
        try #require(output.exports.first { $0.path.hasSuffix(suffix) }).text
    }

    @Test func theEverythingArticleIsWellFormedJATS13() throws {
        let output = try Self.everything()
        let xml = try Self.file(output, ".jats.xml")
        #expect(xml.contains("<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN\""))
        let reader = Self.read(xml)
        #expect(reader.elements.first?.name == "article")
        #expect(reader.elements.first?.attributes["dtd-version"] == "1.3")
        #expect(reader.empty.isEmpty, "empty elements: \(reader.empty)")
        #expect(reader.titles == ["Clinical question", "Clinical bottom line", "Clinical scenario", "Lists, quotes and code", "Results computed from data", "Appraisal"])
        #expect(reader.values("article-id", "pub-id-type") == ["doi"])
        #expect(reader.count("contrib") == 2 && reader.count("aff") == 1)
        #expect(reader.count("table-wrap") >= 3)
        #expect(!reader.elements.contains { ["span", "i", "figure", "figcaption", "div", "svg"].contains($0.name) }, "no HTML left")
        let refs = Set(reader.values("ref", "id"))
        #expect(!refs.isEmpty && reader.count("element-citation") == refs.count)
        #expect(Set(reader.values("xref", "rid").filter { $0.hasPrefix("ref-") }).isSubset(of: refs))
        let graphics = reader.values("graphic", "xlink:href")
        #expect(graphics.count == reader.count("fig") && !graphics.isEmpty)
        for graphic in graphics {
            let svg = try #require(output.exports.first { $0.path == graphic }, "\(graphic) is written beside the article").text
            #expect(Self.read(svg).elements.first?.name == "svg")
        }
    }

    /// `appraise check` writes nothing, so it asks for the page (templates can fail) but not for
    /// the JSON and exports that only ever become files.
    @Test func checkingWithoutPublishingMakesThePageButNoFiles() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/everything.md")
        let source = AppraisalSource(file: SourceFile(displayPath: "appraisals/everything.md", text: try String(contentsOf: url, encoding: .utf8)))
        let renderer = ReportRenderer(templates: try Fixtures.builtInTemplates(), site: Fixtures.site)
        let checked = renderer.render(source, publishing: false)
        let published = renderer.render(source)
        #expect(checked.page == published.page && checked.page != nil)
        #expect(checked.diagnostics == published.diagnostics)
        #expect(checked.exports.isEmpty && checked.json.isEmpty)
        #expect(!published.exports.isEmpty && !published.json.isEmpty)
    }

    /// A table cell "P < .001" reached JATS as "P&lt; .001": the parser handed the space before
    /// the entity over as a chunk of its own, and whitespace-only chunks were dropped.
    @Test func aPValueKeepsItsSpaceInJATSTables() throws {
        let text = "---\ntitle: Strong effect\ndate: 2020-01-02\n---\n```data d\ntype: binary\narms: {Drug: 90/100, Placebo: 10/100}\n```\n"
        let xml = try Self.file(try Self.render(text, displayPath: "strong.md"), ".jats.xml")
        #expect(xml.contains("<italic>P</italic>\u{00A0}&lt;\u{00A0}.001</td>"))
        #expect(!xml.contains("</italic>&lt;"))
    }

    @Test func aBareReportStillGivesValidExportsWithNothingInvented() throws {
        let output = try Self.render("---\ntitle: Bare & <plain>\ndate: 2020-01-02\n---\nText only.\n", displayPath: "bare.md")
        #expect(output.exports.map(\.path).sorted() == ["bare.bib", "bare.csl.json", "bare.jats.xml", "bare.ris"])
        let reader = Self.read(try Self.file(output, ".jats.xml"))
        #expect(reader.empty.isEmpty, "empty elements: \(reader.empty)")
        for absent in ["contrib-group", "back", "ref-list", "article-id", "abstract", "kwd-group", "self-uri"] {
            #expect(reader.count(absent) == 0, "\(absent) without a value")
        }
        let bib = try #require(CitationFormatReaders.bibtex(try Self.file(output, ".bib"))?.first)
        #expect(bib.fields.keys.sorted() == ["day", "journal", "month", "title", "year"])
        #expect(CitationFormatReaders.latex(bib.fields["title"] ?? "") == "Bare & <plain>")
        let ris = try #require(CitationFormatReaders.ris(try Self.file(output, ".ris"))?.first)
        #expect(ris.map(\.tag) == ["TY", "TI", "T2", "PY", "DA", "ID", "ER"])
        let page = try #require(output.page)
        #expect(!page.contains("citation_author") && !page.contains("citation_doi") && !page.contains("citation_pdf_url"))
        #expect(!page.contains("rel=\"canonical\""), "no base URL, no canonical link")
    }

    /// A link is external exactly when its lowercased destination starts with a scheme, as the
    /// Character comparison decided: case, combining marks after the scheme, look-alike control
    /// bytes and letters that lowercase to ASCII (the Kelvin sign, dotted İ) included.
    @Test func externalLinksAreThoseTheCharacterComparisonFinds() {
        func byCharacters(_ destination: String) -> Bool {
            let lower = destination.lowercased()
            return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
        }
        var random = SplitMix64(seed: 49)
        let pieces = ["http", "HTTP", "s", "S", "://", ":/", ":\u{0F}/", ":", "/", "mailto", "MailTo", "\u{301}", "\u{212A}", "\u{130}",
                      "x", "é", "ftp", ""]
        for _ in 0..<5000 {
            let destination = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(JATSSections.isExternal(destination) == byCharacters(destination), "\(destination.debugDescription)")
        }
    }

    @Test func aRecordWithoutADateWritesNoDate() throws {
        var record = AppraisalRecord(slug: "x", frontMatter: FrontMatter(title: "T", date: try #require(ISODate("2020-01-01"))), site: Fixtures.site)
        record.date = nil
        let reference = record.reference
        #expect(!BibTeXWriter.entry(reference).contains("year"))
        #expect(!RISWriter.record(reference).contains("PY  -") && !CSLJSONWriter.document([reference]).contains("issued"))
        #expect(!JATSFront.articleMeta(record, names: reference.authors).contains("pub-date"))
        #expect(!HeadMetadata.html(record, appraised: nil).markup.contains("citation_publication_date"))
    }

    @Test func pandocsJATSReaderReadsEverySectionBack() throws {
        let candidates = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"]
        guard let pandoc = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: pandoc is not installed (make test installs it); the JATS article was checked for well-formedness only")
            return
        }
        let output = try Self.everything()
        let xml = try Self.file(output, ".jats.xml")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(xml, to: "article.jats.xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["--standalone", "-f", "jats", "-t", "markdown", "-o", folder.url.appendingPathComponent("article.md").path,
                             folder.url.appendingPathComponent("article.jats.xml").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let markdown = try folder.read("article.md")
        for title in Self.read(xml).titles {
            #expect(markdown.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && $0.contains(title) },
                    "pandoc lost the section \(title)")
        }
        #expect(markdown.contains("family: Dalakas"), "the reference list is read as CSL references")
        #expect(markdown.contains("- A. Student") && markdown.contains("abstract:"), "authors and abstract are read")
    }
}
