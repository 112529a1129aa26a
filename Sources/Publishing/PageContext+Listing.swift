import Appraisal

extension PageContext {
    /// The context for a listing page: the index (`filter` nil) or one tag, design or level page.
    /// `items` holds each page's entry by slug (see `listingItems`), made once for all listing pages.
    static func listing(_ listing: SiteListing, filter: SiteListing.Filter?, items: [String: TemplateValue], site: SiteSettings) -> TemplateValue {
        let pages = listing.pages(of: filter)
        let heading = filter.map { "\(kindTitle($0.kind)): \($0.label)" } ?? site.title
        let root = filter == nil ? "" : "../"
        var fields = common(site: site, pageTitle: filter == nil ? site.title : "\(heading) · \(site.title)", root: root)
        fields["heading"] = .text(heading)
        fields["description"] = filter == nil ? .optional(site.description) : .flag(false)
        fields["is_index"] = .flag(filter == nil)
        fields["appraisals"] = .list(pages.map { items[$0.slug] ?? listingItem($0, site: site) })
        fields["count_text"] = .text(pages.count == 1 ? "1 appraisal" : "\(pages.count) appraisals")
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
        return .object(fields)
    }

    /// Each page's entry in the listings, by slug.
    static func listingItems(_ pages: [PageSummary], site: SiteSettings) -> [String: TemplateValue] {
        Dictionary(pages.map { ($0.slug, listingItem($0, site: site)) }, uniquingKeysWith: { first, _ in first })
    }

    /// One page's entry in a listing.
    static func listingItem(_ page: PageSummary, site: SiteSettings) -> TemplateValue {
        var item = PageContext.listing(page.frontMatter, site: site)
        item["href"] = .text(page.href)
        item["slug"] = .text(page.slug)
        item["filters"] = .text(SiteListing.filterKeys(of: page.frontMatter))
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
