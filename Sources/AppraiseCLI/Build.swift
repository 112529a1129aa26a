import Appraisal
import ArgumentParser
import Foundation
import Publishing

extension Appraise {
    /// `appraise build`: every appraisal into a static site.
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build appraisals into HTML reports and a site index.",
            discussion: """
                Builds each Markdown file (folders are searched for *.md) into OUTPUT/<name>.html, \
                then writes OUTPUT/index.html and the assets. Files with errors are reported and \
                skipped; the others are still built. Exits with 1 when any file had errors (or \
                warnings, with --strict).
                """)

        @Argument(help: ArgumentHelp("Appraisal files or folders to build.", valueName: "path"))
        var paths: [String] = ["appraisals"]

        @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write the site into.", valueName: "folder"))
        var output = "output"

        @OptionGroup var rendering: RenderingOptions

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(help: ArgumentHelp("How to print the summary and diagnostics: text or json.", valueName: "format"))
        var format: SummaryFormat = .text

        enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() async throws {
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: format == .json ? .json : .text, workingDirectory: workingDirectory)
            let renderer = try rendering.rendererOrExit(workingDirectory: workingDirectory, reporter: reporter)
            let (sources, missing) = SourceDiscovery.find(paths, workingDirectory: workingDirectory)
            guard !sources.isEmpty else {
                reporter.report(missing)
                Console.error("nothing to build: no appraisal (*.md) in \(paths.joined(separator: ", ")); \(output)/ was not touched")
                throw ExitCode.failure
            }
            let outputURL = URL.resolving(output, in: workingDirectory)
            let directory = OutputDirectory(url: outputURL, displayPath: output)
            let result = await SiteBuilder(renderer: renderer, projectRoot: workingDirectory).build(sources, into: directory)
            let diagnostics = missing + result.diagnostics
            let summary = "built \(result.pages.count) of \(sources.count) appraisal\(sources.count == 1 ? "" : "s") into \(output)/: \(DiagnosticReporter.counts(diagnostics))"
            if format == .json {
                Console.out(BuildSummary(built: result.pages.count, sources: sources.count, output: output,
                                         removed: result.removed, diagnostics: diagnostics).json)
            } else {
                reporter.report(diagnostics)
                Console.error(summary)
            }
            if diagnostics.hasFailures(strict: strict) { throw ExitCode.failure }
        }
    }
}

/// The machine-readable result of `appraise build --format json`.
struct BuildSummary: Encodable {
    let built: Int
    let sources: Int
    let output: String
    let removed: [String]
    let diagnostics: [Appraisal.Diagnostic]

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
