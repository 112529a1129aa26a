import Appraisal

/// The site's Atom 1.0 feed (RFC 4287): one entry per appraisal, newest first, with the bottom
/// line as the summary. Atom needs absolute links, so it exists only when a base URL is set.
enum AtomFeed {
    /// The feed document for `pages` (in index order) published at `baseURL` (ending in `/`).
    static func xml(_ pages: [PageSummary], site: SiteSettings, baseURL: String) -> String {
        let escape = XMLText.escape
        let updated = pages.map(\.frontMatter.date).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(escape(site.language))\">",
            "<title>\(escape(site.title))</title>",
        ]
        if let description = site.description { lines.append("<subtitle>\(escape(description))</subtitle>") }
        lines += [
            "<id>\(escape(baseURL))</id>",
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(baseURL))feed.xml\"/>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(baseURL))index.html\"/>",
            "<updated>\(updated)</updated>",
            "<author><name>\(escape(site.title))</name></author>",
            "<generator>appraise</generator>",
        ]
        for page in pages {
            let matter = page.frontMatter
            let link = escape(baseURL + page.href)
            lines.append("<entry>")
            lines.append("<title>\(escape(matter.title))</title>")
            lines.append("<id>\(link)</id>")
            lines.append("<link rel=\"alternate\" type=\"text/html\" href=\"\(link)\"/>")
            lines.append("<published>\(timestamp(matter.date))</published>")
            lines.append("<updated>\(timestamp(matter.date))</updated>")
            for author in matter.authors { lines.append("<author><name>\(escape(author.name))</name></author>") }
            for tag in matter.tags { lines.append("<category term=\"\(escape(tag))\"/>") }
            lines.append("<summary>\(escape(matter.bottomLine ?? matter.question ?? matter.title))</summary>")
            lines.append("</entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Midnight UTC of `date`, as Atom's date-time.
    static func timestamp(_ date: ISODate) -> String { "\(date.description)T00:00:00Z" }
}
