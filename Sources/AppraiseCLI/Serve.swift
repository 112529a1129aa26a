import Appraisal
import ArgumentParser
import Foundation
import Preview
import Publishing

extension Appraise {
    /// `appraise serve`: build, serve output/ on loopback, rebuild on save, reload the page.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Preview the site in a browser, rebuilding on every save.",
            discussion: """
                Serves OUTPUT on http://127.0.0.1:PORT/, builds the site, and watches the appraisals, the \
                data files they read, templates and appraise.yaml: a saved change is rebuilt at once, its \
                findings are printed, and open pages reload. A file with errors shows its diagnostics in \
                place of the report. Stop with Ctrl-C.
                """)

        @Argument(help: ArgumentHelp("Appraisal files or folders to build.", valueName: "path"))
        var paths: [String] = ["appraisals"]

        @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write the site into.", valueName: "folder"))
        var output = "output"

        @Option(help: ArgumentHelp("Port to listen on; 0 picks a free one.", valueName: "port"))
        var port: UInt16 = 8000

        @Option(help: ArgumentHelp("Address to listen on; anything but loopback exposes the preview to the network.",
                                   valueName: "address"))
        var host = "127.0.0.1"

        @OptionGroup var rendering: RenderingOptions

        @OptionGroup var site: BaseURLOption

        func run() async throws {
            let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let reporter = DiagnosticReporter(format: .text, workingDirectory: workingDirectory)
            let baseURL = try site.validated()
            let outputURL = URL.resolving(output, in: workingDirectory)
            let directory = OutputDirectory(url: outputURL, displayPath: output)
            let rendering = self.rendering, paths = self.paths, output = self.output
            let findings = FindingsMemory()
            let rebuild: @Sendable () async -> [URL] = {
                let started = ContinuousClock.now
                switch rendering.renderer(workingDirectory: workingDirectory, baseURL: baseURL) {
                case .failure(let failure):
                    reporter.report(findings.changed(failure.diagnostics))
                    return []
                case .success(let (renderer, configurationDiagnostics)):
                    let (sources, missing) = SourceDiscovery.find(paths, workingDirectory: workingDirectory)
                    var builder = SiteBuilder(renderer: renderer, projectRoot: workingDirectory)
                    builder.toolVersion = AppraiseVersion.current
                    builder.writesErrorPages = true
                    let result = await builder.build(sources, into: directory)
                    let diagnostics = configurationDiagnostics + missing + result.diagnostics
                    reporter.report(findings.changed(diagnostics))
                    let seconds = String(format: "%.2f s", (ContinuousClock.now - started).seconds)
                    Console.error("built \(result.pages.count) of \(sources.count) appraisals into \(output)/ (\(result.rendered) rendered): \(DiagnosticReporter.counts(diagnostics)), \(seconds)")
                    return result.dependencies.map { workingDirectory.appendingPathComponent($0) }
                }
            }
            if !PreviewServer.isLoopback(host) {
                Console.error("warning: listening on \(host): anyone who can reach this machine can read the preview")
            }
            // Only what a build reads: the sources, templates and appraise.yaml; the data and image
            // files each build read are added by the build itself.
            var configuration = PreviewServer.Configuration(
                output: outputURL,
                watched: paths.map { URL.resolving($0, in: workingDirectory) }
                    + [URL.resolving(rendering.templates ?? "templates", in: workingDirectory),
                       workingDirectory.appendingPathComponent(SiteConfiguration.fileName)])
            configuration.host = host
            configuration.port = port
            let server = PreviewServer(configuration: configuration, rebuild: rebuild)
            do {
                try await server.run { address in
                    Console.error("serving \(output)/ at \(address) (Ctrl-C stops)")
                }
            } catch let error as PreviewServer.CannotListen {
                Console.error("error: cannot serve on \(host):\(port): \(error.reason)")
                if error.portIsTaken {
                    Console.error("    = hint: another server (perhaps an earlier appraise serve) holds the port; pass --port to pick another, or --port 0 for any free one")
                }
                throw ExitCode.failure
            } catch {
                Console.error("error: cannot serve on \(host):\(port): \(error)")
                throw ExitCode.failure
            }
        }
    }
}
