import Appraisal

/// The sitemaps.org sitemap: every page of the site as an absolute address under the base URL.
enum Sitemap {
    /// The sitemap for the index, the reports (with their dates) and the listing pages.
    static func xml(_ listing: SiteListing, baseURL: String) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
            "<url><loc>\(XMLText.escape(baseURL))index.html</loc></url>",
        ]
        for page in listing.pages {
            lines.append("<url><loc>\(XMLText.escape(baseURL + page.href))</loc><lastmod>\(page.frontMatter.date)</lastmod></url>")
        }
        for filter in listing.filters {
            lines.append("<url><loc>\(XMLText.escape(baseURL + filter.href))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
