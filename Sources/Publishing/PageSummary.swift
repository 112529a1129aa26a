import Appraisal

/// What the site index needs to know about one built report, kept small so that memory does
/// not grow with the pages' contents.
public struct PageSummary: Hashable, Sendable {
    /// The page name, e.g. `ivig-dermatomyositis-rct`.
    public var slug: String
    /// The front matter the listing shows.
    public var frontMatter: FrontMatter

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
