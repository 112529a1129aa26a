import Appraisal
import Foundation

extension SiteBuilder {
    /// Writes the index, the tag, design and level pages, search.json, the feed and sitemap (with
    /// a base URL) and the assets; returns every file written.
    func writeSiteFiles(_ pages: [PageSummary], into output: OutputDirectory) throws(OutputError) -> Set<String> {
        var generated: Set<String> = []
        func write(_ text: String, to path: String) throws(OutputError) {
            try output.write(Data(text.utf8), to: path)
            generated.insert(path)
        }
        let listing = SiteListing(pages: pages)
        let site = renderer.site
        for filter in [nil] + listing.filters.map(Optional.some) {
            generated.insert(try writeListingPage(listing, filter: filter, into: output))
        }
        try write(SearchIndex.json(pages, site: site), to: "search.json")
        if let baseURL = site.baseURL {
            try write(AtomFeed.xml(pages, site: site, baseURL: baseURL), to: "feed.xml")
            try write(Sitemap.xml(listing, baseURL: baseURL), to: "sitemap.xml")
        }
        for (path, data) in renderer.templates.assets.sorted(by: { $0.key < $1.key }) {
            try output.write(data, to: path)
            generated.insert(path)
        }
        return generated
    }
}
