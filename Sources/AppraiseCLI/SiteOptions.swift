import ArgumentParser
import Foundation
import Appraisal
import Publishing

/// Options shared by the commands that render pages.
struct RenderingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of Mustache templates and assets; files there replace the built-in ones of the same name.",
        discussion: "Defaults to templates/ when it exists, else the built-in templates.", valueName: "folder"))
    var templates: String?

    @Flag(name: .long, help: "Let raw HTML and javascript: links in sources through to the pages (trusted sources only).")
    var allowRawHTML = false

    /// The template set these options select, or the diagnostics that explain why it cannot be used.
    func loadTemplates(workingDirectory: URL) -> Result<TemplateSet, DiagnosticList> {
        let manager = FileManager.default
        let path = templates ?? "templates"
        let url = URL.resolving(path, in: workingDirectory)
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        if exists {
            return TemplateSet.load(directory: url, displayPath: path)
        } else if templates != nil {
            return .failure(DiagnosticList([Appraisal.Diagnostic(
                file: path, position: nil, severity: .error, code: "templates-not-found",
                message: "no such templates folder", hint: "leave out --templates to use the built-in templates")]))
        }
        return TemplateSet.builtIn()
    }

    /// A renderer with these options and the project's `appraise.yaml` (`baseURL` overriding its
    /// base URL), with the configuration's warnings; errors in the templates or the configuration fail.
    func renderer(workingDirectory: URL, baseURL: String? = nil) -> Result<(ReportRenderer, [Appraisal.Diagnostic]), DiagnosticList> {
        var (configuration, configurationDiagnostics) = SiteConfiguration.load(projectRoot: workingDirectory)
        if let baseURL { configuration.baseURL = baseURL }
        let templates = loadTemplates(workingDirectory: workingDirectory)
        let errors = configurationDiagnostics.filter { $0.severity == .error }
        switch templates {
        case .failure(let failure):
            return .failure(DiagnosticList(errors + failure.diagnostics))
        case .success(let templates):
            guard errors.isEmpty else { return .failure(DiagnosticList(configurationDiagnostics)) }
            let renderer = ReportRenderer(templates: templates, site: SiteSettings(configuration), allowRawHTML: allowRawHTML)
            return .success((renderer, configurationDiagnostics))
        }
    }

    /// A renderer with these options and the configuration's warnings, or the command ends with
    /// exit code 1 after `reporter` has printed why (broken templates or configuration).
    func rendererOrExit(workingDirectory: URL, reporter: DiagnosticReporter,
                        baseURL: String? = nil) throws -> (ReportRenderer, [Appraisal.Diagnostic]) {
        switch renderer(workingDirectory: workingDirectory, baseURL: baseURL) {
        case .success(let loaded): return loaded
        case .failure(let failure):
            reporter.report(failure.diagnostics)
            throw ExitCode.failure
        }
    }
}

/// `--base-url`, shared by `build` and `serve`.
struct BaseURLOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The address the site is published at, for feed.xml and sitemap.xml; overrides base_url in appraise.yaml.",
        valueName: "url"))
    var baseURL: String?

    /// The normalized address (ending in `/`), or nil when none was given.
    func validated() throws -> String? {
        guard let baseURL else { return nil }
        switch SiteConfiguration.normalizedBaseURL(baseURL) {
        case .success(let url): return url
        case .failure(let problem): throw ValidationError("--base-url: \(problem.message); \(problem.hint)")
        }
    }
}
