import Appraisal
import Foundation

extension SiteBuilder {
    /// How many filter pages are written side by side, each with an open file.
    static let filterPagesAtOnce = 32

    /// Writes every tag, design and level page, rendering each entry once for all the pages that
    /// show it instead of once per page (each page shows about a third of the site's entries, and
    /// most entries are on three or four pages); returns the paths written.
    ///
    /// Pages are written `filterPagesAtOnce` at a time: each gets its head (see `ListFrame`),
    /// then the entries are taken in index order, each rendered once with `EntryTemplate` and
    /// appended to every open page that shows it, then the tails. A page whose fields read by
    /// the entries differ from the first page's, or whose template fails a check, is written on
    /// its own with `writeListingPage`, which gives the same text or the same error; so is every
    /// page when the template does not allow an `EntryTemplate`.
    func writeFilterPages(_ listing: SiteListing, into output: OutputDirectory) throws(OutputError) -> [String] {
        let site = renderer.site
        let templates = renderer.templates
        let filters = listing.filters
        guard let first = filters.first, let entries = templates.entryTemplate("index", list: "appraisals"),
              let shared = entries.renderer(fields: PageContext.listingFields(listing, filter: first, site: site)),
              entriesPass(listing, under: shared.fields)
        else {
            var paths: [String] = []
            for filter in filters { paths.append(try writeListingPage(listing, filter: filter, into: output)) }
            return paths
        }
        var paths: [String] = []
        var start = 0
        while start < filters.count {
            let batch = filters[start..<min(filters.count, start + SiteBuilder.filterPagesAtOnce)]
            paths += try writeFilterPages(batch, of: listing, sharing: shared, into: output)
            start = batch.endIndex
        }
        return paths
    }

    /// Whether every entry shown on some filter page passes the key checks under `fields`: as the
    /// entries read only fields the pages share, it then passes on every page.
    private func entriesPass(_ listing: SiteListing, under fields: [String: TemplateValue]) -> Bool {
        var shown = [Bool](repeating: false, count: listing.pages.count)
        for filter in listing.filters { for index in filter.indices { shown[index] = true } }
        let positions = shown.indices.filter { shown[$0] }
        var checker = TemplateChecker(templates: renderer.templates.templates)
        var start = 0
        while start < positions.count {
            let part = positions[start..<min(positions.count, start + TemplateSet.partSize)]
            var context = fields
            context["appraisals"] = .list(part.map { PageContext.listingItem(listing.pages[$0], in: listing, site: renderer.site) })
            checker.check("index", context: .object(context))
            guard checker.diagnostics.isEmpty else { return false }
            start = part.endIndex
        }
        return true
    }

    /// One open filter page.
    private struct OpenPage {
        let filter: SiteListing.Filter
        let stream: AtomicFileStream
        let frame: ListFrame
        /// How many of the filter's entries are written.
        var written = 0
    }

    /// Writes `filters` side by side with `shared`'s entry texts (see `writeFilterPages(_:into:)`).
    private func writeFilterPages(_ filters: ArraySlice<SiteListing.Filter>, of listing: SiteListing,
                                  sharing shared: EntryTemplate.Renderer, into output: OutputDirectory) throws(OutputError) -> [String] {
        let site = renderer.site
        let templates = renderer.templates
        var paths: [String] = []
        var open: [OpenPage] = []
        for filter in filters {
            let fields = PageContext.listingFields(listing, filter: filter, site: site)
            if let page = try openPage(filter, fields: fields, listing: listing, sharing: shared, templates: templates, output: output) {
                open.append(page)
            } else {
                paths.append(try writeListingPage(listing, filter: filter, into: output))
            }
        }
        var next = open.compactMap { $0.filter.indices.first }.min()
        while let index = next {
            let entry = PageContext.listingItem(listing.pages[index], in: listing, site: site)
            guard let text = shared.render(entry) else {
                for page in open { page.stream.discard() }
                for page in open { paths.append(try writeListingPage(listing, filter: page.filter, into: output)) }
                return paths
            }
            next = nil
            for slot in open.indices {
                let indices = open[slot].filter.indices
                if open[slot].written < indices.count, indices[open[slot].written] == index {
                    open[slot].stream.write(text)
                    open[slot].written += 1
                }
                if open[slot].written < indices.count { next = min(next ?? indices[open[slot].written], indices[open[slot].written]) }
            }
        }
        for page in open {
            page.stream.write(page.frame.tail)
            try output.commit(page.stream, to: page.filter.href)
            paths.append(page.filter.href)
        }
        return paths
    }

    /// Opens the file of `filter`'s page and writes its head, when the page can take the shared
    /// entry texts: its fields read by the entries are the first page's, its template frames the
    /// list and passes the key checks, and its first entry renders alike both ways.
    private func openPage(_ filter: SiteListing.Filter, fields: [String: TemplateValue], listing: SiteListing,
                          sharing shared: EntryTemplate.Renderer, templates: TemplateSet,
                          output: OutputDirectory) throws(OutputError) -> OpenPage? {
        guard let position = filter.indices.first, let template = templates.templates["index"],
              shared.template.names.allSatisfy({ fields[$0] == shared.fields[$0] }),
              let frame = ListFrame(template.mustache, library: templates.library, fields: fields, list: "appraisals")
        else { return nil }
        let entry = PageContext.listingItem(listing.pages[position], in: listing, site: renderer.site)
        var context = fields
        context["appraisals"] = .list([entry])
        guard templates.problems("index", context: .object(context)) == nil,
              let alone = frame.section(of: template.mustache.render(TemplateValue.object(context).mustacheValue, library: templates.library)),
              let shared = shared.render(entry), alone.elementsEqual(shared)
        else { return nil }
        let stream = try output.stream(to: filter.href, bufferSize: 1 << 14)
        stream.write(frame.head)
        return OpenPage(filter: filter, stream: stream, frame: frame)
    }
}
