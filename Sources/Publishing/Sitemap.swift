import Appraisal

/// The sitemaps.org sitemap: every page of the site as an absolute address under the base URL.
enum Sitemap {
    /// The sitemap for the index, the reports (with their dates) and the listing pages, handed to
    /// `line` one line at a time (without its newline), so that it is never held whole.
    static func write(_ listing: SiteListing, baseURL: String, line: (String) -> Void) {
        line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        line("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        line("<url><loc>\(XMLText.escape(baseURL))index.html</loc></url>")
        for page in listing.pages {
            line("<url><loc>\(XMLText.escape(baseURL + page.href))</loc><lastmod>\(page.frontMatter.date)</lastmod></url>")
        }
        for filter in listing.filters {
            line("<url><loc>\(XMLText.escape(baseURL + filter.href))</loc></url>")
        }
        line("</urlset>")
    }
}
