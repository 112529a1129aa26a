import Appraisal

/// What the pages of a build add up to, recorded as each page finishes.
///
/// A page's outcome is folded in and dropped at once instead of all outcomes being kept until the
/// last page is done, so a build holds one summary and one cache entry (with the page's output
/// paths) per page and nothing else. Diagnostics and stale pages keep the order of the sources, not the order in
/// which the workers happened to finish.
struct PageTally {
    /// The index entries of the pages built or kept stale, in no particular order.
    var pages: [PageSummary] = []
    /// The cache entries, by source display path.
    var entries: [String: BuildCache.Entry] = [:]
    /// How many pages were rendered (the others came unchanged from the previous build).
    var rendered = 0
    /// How many unchanged pages have another `FileStamp` for their source than the cache had.
    var restamped = 0
    /// How many unchanged pages were found so by reading and hashing their source.
    var hashed = 0
    private var found: [(index: Int, diagnostics: [Diagnostic])] = []
    private var stalePaths: [(index: Int, path: String)] = []

    /// An empty tally for up to `count` pages.
    init(capacity count: Int = 0) {
        pages.reserveCapacity(count)
        entries.reserveCapacity(count)
    }

    /// Records the outcome of the source at `index` in the build's list.
    mutating func record(_ outcome: PageOutcome, at index: Int) {
        if !outcome.diagnostics.isEmpty { found.append((index, outcome.diagnostics)) }
        if let summary = outcome.summary { pages.append(summary) }
        if let entry = outcome.entry { entries[outcome.displayPath] = entry }
        if outcome.rendered { rendered += 1 }
        if outcome.restamped { restamped += 1 }
        if outcome.hashed { hashed += 1 }
        if outcome.stale { stalePaths.append((index, outcome.displayPath)) }
    }

    /// Every page's diagnostics, in the order of the sources.
    var diagnostics: [Diagnostic] {
        found.sorted { $0.index < $1.index }.flatMap(\.diagnostics)
    }

    /// The display paths of sources that kept their last good page, in the order of the sources.
    var stale: [String] {
        stalePaths.sorted { $0.index < $1.index }.map(\.path)
    }
}
