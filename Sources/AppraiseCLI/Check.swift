import Appraisal
import ArgumentParser
import Foundation
import Publishing

extension Appraise {
    /// `appraise check`: the whole pipeline without writing anything.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check appraisals and templates and list every finding; writes nothing.",
            discussion: """
                Exits with 0 when there are no errors (and, with --strict, no warnings), else 1. \
                --format json prints one array of {file, line, column, severity, code, message}; \
                --format github prints GitHub Actions annotations. With --scan, any Markdown or \
                plain-text file (a manuscript, front matter optional) is checked for quoted results \
                such as 't(28) = 2.20, p = .04' or 'RR 0.80 (95% CI 0.70-0.91), P = .001', recomputed \
                as statcheck does; every result found is listed with its verdict.
                """)

        @Argument(help: ArgumentHelp("Appraisal files or folders to check.", valueName: "path"))
        var paths: [String] = ["appraisals"]

        @OptionGroup var rendering: RenderingOptions

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(help: ArgumentHelp("How to print findings: text, json or github.", valueName: "format"))
        var format: DiagnosticReporter.Format = .text

        @Flag(help: "Check only the statistical results quoted in the given files, which may be any Markdown or plain text.")
        var scan = false

        func run() async throws {
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: format, workingDirectory: workingDirectory)
            if scan { return try runScan(reporter: reporter, workingDirectory: workingDirectory) }
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

        /// `--scan`: the quoted-result checks on each file named, or each `.md` file of a folder named.
        private func runScan(reporter: DiagnosticReporter, workingDirectory: URL) throws {
            var diagnostics: [Appraisal.Diagnostic] = []
            var scanned = 0
            for path in paths {
                var isFolder: ObjCBool = false
                let url = URL.resolving(path, in: workingDirectory)
                let files: [(URL, String)]
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                    let (found, missing) = SourceDiscovery.find([path], workingDirectory: workingDirectory)
                    diagnostics += missing
                    files = found.map { ($0.url, $0.displayPath) }
                } else {
                    files = [(url, path)]
                }
                for (url, displayPath) in files {
                    switch SourceFile.read(at: url, displayPath: displayPath) {
                    case .success(let file):
                        scanned += 1
                        diagnostics += ManuscriptScan.diagnostics(for: file)
                    case .failure(let problem):
                        diagnostics.append(problem)
                    }
                }
            }
            reporter.report(diagnostics)
            if format == .text {
                let results = diagnostics.count { $0.code.hasPrefix("quoted-") }
                Console.error("scanned \(scanned) file\(scanned == 1 ? "" : "s"), \(results) quoted result\(results == 1 ? "" : "s"): \(DiagnosticReporter.counts(diagnostics))")
            }
            if diagnostics.hasFailures(strict: strict) { throw ExitCode.failure }
        }
    }
}
