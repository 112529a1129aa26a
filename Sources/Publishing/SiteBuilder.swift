import Appraisal
import Foundation
import Markdown

/// Builds a whole site: every report page, the listing pages, feed, sitemap, search index and
/// assets, on every core, re-rendering only the pages whose inputs changed.
///
/// Each worker reads, renders and writes one page at a time and hands back only a small
/// summary, so memory stays flat however many appraisals there are. One broken file never
/// stops the others.
public struct SiteBuilder: Sendable {
    /// Renders each page.
    public let renderer: ReportRenderer
    /// How many files are processed at once.
    public let workers: Int
    /// The project folder data files must stay inside; nil lets documents read no files.
    public let projectRoot: URL?
    /// Reads confined to `projectRoot`, its links resolved once for all pages.
    let projectFiles: ProjectFiles?
    /// The tool's version: part of the cache key, so a new version rebuilds everything.
    public var toolVersion = "dev"
    /// Whether unchanged pages are taken from the previous build (`.appraise-cache.json`).
    public var incremental = true
    /// Whether a file with errors gets a page listing its diagnostics (the preview server's mode).
    public var writesErrorPages = false
    /// Called after each page with (pages done, pages in all), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// The bytes a page name may hold: ASCII letters, digits and `-_.`.
    static let pageNameBytes = ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    /// How long, in nanoseconds, before the stamp time of the cache that recorded it a source
    /// must have last changed for its `FileStamp` to be trusted instead of its contents (see
    /// `BuildCache.stampTime(in:)`): longer than the tick of any file system's clock (FAT's is
    /// two seconds).
    var fileStampMargin = 2_000_000_000

    /// Creates a builder; `workers` defaults to the number of active cores.
    public init(renderer: ReportRenderer, projectRoot: URL?, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.renderer = renderer
        self.projectRoot = projectRoot
        projectFiles = projectRoot.map { ProjectFiles(root: $0, documentFolder: $0) }
        self.workers = max(1, workers)
    }

    /// What a build did.
    public struct Result: Sendable {
        /// The pages of the given sources (stale ones included), in index order.
        public var pages: [PageSummary]
        /// How many sources were given.
        public var sourceCount: Int
        /// Every diagnostic, sorted for display.
        public var diagnostics: [Diagnostic]
        /// Generated files of an earlier build that this one removed.
        public var removed: [String]
        /// How many pages were rendered (the others came unchanged from the previous build).
        public var rendered: Int = 0
        /// Whether feed.xml and sitemap.xml were written (they need a base URL).
        public var wroteFeed = false
        /// Sources that now have errors and kept their last good page, by display path.
        public var stale: [String] = []
        /// Pages of sources not given to this build, left in the site and its index.
        public var kept: Int = 0
        /// Files the pages read besides their sources (data, linked images), relative to the project.
        public var dependencies: [String] = []
    }

    /// The key every cache entry is made under: tool, templates, settings and options.
    var cacheKey: String {
        ContentHash.of([toolVersion, renderer.templates.fingerprint, renderer.site.cacheKey, String(renderer.allowRawHTML),
                        String(writesErrorPages), projectRoot?.standardizedFileURL.path ?? "-"])
    }

    /// Builds `sources` into `output`, or only checks them when `output` is nil.
    public func build(_ sources: [SourceReference], into output: OutputDirectory?) async -> Result {
        var diagnostics = SiteBuilder.slugProblems(sources)
        let rejected = Set(diagnostics.map(\.file))
        let accepted = sources.filter { !rejected.contains($0.displayPath) }
        // The output folder is read while the cache is.
        async let listing = output.map(OutputListing.init)
        let stampTime = output.flatMap(BuildCache.stampTime(in:)) ?? .min
        let stored = output.flatMap(BuildCache.stored(in:))
        let previous = incremental && stored?.key == cacheKey ? stored : nil
        let context = await listing.map { RebuildContext(listing: $0, started: FileStamp.now(), stampTime: stampTime) }
        var tally = await renderAll(accepted, into: output, cache: previous, lastGood: stored, context: context)
        diagnostics += tally.diagnostics
        var cache = BuildCache(key: cacheKey, entries: tally.entries)
        var pages = tally.pages
        let (rendered, stale, restamped, hashed) = (tally.rendered, tally.stale, tally.restamped, tally.hashed)
        tally = PageTally()
        pages.sortInIndexOrder()
        var result = Result(pages: pages, sourceCount: sources.count, diagnostics: [], removed: [], rendered: rendered, stale: stale)
        if let output, let stored {
            let kept = keptPages(of: stored, besides: Set(sources.map(\.displayPath)), in: output,
                                 taken: Set(cache.entries.values.lazy.flatMap(\.outputs)))
            for (path, entry) in kept {
                cache.entries[path] = entry
                if let summary = entry.summary?.page { pages.append(summary) }
            }
            result.kept = kept.count
            if !kept.isEmpty { pages.sortInIndexOrder() }
        }
        var dependencies: Set<String> = []
        for entry in cache.entries.values where !entry.dependencies.isEmpty { dependencies.formUnion(entry.dependencies.keys) }
        result.dependencies = dependencies.sorted()
        if let output {
            do {
                let digest = pages.listingDigest
                cache.site = digest
                if let previous, previous.site == digest, !previous.siteFiles.isEmpty,
                   previous.siteFiles.allSatisfy({ context?.listing.contains($0) ?? false }) {
                    cache.siteFiles = previous.siteFiles
                } else {
                    cache.siteFiles = try await writeSiteFiles(pages, into: output).sorted()
                }
                result.wroteFeed = renderer.site.baseURL != nil
                let unchanged = rendered == 0 && restamped == 0 && previous?.site == cache.site && previous?.siteFiles == cache.siteFiles
                    && previous?.entries.count == cache.entries.count
                // Entries kept from an earlier build were not stamped in this one: the time they are
                // good for stays the previous cache's.
                let newStampTime = result.kept == 0 ? (context?.started ?? .min) : min(context?.started ?? .min, stampTime)
                if !unchanged || !(context?.listing.contains(BuildCache.fileName) ?? false) {
                    let stream = try output.stream(to: BuildCache.fileName)
                    cache.write(into: { stream.write($0) })
                    try output.commit(stream, to: BuildCache.fileName)
                    BuildCache.setStampTime(newStampTime, in: output)
                } else if hashed > 0, newStampTime > stampTime {
                    // Sources read again because their stamps were too young are vouched for now.
                    BuildCache.setStampTime(newStampTime, in: output)
                }
                result.removed = try output.finish(sorted: generatedFiles(cache))
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        result.diagnostics = diagnostics.sortedForDisplay()
        return result
    }

    /// Every file this build made, sorted, without duplicates: the outputs of each cache entry,
    /// the site files and the cache. Gathered only once the listing is written, as one array.
    private func generatedFiles(_ cache: BuildCache) -> [String] {
        var paths: [String] = []
        paths.reserveCapacity(cache.entries.values.reduce(cache.siteFiles.count + 1) { $0 + $1.outputs.count })
        for entry in cache.entries.values { paths += entry.outputs }
        paths += cache.siteFiles
        paths.append(BuildCache.fileName)
        SiteBuilder.sortPaths(&paths)
        var unique = 0
        for index in paths.indices where unique == 0 || paths[unique - 1] != paths[index] {
            paths.swapAt(unique, index)
            unique += 1
        }
        paths.removeLast(paths.count - unique)
        return paths
    }

    /// Builds every source on `workers` tasks at a time, recording each outcome as it arrives.
    ///
    /// A task takes a run of sources: up to 16 while many remain, fewer towards the end so that
    /// the workers finish together. A page taken from the previous build costs microseconds, and
    /// starting and awaiting one task for each was most of a rebuild with nothing to do.
    private func renderAll(_ sources: [SourceReference], into output: OutputDirectory?, cache: BuildCache?,
                           lastGood: BuildCache?, context: RebuildContext?) async -> PageTally {
        let builder = self
        var tally = PageTally(capacity: sources.count)
        var next = 0, done = 0
        await BoundedTasks.run(workers: workers, next: { () -> [(Int, SourceReference, BuildCache.Entry?, BuildCache.Entry?)]? in
            guard next < sources.count else { return nil }
            let run = next..<min(sources.count, next + min(16, max(1, (sources.count - next) / (workers * 8))))
            next = run.upperBound
            return run.map { index in
                let source = sources[index]
                return (index, source, cache?.entries[source.displayPath], lastGood?.entries[source.displayPath])
            }
        }, run: { pages in
            pages.map { index, source, previous, good in
                (index, builder.buildPage(source, output: output, previous: previous, lastGood: good, context: context))
            }
        }, finished: { outcomes in
            for (index, outcome) in outcomes {
                tally.record(outcome, at: index)
                done += 1
                progress?(done, sources.count)
            }
        })
        return tally
    }

    /// Page-name endings whose files would collide with another page's exports (`x.csl.json`,
    /// `x.references.bib`).
    static let reservedSuffixes = [".csl", ".references"]

    /// Page names must be plain file names and unique; `index` is the site's own.
    static func slugProblems(_ sources: [SourceReference]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var problems: [Diagnostic] = []
        for source in sources {
            let slug = AppraisalSource.pageName(ofPath: source.displayPath)
            // Byte by byte, as Unicode's properties cost a microsecond a name.
            let allowed = slug.utf8.allSatisfy(SiteBuilder.pageNameBytes.contains)
            let problem: (String, String)? =
                if slug == "index" || slug == "search" { ("'\(slug)' is the site's own page name", "rename the file, e.g. to \(slug)-appraisal.md") }
                else if !allowed || slug.hasPrefix(".") || slug.isEmpty { ("the file name '\(slug)' cannot be a page name", "use letters, digits, '-', '_' and '.' only") }
                else if let suffix = reservedSuffixes.first(where: slug.hasSuffix) {
                    ("page names ending in '\(suffix)' are kept for other pages' citation exports", "rename the file, e.g. to \(slug.dropLast(suffix.count))-appraisal.md")
                }
                else if let first = seen[slug] { ("another file, \(first), has the same page name '\(slug)'", "rename one of the two files") }
                else { nil }
            if let (message, hint) = problem {
                problems.append(Diagnostic(file: source.displayPath, position: nil, severity: .error,
                                           code: "page-name", message: message, hint: hint))
            } else {
                seen[slug] = source.displayPath
            }
        }
        return problems
    }
}
