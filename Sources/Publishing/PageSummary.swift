import Appraisal

/// What the site index needs to know about one built report, kept small so that memory does
/// not grow with the pages' contents.
public struct PageSummary: Hashable, Sendable {
    /// The page name, e.g. `ivig-dermatomyositis-rct`.
    public var slug: String
    /// The front matter the listing shows: only the fields a listing, the search index, the feed
    /// and the build cache read (see `init`).
    public var frontMatter: FrontMatter

    /// The summary of page `slug`, keeping of `frontMatter` only what the listings show, so that
    /// ten thousand summaries held until the index is written do not also hold every page's
    /// references, PICO and DOI; a summary read back from the build cache is the same value.
    public init(slug: String, frontMatter: FrontMatter) {
        self.slug = slug
        var listed = FrontMatter(title: frontMatter.title, date: frontMatter.date)
        listed.authors = frontMatter.authors
        listed.tags = frontMatter.tags
        listed.question = frontMatter.question
        listed.design = frontMatter.design
        listed.evidence = frontMatter.evidence
        listed.bottomLine = frontMatter.bottomLine
        listed.expires = frontMatter.expires
        self.frontMatter = listed
    }

    /// The summary of page `slug` whose `frontMatter` holds only what the listings show already,
    /// as a summary read back from the build cache does: kept as it is, without copying it field
    /// by field into another (2,000 instructions a page of a rebuild).
    init(slug: String, listed frontMatter: FrontMatter) {
        self.slug = slug
        self.frontMatter = frontMatter
    }

    /// The page's path relative to the site root.
    public var href: String { "\(slug).html" }
    /// The path of the page's computed values and checks, relative to the site root.
    public var dataHref: String { "\(slug).json" }

    /// Newest first, then by title and slug so that ties are ordered the same in every build.
    public static func indexOrder(_ lhs: PageSummary, _ rhs: PageSummary) -> Bool {
        if lhs.frontMatter.date != rhs.frontMatter.date { return lhs.frontMatter.date > rhs.frontMatter.date }
        if lhs.frontMatter.title != rhs.frontMatter.title { return lhs.frontMatter.title < rhs.frontMatter.title }
        return lhs.slug < rhs.slug
    }
}
