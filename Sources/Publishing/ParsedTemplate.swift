import Mustache

/// One template: where it came from, its text compiled by swift-mustache, and its structure
/// for checking.
struct ParsedTemplate: Sendable {
    /// Where diagnostics point: `templates/report.mustache`, or `(built-in)/report.mustache`.
    let path: String
    /// The template's text, as written.
    let source: String
    /// The compiled template (see `TemplateCompiler`).
    var mustache: MustacheTemplate { compiled.value }
    /// The tags, for key checking.
    let elements: [MustacheElement]
    /// The compiled template, now or when first used.
    private let compiled: MadeOnce<MustacheTemplate>
    /// The template as `CompiledTemplate` took it while the template was read, so that the set's
    /// compiled library need not read it again; nil when it was not tried then.
    let compiledForm: CompiledTemplate?

    /// A template compiled already from `source`.
    init(path: String, source: String, mustache: MustacheTemplate, elements: [MustacheElement]) {
        self.path = path
        self.source = source
        self.elements = elements
        compiled = MadeOnce { mustache }
        compiledForm = nil
    }

    /// A template compiled from `text` when swift-mustache is first asked for it: compiling the
    /// whole built-in set was a tenth of a rebuild that renders nothing. Only templates known to
    /// compile are deferred: the built-in ones (a test checks that they do), and the user's that
    /// `CompiledTemplate` takes, which swift-mustache takes too (the `templates` fuzz target
    /// checks that it does). One that did not would render as `blank`.
    init(path: String, deferred text: String, elements: [MustacheElement], blank: MustacheTemplate, compiledForm: CompiledTemplate? = nil) {
        self.path = path
        source = text
        self.elements = elements
        compiled = MadeOnce { (try? TemplateCompiler.compile(text)) ?? blank }
        self.compiledForm = compiledForm
    }

    /// Names of the partials and parents this template includes directly.
    var includes: [String] {
        var names: [String] = []
        func collect(_ elements: [MustacheElement]) {
            for element in elements {
                switch element {
                case .partial(let name, _): names.append(name)
                case .parent(let name, let content, _): names.append(name); collect(content)
                case .section(_, _, let content, _), .block(_, let content, _): collect(content)
                case .variable: break
                }
            }
        }
        collect(elements)
        return names
    }
}
