import Appraisal

extension PageContext {
    /// The context for a listing page: the index (`filter` nil) or one tag, design or level page.
    static func listing(_ listing: SiteListing, filter: SiteListing.Filter?, site: SiteSettings) -> TemplateValue {
        let pages = filter?.pages ?? listing.pages
        let heading = filter.map { "\(kindTitle($0.kind)): \($0.label)" } ?? site.title
        let root = filter == nil ? "" : "../"
        var fields = common(site: site, pageTitle: filter == nil ? site.title : "\(heading) · \(site.title)", root: root)
        fields["heading"] = .text(heading)
        fields["description"] = filter == nil ? .optional(site.description) : .flag(false)
        fields["is_index"] = .flag(filter == nil)
        fields["appraisals"] = .list(pages.map { page in
            var item = PageContext.listing(page.frontMatter, site: site)
            item["href"] = .text(page.href)
            item["slug"] = .text(page.slug)
            item["filters"] = .text(SiteListing.filterKeys(of: page.frontMatter))
            item["evidence"] = .optional(page.frontMatter.evidence?.badge)
            item["authors"] = .optional(page.frontMatter.authors.isEmpty ? nil : page.frontMatter.authors.map(\.name).joined(separator: ", "))
            return .object(item)
        })
        fields["count_text"] = .text(pages.count == 1 ? "1 appraisal" : "\(pages.count) appraisals")
        fields["filter_groups"] = .list(["tag", "design", "level"].compactMap { kind in
            let items = listing.filters.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            return .object([
                "name": .text(kindTitle(kind, plural: true)),
                "items": .list(items.map { item in
                    .object([
                        "label": .text(item.label), "href": .text(item.href), "key": .text(item.key),
                        "count": .text(String(item.pages.count)), "current": .flag(item.key == filter?.key),
                    ])
                }),
            ])
        })
        return .object(fields)
    }

    private static func kindTitle(_ kind: String, plural: Bool = false) -> String {
        switch kind {
        case "tag": plural ? "Tags" : "Tag"
        case "design": plural ? "Designs" : "Design"
        default: plural ? "Levels of evidence" : "Level of evidence"
        }
    }
}
