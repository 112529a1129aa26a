import Mustache

/// One template: where it came from, its text compiled by swift-mustache, and its structure
/// for checking.
struct ParsedTemplate: Sendable {
    /// Where diagnostics point: `templates/report.mustache`, or `(built-in)/report.mustache`.
    let path: String
    /// The compiled template.
    let mustache: MustacheTemplate
    /// The tags, for key checking.
    let elements: [MustacheElement]

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
