import Appraisal
import Foundation
@testable import Publishing
import Testing

/// Listing pages, the search index, feed and sitemap written in parts: the same bytes as the
/// whole rendering, for the built-in templates and for templates that use the list oddly.
struct ListingPartsTests {
    /// `count` summaries with tags, authors, questions and an expiry, newest first.
    static func listing(_ count: Int) -> SiteListing {
        let pages = (0..<count).map { number in
            var matter = FrontMatter(title: "Trial <\(number)> & \"more\"", date: ISODate(String(format: "2020-01-%02d", 28 - number % 28)) ?? Fixtures.buildDay)
            matter.tags = number % 3 == 0 ? [] : ["sepsis", "tag \(number % 5)"]
            matter.authors = number % 4 == 0 ? [] : [FrontMatter.Author(name: "Author \(number)")]
            matter.question = number % 2 == 0 ? "Does it work for \(number)?" : nil
            matter.design = number % 7 == 0 ? "rct" : nil
            matter.expires = number % 9 == 0 ? ISODate("2021-01-01") : nil
            return PageSummary(slug: "page-\(number)", frontMatter: matter)
        }
        return SiteListing(pages: pages.sorted(by: PageSummary.indexOrder))
    }

    static func templates(index: String, partials: [String: String] = [:]) throws -> (TemporaryFolder, TemplateSet) {
        let (folder, result) = try TemplateTests.load(partials.merging(["index.mustache": index]) { $1 })
        return (folder, try result.get())
    }

    /// The page rendered in parts of `partSize`, with what the parts rendering said.
    static func parts(_ templates: TemplateSet, _ listing: SiteListing, filter: SiteListing.Filter? = nil,
                      partSize: Int) -> (String, TemplateSet.PartsOutcome) {
        var bytes: [UInt8] = []
        let outcome = templates.render(
            "index", fields: PageContext.listingFields(listing, filter: filter, site: Fixtures.site), list: "appraisals",
            count: listing.count(of: filter), partSize: partSize,
            entries: { PageContext.listingItems(listing, filter: filter, range: $0, site: Fixtures.site) },
            into: { bytes.append(contentsOf: $0) })
        return (String(decoding: bytes, as: UTF8.self), outcome)
    }

    static func whole(_ templates: TemplateSet, _ listing: SiteListing, filter: SiteListing.Filter? = nil) -> Result<String, DiagnosticList> {
        templates.render("index", context: PageContext.listing(listing, filter: filter, site: Fixtures.site))
    }

    @Test func theBuiltInIndexAndFilterPagesInPartsAreTheWholeRendering() throws {
        let templates = try Fixtures.builtInTemplates()
        let listing = Self.listing(450)
        for filter in [nil] + listing.filters.map(Optional.some) {
            let expected = try Self.whole(templates, listing, filter: filter).get()
            for partSize in [1, 7, 200, 1000] {
                let (text, outcome) = Self.parts(templates, listing, filter: filter, partSize: partSize)
                guard case .rendered = outcome else {
                    Issue.record("the built-in index must render in parts")
                    return
                }
                #expect(text == expected, "\(filter?.href ?? "index.html") in parts of \(partSize)")
            }
        }
    }

    /// Templates whose list section sits where whitespace rules, partials and the context stack matter.
    static let customIndexes: [(String, [String: String])] = [
        ("<ol>{{#appraisals}}<li>{{title}}</li>{{/appraisals}}</ol>\n", [:]),
        ("<ol>\n  {{#appraisals}}\n  <li>{{title}} {{root}}{{heading}}</li>\n  {{/appraisals}}\n</ol>\n{{^appraisals}}none{{/appraisals}}\n", [:]),
        ("<div>\n{{>list}}\n</div>\n", ["list.mustache": "<ul>\n{{#appraisals}}\n  <li>{{#question}}\n{{question}}{{/question}}</li>\n{{/appraisals}}\n</ul>\n"]),
        ("{{#is_index}}{{#appraisals}}{{slug}},{{/appraisals}}{{/is_index}}{{^is_index}}{{#appraisals}}[{{slug}}]{{/appraisals}}{{/is_index}}", [:]),
        ("{{#heading}}{{#appraisals}}{{#tags}}{{name}}/{{/tags}} {{/appraisals}}{{/heading}}", [:]),
        ("{{<frame}}{{$body}}{{#appraisals}}<p>{{title}}</p>\n{{/appraisals}}{{/body}}{{/frame}}", ["frame.mustache": "<main>\n{{$body}}{{/body}}\n</main>\n"]),
        ("{{#appraisals}}{{uppercased(title)}}\n{{/appraisals}}", [:]),
        ("<ol class=\"{{heading}}\">{{#appraisals}}\n{{#question}}\n<li>{{title}}</li>\n{{/question}}\n{{/appraisals}}</ol>\n", [:]),
        ("{{#appraisals}}<p>{{heading}}: {{title}}</p>{{/appraisals}}\n", [:]),
        ("  {{#appraisals}}  \n  <li>{{>entry}}</li>\n  {{/appraisals}}  \n{{count_text}}", ["entry.mustache": "{{title}}{{#tags}} {{name}}{{/tags}}"]),
    ]

    @Test func customTemplatesInPartsAreTheWholeRendering() throws {
        let listing = Self.listing(450)
        for (index, partials) in Self.customIndexes {
            let (folder, templates) = try Self.templates(index: index, partials: partials)
            defer { folder.remove() }
            for filter in [nil, listing.filters.first] {
                let expected = try Self.whole(templates, listing, filter: filter).get()
                let (text, outcome) = Self.parts(templates, listing, filter: filter, partSize: 7)
                if case .rendered = outcome {
                    #expect(text == expected, "\(index)")
                } else {
                    Issue.record("\(index) should render in parts")
                }
            }
        }
    }

    /// A partial included with indentation: swift-mustache indents around the list's section.
    static let indentedPartial = ("<div>\n  {{>list}}\n</div>\n", ["list.mustache": "<ul>\n{{#appraisals}}\n  <li>{{#question}}\n{{question}}{{/question}}</li>\n{{/appraisals}}\n</ul>\n"])

    @Test func anEntryRenderedAloneIsItsTextInEveryPage() throws {
        let listing = Self.listing(120)
        var sets = [try Fixtures.builtInTemplates()]
        var folders: [TemporaryFolder] = []
        defer { folders.forEach { $0.remove() } }
        for (index, partials) in Self.customIndexes {
            let (folder, templates) = try Self.templates(index: index, partials: partials)
            folders.append(folder)
            sets.append(templates)
        }
        var cut = 0
        for templates in sets {
            guard let entries = templates.entryTemplate("index", list: "appraisals") else { continue }
            cut += 1
            let template = try #require(templates.templates["index"])
            for filter in [nil] + listing.filters.map(Optional.some) {
                let fields = PageContext.listingFields(listing, filter: filter, site: Fixtures.site)
                let whole = try Self.whole(templates, listing, filter: filter).get()
                let frame = try #require(ListFrame(template.mustache, library: templates.library, fields: fields, list: "appraisals"))
                let once = try #require(ListFrame(template.mustache, library: templates.library, fields: fields, list: "appraisals",
                                                  sectionAtTopLevel: true))
                #expect(once.head == frame.head && once.tail == frame.tail, "a top-level section's frame is found by one rendering")
                let renderer = try #require(entries.renderer(fields: fields))
                var text: [UInt8] = []
                for item in PageContext.listingItems(listing, filter: filter, range: 0..<listing.count(of: filter), site: Fixtures.site) {
                    text += try #require(renderer.render(item))
                }
                #expect(frame.section(of: whole).map(Array.init) == text, "\(template.mustache.description)")
            }
        }
        #expect(cut >= 7)
        #expect(try Fixtures.builtInTemplates().entryTemplate("index", list: "appraisals")?.names.contains("root") == true)
    }

    @Test func onlyAListSectionAtTheTopOfTheTemplateIsCutOut() throws {
        #expect(MustacheSyntax.topLevelSections(named: "a", in: "x{{#a}}1{{#a}}2{{/a}}{{/a}}{{^a}}{{/a}}{{#b}}{{#a}}{{/a}}{{/b}}{{#a}}3{{/a}}")
                == [1..<27, 63..<76])
        for index in ["{{#filter_groups}}{{#appraisals}}{{slug}}{{/appraisals}}{{/filter_groups}}",
                      "{{#appraisals}}{{#appraisals}}{{slug}}{{/appraisals}}{{/appraisals}}",
                      "{{#appraisals}}a{{/appraisals}}{{#appraisals}}b{{/appraisals}}",
                      "{{>list}}"] {
            let (folder, templates) = try Self.templates(index: index, partials: ["list.mustache": "{{#appraisals}}{{slug}}{{/appraisals}}"])
            defer { folder.remove() }
            #expect(templates.entryTemplate("index", list: "appraisals") == nil, "\(index)")
        }
    }

    @Test func aListReadTwiceTransformedOrIndentedIsRenderedWhole() throws {
        let listing = Self.listing(30)
        let (partialFolder, indented) = try Self.templates(index: Self.indentedPartial.0, partials: Self.indentedPartial.1)
        defer { partialFolder.remove() }
        guard case .unsuitable = Self.parts(indented, listing, partSize: 7).1 else {
            Issue.record("a list in an indented partial must be rendered whole")
            return
        }
        for index in ["{{#appraisals}}{{slug}}{{/appraisals}}|{{#appraisals}}{{title}}{{/appraisals}}",
                      "{{#reversed(appraisals)}}{{slug}}{{/reversed(appraisals)}}",
                      "{{#filter_groups}}{{#appraisals}}{{slug}}{{/appraisals}}{{/filter_groups}}"] {
            let (folder, templates) = try Self.templates(index: index)
            defer { folder.remove() }
            let (_, outcome) = Self.parts(templates, listing, partSize: 7)
            guard case .unsuitable = outcome else {
                Issue.record("\(index) cannot be split and must be rendered whole")
                continue
            }
        }
        let (_, emptyOutcome) = Self.parts(try Fixtures.builtInTemplates(), Self.listing(0), partSize: 7)
        guard case .unsuitable = emptyOutcome else {
            Issue.record("an empty listing is rendered whole")
            return
        }
    }

    @Test func aKeyTheEntriesLackFailsWithTheWholeRenderingsDiagnostics() throws {
        let (folder, templates) = try Self.templates(index: "{{#appraisals}}{{titel}} {{{question}}}{{/appraisals}}\n")
        defer { folder.remove() }
        let listing = Self.listing(450)
        guard case .failure(let expected) = Self.whole(templates, listing) else {
            Issue.record("the template must fail")
            return
        }
        let (text, outcome) = Self.parts(templates, listing, partSize: 7)
        guard case .failed(let problems) = outcome else {
            Issue.record("the parts rendering must fail")
            return
        }
        #expect(problems.diagnostics == expected.diagnostics)
        #expect(text.isEmpty)
    }

    /// Templates whose entries read `root` in a section, through a transform or in a partial.
    static let rootReadingIndexes: [(String, [String: String])] = [
        ("{{#appraisals}}{{#root}}<{{root}}>{{/root}}{{^root}}(top){{/root}}{{slug}} {{/appraisals}}\n", [:]),
        ("{{#appraisals}}{{uppercased(root)}}{{slug}} {{/appraisals}}\n", [:]),
        ("{{#appraisals}}{{>entry}} {{/appraisals}}|{{root}}\n", ["entry.mustache": "{{#tags}}{{root}}{{href}}{{/tags}}{{root}}{{href}}"]),
    ]

    @Test func aBuiltSiteWithCustomTemplatesHasTheWholeRenderingsListingPages() async throws {
        for (index, partials) in Self.customIndexes + Self.rootReadingIndexes
            + [Self.indentedPartial, ("{{#reversed(appraisals)}}{{slug}} {{/reversed(appraisals)}}\n", [:])] {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            for number in 0..<12 {
                try folder.write(Fixtures.appraisal(title: "T\(number)", date: "2020-01-\(10 + number)", extra: "tags: [a\(number % 3), b]\n" + (number % 4 == 0 ? "design: rct\n" : "")),
                                 to: "appraisals/p\(number).md")
            }
            for (path, text) in partials.merging(["index.mustache": index], uniquingKeysWith: { $1 }) {
                try folder.write(text, to: "templates/\(path)")
            }
            let templates = try TemplateSet.load(directory: folder.url.appendingPathComponent("templates"), displayPath: "templates").get()
            let result = try await Fixtures.build(folder, templates: templates)
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
            let listing = SiteListing(pages: result.pages)
            #expect(listing.filters.count == 5)
            for filter in [nil] + listing.filters.map(Optional.some) {
                let expected = try templates.render("index", context: PageContext.listing(listing, filter: filter, site: Fixtures.testSite)).get()
                #expect(try folder.read("output/\(filter?.href ?? "index.html")") == expected)
            }
        }
    }

    @Test func theBuiltInListingPagesShareEachEntrysTextWithRootMarked() async throws {
        let templates = try Fixtures.builtInTemplates()
        let listing = Self.listing(300)
        let entries = try #require(await SharedEntries.render(listing, templates: templates, site: Fixtures.site, workers: 3))
        #expect(entries.marksRoot)
        #expect(entries.count == 300)
        let template = try #require(templates.templates["index"])
        for filter in [nil] + listing.filters.map(Optional.some) {
            let fields = PageContext.listingFields(listing, filter: filter, site: Fixtures.site)
            let placement = try #require(entries.placement(for: fields))
            let frame = try #require(ListFrame(template.mustache, library: templates.library, fields: fields, list: "appraisals"))
            var text = Array(frame.head.utf8)
            for position in filter?.indices ?? Array(listing.pages.indices) {
                text += placement.placed(entries.text(at: position))
            }
            text += Array(frame.tail.utf8)
            #expect(String(decoding: text, as: UTF8.self) == (try Self.whole(templates, listing, filter: filter).get()), "\(filter?.href ?? "index.html")")
        }
    }

    @Test func anEntryHoldingTheMarkersFirstByteKeepsRootUnmarked() async throws {
        let templates = try Fixtures.builtInTemplates()
        var pages = Self.listing(20).pages
        var matter = pages[7].frontMatter
        matter.title = "A \(SharedEntries.rootMarker) title"
        pages[7] = PageSummary(slug: pages[7].slug, frontMatter: matter)
        let listing = SiteListing(pages: pages)
        #expect(await SharedEntries.render(listing, templates: templates, site: Fixtures.site, workers: 2) == nil)
        let (folder, transforming) = try Self.templates(index: Self.rootReadingIndexes[1].0)
        defer { folder.remove() }
        let unmarked = try #require(await SharedEntries.render(Self.listing(20), templates: transforming, site: Fixtures.site, workers: 2))
        #expect(!unmarked.marksRoot)
        #expect(unmarked.placement(for: PageContext.listingFields(Self.listing(20), filter: nil, site: Fixtures.site)) != nil)
        let filter = try #require(Self.listing(20).filters.first)
        #expect(unmarked.placement(for: PageContext.listingFields(Self.listing(20), filter: filter, site: Fixtures.site)) == nil)
    }

    @Test func aKeyTheEntriesLackSharesNothing() async throws {
        let (folder, templates) = try Self.templates(index: "{{#appraisals}}{{titel}}{{/appraisals}}\n")
        defer { folder.remove() }
        #expect(await SharedEntries.render(Self.listing(450), templates: templates, site: Fixtures.site, workers: 2) == nil)
        #expect(await SharedEntries.render(Self.listing(0), templates: try Fixtures.builtInTemplates(), site: Fixtures.site, workers: 2) == nil)
    }

    @Test func theSearchIndexInPartsIsOneEncodingOfTheWholeArray() throws {
        let pages = Self.listing(1200).pages
        func json(_ partSize: Int) -> String {
            var data = Data()
            SearchIndex.write(pages, site: Fixtures.site, partSize: partSize, into: { data.append($0) })
            return String(decoding: data, as: UTF8.self)
        }
        let whole = json(pages.count)
        #expect(whole.hasPrefix("[{") && whole.hasSuffix("}]\n"))
        for partSize in [1, 3, 500] { #expect(json(partSize) == whole) }
        #expect(SearchIndex.json([], site: Fixtures.site) == "[]\n")
        let entries = try JSONSerialization.jsonObject(with: Data(whole.utf8)) as? [Any]
        #expect(entries?.count == 1200)
    }
}
