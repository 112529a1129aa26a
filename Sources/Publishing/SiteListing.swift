import Appraisal

/// The listing pages of a site: the index, and one page per tag, design and level of evidence,
/// so that every filter works as a plain link without JavaScript.
struct SiteListing: Sendable {
    /// One filter value and the pages it selects.
    struct Filter: Sendable {
        /// `tag`, `design` or `level`.
        var kind: String
        /// The value as shown, e.g. `dermatomyositis` or `SORT 2`.
        var label: String
        /// File-name slug of the value.
        var slug: String
        /// The positions of its pages in the listing's `pages` (ascending, so in index order): a
        /// page's summary is held once however many filters select it.
        var indices: [Int]

        /// The listing page's path, e.g. `tags/dermatomyositis.html`.
        var href: String { "\(SiteListing.folder(kind))/\(slug).html" }
        /// What the in-page script matches, e.g. `tag:dermatomyositis`.
        var key: String { "\(kind):\(slug)" }
    }

    /// The pages in index order.
    let pages: [PageSummary]
    /// Tag, design and level filters, each group sorted by label.
    let filters: [Filter]
    /// The slug of every tag, design and level label of the pages, made once: `Slug.make` folds
    /// Unicode, and every listing page showing a page needs its slugs again.
    private let slugs: [String: String]

    init(pages: [PageSummary]) {
        self.pages = pages
        var groups: [String: Filter] = [:]
        var slugs: [String: String] = [:]
        func slug(_ label: String) -> String {
            if let known = slugs[label] { return known }
            let made = Slug.make(label)
            slugs[label] = made
            return made
        }
        for (index, page) in pages.enumerated() {
            for (kind, label) in SiteListing.values(of: page.frontMatter, slug: slug) {
                let slug = slug(label)
                groups["\(kind):\(slug)", default: Filter(kind: kind, label: label, slug: slug, indices: [])].indices.append(index)
            }
        }
        self.slugs = slugs
        let order = ["tag", "design", "level"]
        filters = groups.values.sorted {
            if $0.kind != $1.kind { return order.firstIndex(of: $0.kind) ?? 0 < order.firstIndex(of: $1.kind) ?? 0 }
            return $0.slug < $1.slug
        }
    }

    /// How many pages `filter` selects; every page when `filter` is nil.
    func count(of filter: Filter?) -> Int {
        filter?.indices.count ?? pages.count
    }

    /// The page at `position` among those `filter` selects (every page when nil), in index
    /// order: read in place, so a listing page never copies the summaries it shows.
    func page(at position: Int, of filter: Filter?) -> PageSummary {
        pages[filter.map { $0.indices[position] } ?? position]
    }

    /// The slug of `label`, made once per listing.
    func slug(_ label: String) -> String {
        slugs[label] ?? Slug.make(label)
    }

    /// The filter values one page carries: its tags, design and level of evidence.
    static func values(of frontMatter: FrontMatter, slug: (String) -> String = Slug.make) -> [(String, String)] {
        var seen: Set<String> = []
        var values: [(String, String)] = []
        for tag in frontMatter.tags where seen.insert("tag:" + slug(tag)).inserted { values.append(("tag", tag)) }
        if let design = frontMatter.design { values.append(("design", StudyDesign.displayName(design))) }
        if let evidence = frontMatter.evidence { values.append(("level", levelLabel(evidence))) }
        return values
    }

    /// `SORT level 2`, `Oxford CEBM 2011 level 3`: the badge's words without the strength.
    static func levelLabel(_ evidence: FrontMatter.EvidenceLevel) -> String {
        "\(EvidenceScale(named: evidence.scale)?.displayName ?? evidence.scale.uppercased()) level \(evidence.level)"
    }

    /// The folder of a kind's listing pages.
    static func folder(_ kind: String) -> String {
        switch kind {
        case "tag": "tags"
        case "design": "designs"
        default: "levels"
        }
    }

    /// The filter keys of a page, space-separated, for the in-page script.
    func filterKeys(of frontMatter: FrontMatter) -> String {
        SiteListing.values(of: frontMatter, slug: slug).map { "\($0.0):\(slug($0.1))" }.joined(separator: " ")
    }

    /// The path of a tag's page, from a listing page's folder's parent (see `tagHref(_:)`).
    func tagHref(_ tag: String) -> String { "tags/\(slug(tag)).html" }

    /// The slug of a tag, for links from report pages.
    static func tagHref(_ tag: String) -> String { "tags/\(Slug.make(tag)).html" }
}
