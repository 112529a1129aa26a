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

    /// A template compiled already from `source`.
    init(path: String, source: String, mustache: MustacheTemplate, elements: [MustacheElement]) {
        self.path = path
        self.source = source
        self.elements = elements
        compiled = MadeOnce { mustache }
    }

    /// A built-in template, compiled from `text` when it is first rendered: compiling the whole
    /// built-in set was a tenth of a rebuild that renders nothing. Every built-in template
    /// compiles (a test checks that they do); one that did not would render as `blank`.
    init(path: String, builtIn text: String, elements: [MustacheElement], blank: MustacheTemplate) {
        self.path = path
        source = text
        self.elements = elements
        compiled = MadeOnce { (try? TemplateCompiler.compile(text)) ?? blank }
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
