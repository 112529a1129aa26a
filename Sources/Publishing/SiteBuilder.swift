import Appraisal
import Foundation

/// Builds a whole site: every report page, the index and the assets, on every core.
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

    /// Creates a builder; `workers` defaults to the number of active cores.
    public init(renderer: ReportRenderer, projectRoot: URL?, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.renderer = renderer
        self.projectRoot = projectRoot
        self.workers = max(1, workers)
    }

    /// What a build did.
    public struct Result: Sendable {
        /// The pages built, in index order.
        public var pages: [PageSummary]
        /// How many sources were given.
        public var sourceCount: Int
        /// Every diagnostic, sorted for display.
        public var diagnostics: [Diagnostic]
        /// Generated files of an earlier build that this one removed.
        public var removed: [String]
    }

    /// Builds `sources` into `output`, or only checks them when `output` is nil.
    public func build(_ sources: [SourceReference], into output: OutputDirectory?) async -> Result {
        var diagnostics = SiteBuilder.slugProblems(sources)
        let rejected = Set(diagnostics.map(\.file))
        let accepted = sources.filter { !rejected.contains($0.displayPath) }
        let outcomes = await renderAll(accepted, into: output)
        var pages: [PageSummary] = []
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            if let summary = outcome.summary { pages.append(summary) }
        }
        pages.sort(by: PageSummary.indexOrder)
        var removed: [String] = []
        if let output {
            do {
                let generated = try writeSiteFiles(pages, into: output)
                removed = try output.finish(generated: generated)
            } catch {
                diagnostics.append(error.diagnostic)
            }
        }
        return Result(pages: pages, sourceCount: sources.count, diagnostics: diagnostics.sortedForDisplay(), removed: removed)
    }

    private func renderAll(_ sources: [SourceReference], into output: OutputDirectory?) async -> [ReportRenderer.Output] {
        let renderer = self.renderer, projectRoot = self.projectRoot
        return await withTaskGroup(of: (Int, ReportRenderer.Output).self) { group in
            var results = [ReportRenderer.Output?](repeating: nil, count: sources.count)
            var next = 0
            func startNext() {
                guard next < sources.count else { return }
                let index = next, source = sources[index]
                next += 1
                group.addTask { (index, SiteBuilder.buildPage(source, renderer: renderer, projectRoot: projectRoot, output: output)) }
            }
            for _ in 0..<workers { startNext() }
            while let (index, outcome) = await group.next() {
                results[index] = outcome
                startNext()
            }
            return results.compactMap { $0 }
        }
    }

    private static func buildPage(_ reference: SourceReference, renderer: ReportRenderer, projectRoot: URL?,
                                  output: OutputDirectory?) -> ReportRenderer.Output {
        let source = reference.load()
        let files = projectRoot.map { ProjectFiles(root: $0, documentFolder: reference.url.deletingLastPathComponent()) }
        var outcome = renderer.render(source, files: files)
        guard let output, let page = outcome.page, let summary = outcome.summary else { return outcome }
        do {
            try output.write(Data(page.utf8), to: summary.href)
            try output.write(Data(outcome.json.utf8), to: summary.dataHref)
        } catch {
            outcome.diagnostics.append(error.diagnostic)
            outcome.summary = nil
        }
        outcome.page = nil
        outcome.fragment = nil
        outcome.json = ""
        return outcome
    }

    /// Writes the index and assets; returns every file this build generated.
    private func writeSiteFiles(_ pages: [PageSummary], into output: OutputDirectory) throws(OutputError) -> Set<String> {
        var generated = Set(pages.flatMap { [$0.href, $0.dataHref] })
        switch renderer.templates.render("index", context: PageContext.index(pages, site: renderer.site)) {
        case .success(let html):
            try output.write(Data(html.utf8), to: "index.html")
            generated.insert("index.html")
        case .failure(let problems):
            throw OutputError(path: "\(output.displayPath)/index.html",
                              reason: problems.description)
        }
        for (path, data) in renderer.templates.assets.sorted(by: { $0.key < $1.key }) {
            try output.write(data, to: path)
            generated.insert(path)
        }
        return generated
    }

    /// Page names must be plain file names and unique; `index` is the site's own.
    static func slugProblems(_ sources: [SourceReference]) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var problems: [Diagnostic] = []
        for source in sources {
            let slug = String(source.url.deletingPathExtension().lastPathComponent)
            let allowed = slug.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)) }
            let problem: (String, String)? =
                if slug == "index" { ("'index' is the site's own page name", "rename the file, e.g. to index-appraisal.md") }
                else if !allowed || slug.hasPrefix(".") || slug.isEmpty { ("the file name '\(slug)' cannot be a page name", "use letters, digits, '-', '_' and '.' only") }
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
