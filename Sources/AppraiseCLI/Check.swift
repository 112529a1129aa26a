import Appraisal
import ArgumentParser
import Foundation
import Publishing

extension Appraise {
    /// `appraise check`: the whole pipeline without writing anything.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check appraisals and templates and list every finding; writes nothing.",
            discussion: """
                Exits with 0 when there are no errors (and, with --strict, no warnings), else 1. \
                --format json prints one array of {file, line, column, severity, code, message}; \
                --format github prints GitHub Actions annotations.
                """)

        @Argument(help: ArgumentHelp("Appraisal files or folders to check.", valueName: "path"))
        var paths: [String] = ["appraisals"]

        @OptionGroup var rendering: RenderingOptions

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(help: ArgumentHelp("How to print findings: text, json or github.", valueName: "format"))
        var format: DiagnosticReporter.Format = .text

        func run() async throws {
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: format, workingDirectory: workingDirectory)
            let diagnostics: [Appraisal.Diagnostic]
            let sources: [SourceReference]
            switch rendering.renderer(workingDirectory: workingDirectory) {
            case .failure(let failure):
                diagnostics = failure.diagnostics
                sources = []
            case .success(let (renderer, configurationDiagnostics)):
                let (found, missing) = SourceDiscovery.find(paths, workingDirectory: workingDirectory)
                sources = found
                diagnostics = configurationDiagnostics + missing + (await SiteBuilder(renderer: renderer, projectRoot: workingDirectory).build(found, into: nil)).diagnostics
            }
            reporter.report(diagnostics)
            if format == .text {
                Console.error("checked \(sources.count) appraisal\(sources.count == 1 ? "" : "s"): \(DiagnosticReporter.counts(diagnostics))")
            }
            if diagnostics.hasFailures(strict: strict) { throw ExitCode.failure }
        }
    }
}
