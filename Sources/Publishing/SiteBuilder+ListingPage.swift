import Appraisal
import Foundation

extension SiteBuilder {
    /// Writes one listing page, the index (`filter` nil) or a tag, design or level page, and
    /// returns its path.
    ///
    /// The page is rendered in parts straight into the file (see `TemplateSet.render(_:fields:list:count:entries:into:)`),
    /// so neither its text nor its entries' template values are ever held whole; a template
    /// whose use of the list cannot be split is rendered whole instead, to the same text.
    func writeListingPage(_ listing: SiteListing, filter: SiteListing.Filter?, into output: OutputDirectory) throws(OutputError) -> String {
        let path = filter?.href ?? "index.html"
        let site = renderer.site
        let templates = renderer.templates
        let fields = PageContext.listingFields(listing, filter: filter, site: site)
        var outcome = TemplateSet.PartsOutcome.unsuitable
        _ = try output.write(to: path) { stream in
            outcome = templates.render("index", fields: fields, list: "appraisals", count: listing.count(of: filter),
                                       entries: { PageContext.listingItems(listing, filter: filter, range: $0, site: site) },
                                       into: { stream.write($0) })
            if case .rendered = outcome { return true }
            return false
        }
        switch outcome {
        case .rendered:
            return path
        case .failed(let problems):
            throw OutputError(path: "\(output.displayPath)/\(path)", reason: problems.description)
        case .unsuitable:
            switch templates.render("index", context: PageContext.listing(listing, filter: filter, site: site)) {
            case .success(let html): try output.write(html, to: path)
            case .failure(let problems): throw OutputError(path: "\(output.displayPath)/\(path)", reason: problems.description)
            }
            return path
        }
    }
}
