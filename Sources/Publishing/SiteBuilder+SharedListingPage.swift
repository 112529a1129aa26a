import Appraisal
import Foundation

extension SiteBuilder {
    /// Writes listing page `filter` (nil: the index) from the entry texts in `entries`; returns
    /// its path, or nil when the page cannot take them (a field its entries read differs, its
    /// template cannot be framed around the list, or its first entry rendered with the page's
    /// own fields is not its shared text as placed), so that it is rendered with
    /// `writeListingPage`, which gives the same text or the same error.
    func writeSharedListingPage(_ listing: SiteListing, filter: SiteListing.Filter?, entries: SharedEntries,
                                into output: OutputDirectory) throws(OutputError) -> String? {
        let templates = renderer.templates
        let fields = PageContext.listingFields(listing, filter: filter, site: renderer.site)
        let positions = filter?.indices ?? Array(listing.pages.indices)
        guard let placement = entries.placement(for: fields), let first = positions.first, let template = templates.templates["index"],
              let frame = ListFrame.of(templates.compiled["index"], library: templates.compiled, fields: fields, list: "appraisals",
                                       sectionAtTopLevel: true, otherwise: { (template.mustache, templates.library) })
        else { return nil }
        var context = fields
        context["appraisals"] = .list([PageContext.listingItem(listing.pages[first], in: listing, site: renderer.site)])
        guard templates.problems("index", context: .object(context)) == nil,
              let alone = frame.section(of: templates.text(of: template, name: "index", context: .object(context))),
              alone.elementsEqual(placement.placed(entries.text(at: first)))
        else { return nil }
        let path = filter?.href ?? "index.html"
        let stream = try output.stream(to: path)
        stream.write(frame.head)
        for position in positions {
            placement.place(entries.text(at: position)) { stream.write($0) }
        }
        stream.write(frame.tail)
        try output.commit(stream, to: path)
        return path
    }
}
