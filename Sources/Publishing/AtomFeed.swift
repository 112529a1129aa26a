import Appraisal

/// The site's Atom 1.0 feed (RFC 4287): one entry per appraisal, newest first, with the bottom
/// line as the summary. Atom needs absolute links, so it exists only when a base URL is set.
enum AtomFeed {
    /// The feed document for `pages` (in index order) published at `baseURL` (ending in `/`),
    /// handed to `line` one line at a time (without its newline), so that it is never held whole.
    static func write(_ pages: [PageSummary], site: SiteSettings, baseURL: String, line: (String) -> Void) {
        let escape = XMLText.escape
        let updated = pages.lazy.map(\.frontMatter.date).max().map(timestamp) ?? "1970-01-01T00:00:00Z"
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
        lines.forEach(line)
        for page in pages {
            let matter = page.frontMatter
            let link = escape(baseURL + page.href)
            line("<entry>")
            line("<title>\(escape(matter.title))</title>")
            line("<id>\(link)</id>")
            line("<link rel=\"alternate\" type=\"text/html\" href=\"\(link)\"/>")
            line("<published>\(timestamp(matter.date))</published>")
            line("<updated>\(timestamp(matter.date))</updated>")
            for author in matter.authors { line("<author><name>\(escape(author.name))</name></author>") }
            for tag in matter.tags { line("<category term=\"\(escape(tag))\"/>") }
            line("<summary>\(escape(matter.bottomLine ?? matter.question ?? matter.title))</summary>")
            line("</entry>")
        }
        line("</feed>")
    }

    /// Midnight UTC of `date`, as Atom's date-time.
    static func timestamp(_ date: ISODate) -> String { "\(date.description)T00:00:00Z" }
}
