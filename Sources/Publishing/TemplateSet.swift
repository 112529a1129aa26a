import Appraisal
import Foundation
import Markdown
import Mustache

/// The templates and assets a site is rendered with: the built-in set, with any file of the
/// same name in the user's `templates/` folder taking its place.
public struct TemplateSet: Sendable {
    /// The parsed templates by name (`report`, `index`, partials).
    let templates: [String: ParsedTemplate]
    /// The same templates as swift-mustache looks partials up.
    var library: MustacheLibrary { compiledLibrary.value }
    /// Files copied to `output/` as they are, by relative path (`assets/style.css`).
    public let assets: [String: Data]
    /// Changes whenever any template or asset does, so the build cache can tell.
    public let fingerprint: String

    /// The templates rendered without swift-mustache, by name: those that compile, with every
    /// partial they include (see `CompiledTemplate`).
    var compiled: [String: CompiledTemplate] { compiledTemplates.value }

    /// The library, made when first used (see `ParsedTemplate.init(path:deferred:elements:blank:compiledForm:)`).
    private let compiledLibrary: MadeOnce<MustacheLibrary>
    /// The compiled templates, made when first used.
    private let compiledTemplates: MadeOnce<[String: CompiledTemplate]>

    private init(templates: [String: ParsedTemplate], assets: [String: Data], fingerprint: String) {
        self.templates = templates
        self.assets = assets
        self.fingerprint = fingerprint
        compiledLibrary = MadeOnce {
            // Built-in templates not compiled yet are compiled side by side on all cores.
            let all = Array(templates.values)
            DispatchQueue.concurrentPerform(iterations: all.count) { _ = all[$0].mustache }
            return MustacheLibrary(templates: templates.mapValues(\.mustache))
        }
        compiledTemplates = MadeOnce {
            CompiledTemplate.library(templates.mapValues { $0.compiledForm ?? CompiledTemplate(TemplateCompiler.pragma + $0.source) })
        }
    }

    /// The built-in templates alone.
    public static func builtIn() -> Result<TemplateSet, DiagnosticList> {
        load(files: BuiltInTemplates.files.mapValues { Data($0.utf8) }, origins: [:])
    }

    /// The built-in templates overridden by the files in `directory` (shown as `displayPath`).
    public static func load(directory: URL, displayPath: String) -> Result<TemplateSet, DiagnosticList> {
        var files = BuiltInTemplates.files.mapValues { Data($0.utf8) }
        var origins: [String: String] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return .failure(DiagnosticList([Diagnostic(file: displayPath, position: nil, severity: .error,
                                                       code: "templates-unreadable", message: "cannot read the templates folder")]))
        }
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            let relative = String(full.dropFirst(base.count + 1))
            guard relative.hasSuffix(".mustache") || relative.hasPrefix("assets/"), !relative.contains("/.") else { continue }
            guard let data = manager.contents(atPath: full) else { continue }
            files[relative] = data
            origins[relative] = displayPath + "/" + relative
        }
        return load(files: files, origins: origins)
    }

    private static func load(files: [String: Data], origins: [String: String]) -> Result<TemplateSet, DiagnosticList> {
        var templates: [String: ParsedTemplate] = [:]
        var assets: [String: Data] = [:]
        var diagnostics: [Diagnostic] = []
        var sources: [(name: String, path: String, text: String, builtIn: Bool)] = []
        for (relative, data) in files.sorted(by: { $0.key < $1.key }) {
            guard relative.hasSuffix(".mustache") else {
                assets[relative] = data
                continue
            }
            sources.append((String(relative.dropLast(".mustache".count)), origins[relative] ?? "(built-in)/" + relative,
                            String(decoding: data, as: UTF8.self), origins[relative] == nil))
        }
        for (source, parsed) in zip(sources, parseAll(sources.map { ($0.path, $0.text, $0.builtIn) })) {
            switch parsed {
            case .success(let template): templates[source.name] = template
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        diagnostics += cycleDiagnostics(templates)
        for required in ["report", "index"] where templates[required] == nil && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: "templates/\(required).mustache", position: nil, severity: .error,
                                          code: "template-missing", message: "the '\(required)' template is missing"))
        }
        guard diagnostics.isEmpty else { return .failure(DiagnosticList(diagnostics)) }
        let fingerprint = ContentHash.of(files.sorted(by: { $0.key < $1.key }).flatMap { [$0.key, ContentHash.of($0.value)] })
        return .success(TemplateSet(templates: templates, assets: assets, fingerprint: fingerprint))
    }

    /// Each template text parsed, in order, on all cores: swift-mustache's parser takes a few
    /// milliseconds for the built-in set, a visible share of `appraise check` on one file.
    private static func parseAll(_ sources: [(path: String, text: String, builtIn: Bool)]) -> [Result<ParsedTemplate, Diagnostic>] {
        let results = ParseSlots(count: sources.count)
        let blank = try? MustacheTemplate(string: "")
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let source = sources[index]
            results.set(index, parse(source.text, path: source.path, builtIn: source.builtIn, blank: blank))
        }
        return results.values
    }

    /// One template text checked by our parser and, unless it is built in or `CompiledTemplate`
    /// takes it, compiled by swift-mustache; or the located syntax error. Those two kinds are
    /// compiled by swift-mustache only if it is ever asked to render them (see
    /// `ParsedTemplate.init(path:deferred:elements:blank:compiledForm:)`), and a user's template
    /// keeps the compiled form it was tested with; any other template of the user's is compiled
    /// now, so that its errors are reported before the build. Compiling a project's own copy of
    /// the built-in set took 12% of `appraise check`'s time.
    private static func parse(_ text: String, path: String, builtIn: Bool, blank: MustacheTemplate?) -> Result<ParsedTemplate, Diagnostic> {
        do {
            let elements = try MustacheSyntax.parse(text)
            if let blank, builtIn {
                return .success(ParsedTemplate(path: path, deferred: text, elements: elements, blank: blank))
            }
            if let blank, let compiledForm = CompiledTemplate(TemplateCompiler.pragma + text) {
                return .success(ParsedTemplate(path: path, deferred: text, elements: elements, blank: blank, compiledForm: compiledForm))
            }
            let mustache = try TemplateCompiler.compile(text)
            return .success(ParsedTemplate(path: path, source: text, mustache: mustache, elements: elements))
        } catch let error as MustacheSyntaxError {
            return .failure(Diagnostic(file: path, position: error.position, severity: .error,
                                       code: "template-syntax", message: error.message))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(Diagnostic(
                file: path,
                position: SourcePosition(line: max(1, error.context.lineNumber - TemplateCompiler.addedLines), column: error.context.columnNumber),
                severity: .error, code: "template-syntax", message: "template syntax: \(error.error)"))
        } catch {
            return .failure(Diagnostic(file: path, position: nil, severity: .error, code: "template-syntax",
                                       message: "template syntax: \(error)"))
        }
    }

    /// Partials that include themselves, directly or through others, would recurse forever.
    private static func cycleDiagnostics(_ templates: [String: ParsedTemplate]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var finished: Set<String> = []
        func visit(_ name: String, path: [String]) {
            if let start = path.firstIndex(of: name) {
                let cycle = (path[start...] + [name]).joined(separator: " → ")
                let file = templates[path[start]]?.path ?? name
                diagnostics.append(Diagnostic(file: file, position: nil, severity: .error, code: "template-cycle",
                                              message: "templates include each other in a loop: \(cycle)"))
                return
            }
            guard !finished.contains(name), let template = templates[name] else { return }
            for include in template.includes { visit(include, path: path + [name]) }
            finished.insert(name)
        }
        for name in templates.keys.sorted() { visit(name, path: []) }
        return diagnostics
    }

    /// Renders template `name` with `context`, after checking that every key it uses is present.
    public func render(_ name: String, context: TemplateValue) -> Result<String, DiagnosticList> {
        guard let template = templates[name] else { return .failure(TemplateSet.missing(name)) }
        if let problems = problems(name, context: context) { return .failure(problems) }
        return .success(text(of: template, name: name, context: context))
    }

    /// Template `name` (which is `template`) rendered with `context`, keys unchecked: by its
    /// compiled form when it has one, else by swift-mustache.
    func text(of template: ParsedTemplate, name: String, context: TemplateValue) -> String {
        let compiled = compiled
        if let fast = compiled[name] { return fast.render(context, library: compiled) }
        // The library first: making it compiles every built-in template side by side.
        let library = library
        return template.mustache.render(context.mustacheValue, library: library)
    }

    /// What rendering template `name` with `context` would report: keys it asks for that the
    /// context lacks or holds as the wrong kind; nil when there is nothing.
    func problems(_ name: String, context: TemplateValue) -> DiagnosticList? {
        var checker = TemplateChecker(templates: templates)
        checker.check(name, context: context)
        return checker.diagnostics.isEmpty ? nil : DiagnosticList(checker.diagnostics)
    }

    /// The error for a template that does not exist.
    static func missing(_ name: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(file: "templates/\(name).mustache", position: nil, severity: .error,
                                   code: "template-missing", message: "the '\(name)' template is missing")])
    }
}
