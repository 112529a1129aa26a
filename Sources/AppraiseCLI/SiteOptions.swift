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

    /// A renderer with these options.
    func renderer(workingDirectory: URL) -> Result<ReportRenderer, DiagnosticList> {
        loadTemplates(workingDirectory: workingDirectory).map {
            ReportRenderer(templates: $0, allowRawHTML: allowRawHTML)
        }
    }

    /// A renderer with these options, or the command ends with exit code 1 after `reporter`
    /// has printed why (broken templates).
    func rendererOrExit(workingDirectory: URL, reporter: DiagnosticReporter) throws -> ReportRenderer {
        switch renderer(workingDirectory: workingDirectory) {
        case .success(let renderer): return renderer
        case .failure(let failure):
            reporter.report(failure.diagnostics)
            throw ExitCode.failure
        }
    }
}

