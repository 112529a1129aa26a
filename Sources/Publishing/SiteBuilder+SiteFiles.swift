import Appraisal
import Foundation

extension SiteBuilder {
    /// One file, or group of files, of the site as a whole.
    enum SiteFile: Sendable {
        /// The index (nil) or a tag, design or level page.
        case listing(SiteListing.Filter?)
        /// `search.json`.
        case searchIndex
        /// `feed.xml`, under the base URL.
        case feed(String)
        /// `sitemap.xml`, under the base URL.
        case sitemap(String)
        /// The template set's assets.
        case assets
    }

    /// Writes the index, the tag, design and level pages, search.json, the feed and sitemap (with
    /// a base URL) and the assets; returns every file written.
    ///
    /// The files do not depend on each other, so they are written `workers` at a time, the
    /// largest first, instead of one after another once every page is built. The listing pages'
    /// entries are rendered once for all of them first, when the template allows (see
    /// `SharedEntries`). When several fail, the error is the one the first of them in the order
    /// above would have given.
    func writeSiteFiles(_ pages: [PageSummary], into output: OutputDirectory) async throws(OutputError) -> Set<String> {
        let listing = SiteListing(pages: pages)
        let entries = await SharedEntries.render(listing, templates: renderer.templates, site: renderer.site, workers: workers)
        var files: [SiteFile] = [.listing(nil)] + listing.filters.map { .listing($0) } + [.searchIndex]
        if let baseURL = renderer.site.baseURL { files += [.feed(baseURL), .sitemap(baseURL)] }
        files.append(.assets)
        let order = files.indices.sorted { SiteBuilder.size(of: files[$0], listing) > SiteBuilder.size(of: files[$1], listing) }
        let builder = self
        var results = [Swift.Result<[String], OutputError>?](repeating: nil, count: files.count)
        var position = 0
        await BoundedTasks.run(workers: workers, next: { () -> (Int, SiteFile)? in
            guard position < order.count else { return nil }
            defer { position += 1 }
            return (order[position], files[order[position]])
        }, run: { index, file in
            do throws(OutputError) {
                return (index, .success(try builder.write(file, listing, entries: entries, into: output)))
            } catch {
                return (index, Swift.Result<[String], OutputError>.failure(error))
            }
        }, finished: { index, result in
            results[index] = result
        })
        var generated: Set<String> = []
        for result in results {
            switch result {
            case .success(let paths): generated.formUnion(paths)
            case .failure(let error): throw error
            case nil: break
            }
        }
        return generated
    }

    /// Writes one site file, a listing page from `entries` when it can; returns the paths written.
    private func write(_ file: SiteFile, _ listing: SiteListing, entries: SharedEntries?, into output: OutputDirectory) throws(OutputError) -> [String] {
        let site = renderer.site
        switch file {
        case .listing(let filter):
            if let entries, let path = try writeSharedListingPage(listing, filter: filter, entries: entries, into: output) { return [path] }
            return [try writeListingPage(listing, filter: filter, into: output)]
        case .searchIndex:
            _ = try output.write(to: "search.json") { stream in
                SearchIndex.write(listing.pages, site: site, into: { stream.write($0) })
                return true
            }
            return ["search.json"]
        case .feed(let baseURL):
            _ = try output.write(to: "feed.xml") { stream in
                AtomFeed.write(listing.pages, site: site, baseURL: baseURL) { stream.write($0 + "\n") }
                return true
            }
            return ["feed.xml"]
        case .sitemap(let baseURL):
            _ = try output.write(to: "sitemap.xml") { stream in
                Sitemap.write(listing, baseURL: baseURL) { stream.write($0 + "\n") }
                return true
            }
            return ["sitemap.xml"]
        case .assets:
            for (path, data) in renderer.templates.assets.sorted(by: { $0.key < $1.key }) {
                try output.write(data, to: path)
            }
            return Array(renderer.templates.assets.keys)
        }
    }

    /// Roughly how much work a file is, to start the largest first.
    private static func size(of file: SiteFile, _ listing: SiteListing) -> Int {
        switch file {
        case .listing(let filter): 2 * listing.count(of: filter)
        case .searchIndex, .feed: listing.pages.count
        case .sitemap: listing.pages.count / 4
        case .assets: 0
        }
    }
}
