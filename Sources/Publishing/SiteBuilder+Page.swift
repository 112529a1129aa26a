import Appraisal
import Foundation
import Markdown

/// What building one source produced.
struct PageOutcome: Sendable {
    /// The source's display path.
    var displayPath: String
    /// The index entry; nil when no page was built.
    var summary: PageSummary?
    /// Everything found.
    var diagnostics: [Diagnostic]
    /// Output files written for it.
    var outputs: [String]
    /// What the next build needs to skip it; nil when nothing was written.
    var entry: BuildCache.Entry?
    /// Whether it was rendered (false: taken from the previous build).
    var rendered: Bool
    /// Whether the source has errors and its last good page was kept.
    var stale = false
    /// Whether the page was taken from the previous build with another `FileStamp` for its
    /// source (so the cache must be written again).
    var restamped = false
    /// Whether the page was taken from the previous build after reading and hashing its source.
    var hashed = false
}

/// What every page of one build shares for deciding whether it can be taken from the previous build.
struct RebuildContext: Sendable {
    /// The output folder's names, read as the build started.
    var listing: OutputListing
    /// When the build started, in nanoseconds since 1970.
    var started: Int
    /// The previous cache's stamp time (see `BuildCache.stampTime(in:)`): a recorded stamp is
    /// trusted when it had settled by then.
    var stampTime: Int
}

extension SiteBuilder {
    /// Builds one page, or reuses the previous build's when nothing it depends on changed; a source
    /// with errors keeps `lastGood`'s page when it had one.
    ///
    /// A source whose `FileStamp` is the one `previous` recorded, and had settled when that was
    /// hashed, is not read at all (see `BuildCache.stampTime(in:)`); otherwise its content hash
    /// decides. Either way its stamp goes in the new entry.
    func buildPage(_ reference: SourceReference, output: OutputDirectory?, previous: BuildCache.Entry?,
                   lastGood: BuildCache.Entry?, context: RebuildContext? = nil) -> PageOutcome {
        // Stamped before the read, so that an edit during it shows as another stamp next time.
        let stamp = output == nil ? nil : FileStamp(path: reference.path)
        if let output, let previous, let stamp, let context, previous.stamp == stamp, previous.source != BuildCache.outdated,
           stamp.isSettled(at: context.stampTime, margin: fileStampMargin), isFresh(previous, in: output, listing: context.listing) {
            return reused(previous, for: reference)
        }
        let data = output == nil ? nil : try? Data(contentsOf: reference.url)
        let hash = data.map(ContentHash.of)
        if let output, let previous, let hash, previous.source == hash, isFresh(previous, in: output, listing: context?.listing) {
            var entry = previous
            entry.stamp = stamp
            var outcome = reused(entry, for: reference)
            outcome.restamped = entry.stamp != previous.stamp
            outcome.hashed = true
            return outcome
        }
        let source = reference.load(contents: data)
        let recorder = FileReadRecorder()
        var files = projectFiles?.reading(for: reference.url)
        files?.recorder = recorder
        let rendered = renderer.render(source, files: files, publishing: output != nil)
        var diagnostics = rendered.diagnostics
        var copies: [LinkAudit.Copy] = []
        var missing: [URL] = []
        if let projectRoot {
            let audit = LinkAudit(links: source.links, documentURL: reference.url, displayPath: reference.displayPath, projectRoot: projectRoot)
            diagnostics += audit.diagnostics
            copies = audit.copies
            missing = audit.missing
        }
        var outcome = PageOutcome(displayPath: reference.displayPath, summary: rendered.summary, diagnostics: diagnostics,
                                  outputs: [], entry: nil, rendered: true)
        guard let output, let hash else { return outcome }
        do {
            if let page = rendered.page, let summary = rendered.summary {
                // Files the output folder did not hold when the build began are written without a look.
                let mayExist = { (path: String) in context?.listing.contains(path) ?? true }
                try output.write(page, to: summary.href, mayExist: mayExist(summary.href))
                try output.write(rendered.json, to: summary.dataHref, mayExist: mayExist(summary.dataHref))
                outcome.outputs.reserveCapacity(2 + rendered.exports.count + copies.count)
                outcome.outputs += [summary.href, summary.dataHref]
                for export in rendered.exports {
                    try output.write(export.text, to: export.path, mayExist: mayExist(export.path))
                    outcome.outputs.append(export.path)
                }
                for copy in copies {
                    guard let bytes = try? Data(contentsOf: copy.source) else { continue }
                    try output.write(bytes, to: copy.outputPath)
                    outcome.outputs.append(copy.outputPath)
                }
            } else if !writesErrorPages, let kept = keptPage(lastGood, in: output) {
                outcome.summary = kept.summary
                outcome.outputs = kept.outputs
                outcome.stale = true
                outcome.diagnostics.append(Diagnostic(
                    file: reference.displayPath, position: nil, severity: .note, code: "page-stale",
                    message: "kept the last good page, \(kept.outputs.first ?? source.slug + ".html"), as it was",
                    hint: "fix the errors above to publish the changes"))
            } else if writesErrorPages {
                try output.write(ErrorPage.html(for: source, diagnostics: diagnostics, site: renderer.site), to: "\(source.slug).html")
                outcome.outputs = ["\(source.slug).html"]
            }
        } catch {
            outcome.diagnostics.append(error.diagnostic)
            outcome.summary = nil
            outcome.outputs = []
            return outcome
        }
        let dependencies = recorder.files + copies.map(\.source) + missing
        outcome.entry = BuildCache.Entry(source: hash, dependencies: dependencyHashes(dependencies), outputs: outcome.outputs,
                                         summary: outcome.summary.map(CachedSummary.init),
                                         diagnostics: outcome.diagnostics.map(CachedDiagnostic.init),
                                         stale: outcome.stale ? true : nil, stamp: stamp)
        return outcome
    }

    /// The page of `entry`, taken from the previous build.
    private func reused(_ entry: BuildCache.Entry, for reference: SourceReference) -> PageOutcome {
        PageOutcome(displayPath: reference.displayPath, summary: entry.summary?.page,
                    diagnostics: entry.diagnostics.map(\.diagnostic), outputs: entry.outputs,
                    entry: entry, rendered: false, stale: entry.stale ?? false)
    }

    /// Whether every file the entry depends on is unchanged and every output it wrote still exists
    /// (in `listing`, when there is one).
    private func isFresh(_ entry: BuildCache.Entry, in output: OutputDirectory, listing: OutputListing?) -> Bool {
        for path in entry.outputs {
            guard listing?.contains(path) ?? FileManager.default.fileExists(atPath: output.path + "/" + path) else { return false }
        }
        if entry.dependencies.isEmpty { return true }
        guard let root = projectRoot?.standardizedFileURL else { return false }
        for (path, hash) in entry.dependencies {
            let data = try? Data(contentsOf: root.appendingPathComponent(path))
            guard (data.map(ContentHash.of) ?? BuildCache.absent) == hash else { return false }
        }
        return true
    }

    private func dependencyHashes(_ urls: [URL]) -> [String: String] {
        // Most pages read no file; resolving the root's symbolic links is then not needed.
        guard !urls.isEmpty, let root = projectRoot?.standardizedFileURL.resolvingSymlinksInPath().path else { return [:] }
        var hashes: [String: String] = [:]
        for url in urls {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard path.hasPrefix(root + "/") else { continue }
            hashes[String(path.dropFirst(root.count + 1))] = (try? Data(contentsOf: url)).map(ContentHash.of) ?? BuildCache.absent
        }
        return hashes
    }
}
