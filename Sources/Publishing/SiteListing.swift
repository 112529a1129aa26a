import Appraisal

/// The listing pages of a site: the index, and one page per tag, design and level of evidence,
/// so that every filter works as a plain link without JavaScript.
struct SiteListing {
    /// One filter value and the pages it selects.
    struct Filter {
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

    init(pages: [PageSummary]) {
        self.pages = pages
        var groups: [String: Filter] = [:]
        for (index, page) in pages.enumerated() {
            for (kind, label) in SiteListing.values(of: page.frontMatter) {
                let slug = Slug.make(label)
                groups["\(kind):\(slug)", default: Filter(kind: kind, label: label, slug: slug, indices: [])].indices.append(index)
            }
        }
        let order = ["tag", "design", "level"]
        filters = groups.values.sorted {
            if $0.kind != $1.kind { return order.firstIndex(of: $0.kind) ?? 0 < order.firstIndex(of: $1.kind) ?? 0 }
            return $0.slug < $1.slug
        }
    }

    /// The pages `filter` selects, in index order; every page when `filter` is nil.
    func pages(of filter: Filter?) -> [PageSummary] {
        filter.map { $0.indices.map { pages[$0] } } ?? pages
    }

    /// The filter values one page carries: its tags, design and level of evidence.
    static func values(of frontMatter: FrontMatter) -> [(String, String)] {
        var seen: Set<String> = []
        var values: [(String, String)] = []
        for tag in frontMatter.tags where seen.insert("tag:" + Slug.make(tag)).inserted { values.append(("tag", tag)) }
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
    static func filterKeys(of frontMatter: FrontMatter) -> String {
        values(of: frontMatter).map { "\($0.0):\(Slug.make($0.1))" }.joined(separator: " ")
    }

    /// The slug of a tag, for links from report pages.
    static func tagHref(_ tag: String) -> String { "tags/\(Slug.make(tag)).html" }
}
