import Appraisal
import ArgumentParser
import Foundation
import Markdown
import Publishing

extension Appraise {
    /// `appraise build`: every appraisal into a static site.
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            // Named outright: deriving the name from the type costs runtime conformance lookups at every start.
            commandName: "build",
            abstract: "Build appraisals into HTML reports and a site index.",
            discussion: """
                Builds each Markdown file (folders are searched for *.md) into OUTPUT/<name>.html, \
                then writes OUTPUT/index.html and the assets. Pages of appraisals not named stay in the \
                site. Files with errors are reported and keep their last good page (stale); the \
                others are still built. Exits with 1 when any file had errors (or warnings, with --strict).
                """)

        @Argument(help: ArgumentHelp("Appraisal files or folders to build.", valueName: "path"))
        var paths: [String] = ["appraisals"]

        @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write the site into.", valueName: "folder"))
        var output = "output"

        @OptionGroup var rendering: RenderingOptions

        @OptionGroup var site: BaseURLOption

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(help: ArgumentHelp("How to print the summary and diagnostics: text or json.", valueName: "format"))
        var format: SummaryFormat = .text

        @Flag(name: .shortAndLong, help: "Print only errors and warnings: no progress and no summary.")
        var quiet = false

        enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() async throws {
            let started = ContinuousClock.now
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: format == .json ? .json : .text, workingDirectory: workingDirectory)
            let baseURL = try site.validated()
            let (renderer, configurationDiagnostics) = try rendering.rendererOrExit(
                workingDirectory: workingDirectory, reporter: reporter, baseURL: baseURL)
            let (sources, missing) = SourceDiscovery.find(paths, workingDirectory: workingDirectory)
            guard !sources.isEmpty else {
                reporter.report(configurationDiagnostics + missing)
                Console.error("nothing to build: no appraisal (*.md) in \(paths.joined(separator: ", ")); \(output)/ was not touched")
                throw ExitCode.failure
            }
            let outputURL = URL.resolving(output, in: workingDirectory)
            let directory = OutputDirectory(url: outputURL, displayPath: output)
            let interactive = format == .text && !quiet && Console.standardErrorIsTerminal
            var builder = SiteBuilder(renderer: renderer, projectRoot: workingDirectory)
            builder.toolVersion = AppraiseVersion.current
            let progress = ProgressLine()
            if interactive { builder.progress = progress.update }
            let result = await builder.build(sources, into: directory)
            progress.clear()
            let diagnostics = configurationDiagnostics + missing + result.diagnostics
            let seconds = (ContinuousClock.now - started).seconds
            if format == .json {
                Console.out(BuildSummary(built: result.pages.count - result.stale.count, sources: sources.count, output: output, rendered: result.rendered,
                                         feed: result.wroteFeed, seconds: seconds, removed: result.removed,
                                         stale: result.stale, kept: result.kept, diagnostics: diagnostics).json)
            } else {
                reporter.report(diagnostics.filter { !quiet || $0.severity != .note })
                if interactive {
                    if !result.wroteFeed {
                        Console.error("note: no base URL, so feed.xml and sitemap.xml were not written; set base_url in appraise.yaml or pass --base-url")
                    }
                    Console.error(BuildSummary.line(result, sources: sources.count, output: output, diagnostics: diagnostics, seconds: seconds))
                } else if !quiet {
                    Console.error("built \(result.pages.count - result.stale.count) of \(sources.count) appraisal\(sources.count == 1 ? "" : "s") into \(output)/\(BuildSummary.keptText(result)): \(DiagnosticReporter.counts(diagnostics))")
                }
            }
            if diagnostics.hasFailures(strict: strict) { throw ExitCode.failure }
        }
    }
}

/// The machine-readable result of `appraise build --format json`.
struct BuildSummary: JSONWritable {
    let built: Int
    let sources: Int
    let output: String
    /// Pages rendered this time; the others were unchanged since the previous build.
    let rendered: Int
    /// Whether feed.xml and sitemap.xml were written (they need a base URL).
    let feed: Bool
    /// Wall-clock time of the whole command.
    let seconds: Double
    let removed: [String]
    /// Sources with errors whose last good page was kept.
    let stale: [String]
    /// Pages of other sources left in the site.
    let kept: Int
    let diagnostics: [Appraisal.Diagnostic]

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("built", built)
            json.member("diagnostics", diagnostics)
            json.member("feed", feed)
            json.member("kept", kept)
            json.member("output", output)
            json.member("removed", removed)
            json.member("rendered", rendered)
            json.member("seconds", seconds)
            json.member("sources", sources)
            json.member("stale", stale)
        }
    }

    var json: String {
        var json = JSONWriter()
        json.value(self)
        return json.text
    }

    /// The terminal's summary: `built 1000 appraisals into output/ (998 unchanged): 0 errors, 3 warnings, 0.41 s`.
    static func line(_ result: SiteBuilder.Result, sources: Int, output: String, diagnostics: [Appraisal.Diagnostic],
                     seconds: Double) -> String {
        let built = result.pages.count - result.stale.count
        let count = built == sources ? "\(sources)" : "\(built) of \(sources)"
        let unchanged = sources - result.rendered
        let time = String(format: "%.2f s", seconds)
        let notes = keptText(result, first: unchanged > 0 ? ["\(unchanged) unchanged"] : [])
        return "built \(count) appraisal\(sources == 1 ? "" : "s") into \(output)/\(notes): \(DiagnosticReporter.counts(diagnostics)), \(time)"
    }

    /// ` (1 stale page kept: appraisals/x.md; 5 other pages left in place)` after `first`, or nothing.
    static func keptText(_ result: SiteBuilder.Result, first: [String] = []) -> String {
        var parts = first
        if !result.stale.isEmpty {
            let pages = result.stale.count == 1 ? "page" : "pages"
            parts.append("\(result.stale.count) stale \(pages) kept: \(result.stale.joined(separator: ", "))")
        }
        if result.kept > 0 { parts.append("\(result.kept) other page\(result.kept == 1 ? "" : "s") left in place") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }
}

/// The single, rewritten progress line shown on a terminal during a long build.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = ContinuousClock.now
    private var shown = false

    /// Shows `building 120/1000` once the build has taken a quarter of a second, at most about a
    /// hundred times per build; quick builds never show it.
    func update(done: Int, total: Int) {
        guard done == total || done % max(1, total / 100) == 0, ContinuousClock.now - started > .milliseconds(250) else { return }
        lock.lock()
        defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[Kbuilding \(done)/\(total)".utf8))
    }

    /// Removes the line, if it was shown, before the summary is printed.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
