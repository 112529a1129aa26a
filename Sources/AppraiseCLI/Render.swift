import Appraisal
import ArgumentParser
import Foundation
import Publishing

extension Appraise {
    /// `appraise render FILE`: one report to standard output.
    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Render one appraisal to standard output.",
            discussion: """
                Prints the complete report page. With --fragment, prints only the body: what cmark renders, with \
                computed values and result tables in place. With --format json, prints the numbers instead.
                """)

        @Argument(help: ArgumentHelp("The appraisal to render.", valueName: "file"))
        var file: String

        @Flag(help: "Print only the body's HTML, without the page template.")
        var fragment = false

        @Option(help: ArgumentHelp("What to print: html, or json for every data block's inputs, computed values and checks.",
                                   valueName: "format"))
        var format: OutputFormat = .html

        enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
            case html, json
        }

        @OptionGroup var rendering: RenderingOptions

        func run() async throws {
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: .text, workingDirectory: workingDirectory)
            let (renderer, configurationDiagnostics) = try rendering.rendererOrExit(workingDirectory: workingDirectory, reporter: reporter)
            reporter.report(configurationDiagnostics)
            let url = URL.resolving(file, in: workingDirectory)
            let reference = SourceReference(url: url, displayPath: SourceDiscovery.display(url, workingDirectory: workingDirectory))
            let source = reference.load()
            let files = ProjectFiles(root: workingDirectory, documentFolder: url.deletingLastPathComponent())
            let output = renderer.render(source, files: files)
            reporter.report(output.diagnostics.sortedForDisplay())
            if format == .json {
                FileHandle.standardOutput.write(Data(output.json.utf8))
                if output.page == nil { throw ExitCode.failure }
                return
            }
            guard let page = output.page, let body = output.fragment else { throw ExitCode.failure }
            FileHandle.standardOutput.write(Data((fragment ? body.markup : page).utf8))
        }
    }
}
