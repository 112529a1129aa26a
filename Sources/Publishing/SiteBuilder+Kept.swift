import Appraisal
import Foundation

extension SiteBuilder {
    /// A page an earlier build published: its index entry and its files.
    struct KeptPage {
        /// The index entry.
        var summary: PageSummary
        /// Its files in the output folder.
        var outputs: [String]
    }

    /// `entry`'s page when it had one and every file of it is still in `output`.
    func keptPage(_ entry: BuildCache.Entry?, in output: OutputDirectory) -> KeptPage? {
        guard let entry, let summary = entry.summary?.page, !entry.outputs.isEmpty,
              entry.outputs.allSatisfy({ FileManager.default.fileExists(atPath: output.url.appendingPathComponent($0).path) })
        else { return nil }
        return KeptPage(summary: summary, outputs: entry.outputs)
    }

    /// The entries of `stored` for sources this build was not given whose source still exists and
    /// whose page is still in `output`, so a partial build leaves them in the site. An entry made
    /// under another key (other templates or settings) is kept but marked so the next build of its
    /// source renders it again; an entry whose page name another page now has is dropped.
    ///
    /// `taken`, the files this build's pages have, is only gathered when there are such entries.
    func keptPages(of stored: BuildCache, besides given: Set<String>, in output: OutputDirectory,
                   taken: @autoclosure () -> Set<String>) -> [(String, BuildCache.Entry)] {
        let others = stored.entries.filter { !given.contains($0.key) }
        guard !others.isEmpty else { return [] }
        var kept: [(String, BuildCache.Entry)] = []
        var taken = taken()
        for (path, entry) in others.sorted(by: { $0.key < $1.key }) {
            guard sourceExists(path), let page = keptPage(entry, in: output), !taken.contains(page.summary.href) else { continue }
            var entry = entry
            if stored.key != cacheKey { (entry.source, entry.stamp) = (BuildCache.outdated, nil) }
            taken.formUnion(entry.outputs)
            kept.append((path, entry))
        }
        return kept
    }

    /// Whether the source at `displayPath` (relative to the project, or absolute) is still there.
    private func sourceExists(_ displayPath: String) -> Bool {
        let url = displayPath.hasPrefix("/") ? URL(fileURLWithPath: displayPath) : projectRoot?.appendingPathComponent(displayPath)
        return url.map { FileManager.default.fileExists(atPath: $0.path) } ?? false
    }
}
