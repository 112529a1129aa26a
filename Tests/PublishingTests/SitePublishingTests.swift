import Appraisal
import Foundation
import Publishing
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A whole multi-appraisal site: every link resolves, the feed is Atom, the sitemap is complete.
struct SitePublishingTests {
    static let settings = SiteSettings(title: "Journal club", description: "Appraisals & more", baseURL: "https://example.org/cats/",
                                       buildDate: ISODate("2020-01-01")!)

    static func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let tags = ["tags: [Heart failure, diuretics]\ndesign: rct\nevidence: {scale: sort, level: 1}\nexpires: 2019-06-01\n",
                    "tags: [heart-failure]\ndesign: cohort\nauthor: B. Author\nbottom_line: Probably helps.\n",
                    "tags: [Paediatrics]\ndesign: diagnostic\nevidence: {scale: sort, level: 2}\nexpires: 2030-01-01\n"]
        for (index, extra) in tags.enumerated() {
            try folder.write(Fixtures.appraisal(title: "Topic \(index) <&>", date: "2018-0\(index + 1)-01",
                                                body: "See ![the flow chart](img/flow-\(index).svg) and [the protocol](files/protocol.txt#part).\n",
                                                extra: extra),
                             to: "appraisals/topic-\(index).md")
            try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", to: "appraisals/img/flow-\(index).svg")
        }
        try folder.write("protocol", to: "appraisals/files/protocol.txt")
        return folder
    }

    @Test func everyLinkAndImageResolvesInsideTheOutput() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let result = try await Fixtures.build(folder, site: Self.settings)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let files = folder.files(under: "output")
        #expect(files.contains("tags/heart-failure.html") && files.contains("designs/cohort-study.html") && files.contains("levels/sort-level-2.html"))
        #expect(files.contains("img/flow-1.svg") && files.contains("files/protocol.txt"))
        var checked = 0
        for page in files where page.hasSuffix(".html") {
            let html = try folder.read("output/\(page)")
            let folderOfPage = (page as NSString).deletingLastPathComponent
            for link in Self.links(in: html) {
                guard !link.contains("://"), !link.hasPrefix("#"), !link.hasPrefix("mailto:") else { continue }
                let path = String(link.prefix { $0 != "#" && $0 != "?" })
                let resolved = ((folderOfPage.isEmpty ? path : folderOfPage + "/" + path) as NSString).standardizingPath
                #expect(!resolved.hasPrefix(".."), "\(page) links outside the site: \(link)")
                #expect(folder.exists("output/\(resolved)"), "\(page) links to missing \(link)")
                checked += 1
            }
        }
        #expect(checked > 50)
        let tagPage = try folder.read("output/tags/heart-failure.html")
        #expect(tagPage.contains("href=\"../topic-0.html\"") && tagPage.contains("href=\"../topic-1.html\""), "both spellings share a page")
        #expect(!tagPage.contains("href=\"../topic-2.html\""))
        let index = try folder.read("output/index.html")
        #expect(index.components(separatedBy: "<span class=\"badge expired\">").count == 2, "only the appraisal past its date is expired")
        #expect(index.contains("Topic 0 &lt;&amp;&gt;") && index.contains("B. Author") && index.contains("SORT level 2"))
    }

    @Test func theFeedIsAtomWithOneEntryPerAppraisalAndTheSitemapListsEveryPage() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        _ = try await Fixtures.build(folder, site: Self.settings)
        let feed = try XMLOutline(Data(contentsOf: folder.url.appendingPathComponent("output/feed.xml")))
        #expect(feed.root == "feed" && feed.rootNamespace == "http://www.w3.org/2005/Atom")
        #expect(feed.count(of: "entry") == 3)
        #expect(feed.texts(of: "summary").contains("Probably helps."))
        #expect(feed.texts(of: "id").contains("https://example.org/cats/topic-1.html"))
        #expect(feed.texts(of: "title").contains("Topic 0 <&>"))
        let sitemap = try XMLOutline(Data(contentsOf: folder.url.appendingPathComponent("output/sitemap.xml")))
        let listed = Set(sitemap.texts(of: "loc"))
        let pages = Set(folder.files(under: "output").filter { $0.hasSuffix(".html") }.map { "https://example.org/cats/" + $0 })
        #expect(listed == pages)
        let search = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("output/search.json")))
        #expect((search as? [[String: Any]])?.compactMap { $0["slug"] as? String } == ["topic-2", "topic-1", "topic-0"])
    }

    @Test func withoutABaseURLThereIsNoFeedAndNoSitemap() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let result = try await Fixtures.build(folder)
        #expect(!result.wroteFeed)
        #expect(!folder.exists("output/feed.xml") && !folder.exists("output/sitemap.xml"))
        #expect(!(try folder.read("output/index.html")).contains("feed.xml"))
    }

    @Test func brokenLinksAndMissingImagesAreLocatedFindings() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Links", date: "2018-09-12",
                                            body: "Text.\n\n![chart](img/none.png) and [data](missing.csv) and [out](../../secret.txt) [web](https://example.org/x.png)\n"),
                         to: "appraisals/links.md")
        let result = try await Fixtures.build(folder)
        #expect(result.diagnostics.map(\.headline) == [
            "appraisals/links.md:7:1: warning: the image 'img/none.png' does not exist",
            "appraisals/links.md:7:28: warning: the linked file 'missing.csv' does not exist",
            "appraisals/links.md:7:52: warning: the linked file '../../secret.txt' is outside the project",
        ])
        #expect(result.diagnostics.map(\.code) == ["missing-image", "broken-link", "link-outside-project"])
        #expect(result.pages.count == 1)
    }

    @Test func searchIsTheSiteOwnPageNameToo() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Search", date: "2018-09-12"), to: "appraisals/search.md")
        let result = try await Fixtures.build(folder)
        #expect(result.diagnostics.map(\.headline) == ["appraisals/search.md: error: 'search' is the site's own page name"])
        #expect(try folder.read("output/search.json") == "[]\n")
    }

    static func links(in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let attribute = rest.firstMatch(of: /(?:href|src)="([^"]*)"/) {
            found.append(String(attribute.1))
            rest = rest[attribute.range.upperBound...]
        }
        return found.map { $0.replacingOccurrences(of: "&amp;", with: "&") }
    }
}

/// Element names and texts of an XML document, read with Foundation's `XMLParser`.
final class XMLOutline: NSObject, XMLParserDelegate {
    private(set) var root: String?
    private(set) var rootNamespace: String?
    private var elements: [(String, String)] = []
    private var stack: [(String, String)] = []

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.propertyListReadCorrupt) }
    }

    func count(of name: String) -> Int { elements.count { $0.0 == name } }
    func texts(of name: String) -> [String] { elements.filter { $0.0 == name }.map(\.1) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { (root, rootNamespace) = (elementName, namespaceURI) }
        stack.append((elementName, ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].1 += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let element = stack.popLast() { elements.append(element) }
    }
}
