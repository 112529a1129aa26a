import Appraisal

extension PageContext {
    /// The context for a listing page: the index (`filter` nil) or one tag, design or level page,
    /// with every entry. Only a template that cannot be rendered in parts needs it whole (see
    /// `listingFields`).
    static func listing(_ listing: SiteListing, filter: SiteListing.Filter?, site: SiteSettings) -> TemplateValue {
        var fields = listingFields(listing, filter: filter, site: site)
        fields["appraisals"] = .list(listingItems(listing, filter: filter, range: 0..<listing.count(of: filter), site: site))
        return .object(fields)
    }

    /// The fields of a listing page but its entries, `appraisals`, which `listingItems` makes a
    /// range at a time.
    static func listingFields(_ listing: SiteListing, filter: SiteListing.Filter?, site: SiteSettings) -> [String: TemplateValue] {
        let count = listing.count(of: filter)
        let heading = filter.map { "\(kindTitle($0.kind)): \($0.label)" } ?? site.title
        let root = filter == nil ? "" : "../"
        var fields = common(site: site, pageTitle: filter == nil ? site.title : "\(heading) · \(site.title)", root: root)
        fields["heading"] = .text(heading)
        fields["description"] = filter == nil ? .optional(site.description) : .flag(false)
        fields["is_index"] = .flag(filter == nil)
        fields["count_text"] = .text(count == 1 ? "1 appraisal" : "\(count) appraisals")
        fields["filter_groups"] = .list(["tag", "design", "level"].compactMap { kind in
            let group = listing.filters.filter { $0.kind == kind }
            guard !group.isEmpty else { return nil }
            return .object([
                "name": .text(kindTitle(kind, plural: true)),
                "items": .list(group.map { item in
                    .object([
                        "label": .text(item.label), "href": .text(item.href), "key": .text(item.key),
                        "count": .text(String(item.indices.count)), "current": .flag(item.key == filter?.key),
                    ])
                }),
            ])
        })
        return fields
    }

    /// The entries at positions `range` of the pages `filter` selects.
    static func listingItems(_ listing: SiteListing, filter: SiteListing.Filter?, range: Range<Int>, site: SiteSettings) -> [TemplateValue] {
        range.map { listingItem(listing.page(at: $0, of: filter), in: listing, site: site) }
    }

    /// One page's entry in `listing`.
    static func listingItem(_ page: PageSummary, in listing: SiteListing, site: SiteSettings) -> TemplateValue {
        var item = PageContext.listing(page.frontMatter, site: site, tagHref: listing.tagHref)
        item["href"] = .text(page.href)
        item["slug"] = .text(page.slug)
        item["filters"] = .text(listing.filterKeys(of: page.frontMatter))
        item["evidence"] = .optional(page.frontMatter.evidence?.badge)
        item["authors"] = .optional(page.frontMatter.authors.isEmpty ? nil : page.frontMatter.authors.map(\.name).joined(separator: ", "))
        return .object(item)
    }

    private static func kindTitle(_ kind: String, plural: Bool = false) -> String {
        switch kind {
        case "tag": plural ? "Tags" : "Tag"
        case "design": plural ? "Designs" : "Design"
        default: plural ? "Levels of evidence" : "Level of evidence"
        }
    }
}
