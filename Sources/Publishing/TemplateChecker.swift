import Appraisal
import Markdown

/// Checks that a template, rendered with a given context, finds every key it asks for with a
/// value of the right kind.
///
/// It follows the same paths rendering will (sections over lists visit every item), so it
/// reports exactly the tags that would otherwise render as blanks or unescaped text.
struct TemplateChecker {
    let templates: [String: ParsedTemplate]
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<String> = []

    init(templates: [String: ParsedTemplate]) {
        self.templates = templates
    }

    mutating func check(_ name: String, context: TemplateValue) {
        guard let template = templates[name] else { return }
        var stack = [context]
        check(template.elements, in: template, stack: &stack)
    }

    /// Checks `elements` against the context `stack`, innermost last; a section pushes its value
    /// for its content and pops it after, so a list of many entries costs no copy of the stack.
    private mutating func check(_ elements: [MustacheElement], in template: ParsedTemplate, stack: inout [TemplateValue]) {
        for element in elements {
            switch element {
            case .variable(let name, let escaped, let position):
                guard let value = resolve(name, in: stack, template: template, position: position) else { continue }
                switch (value, escaped) {
                case (.text, true), (.html, false): break
                case (.text, false):
                    report(template, position, "'\(name)' is text and must be placed with {{\(name)}} so that it is escaped")
                case (.html, true):
                    report(template, position, "'\(name)' is HTML and must be placed with {{{\(name)}}}")
                default:
                    report(template, position, "'\(name)' is \(value.kindName), which cannot be placed as text",
                           hint: "use {{#\(name)}}...{{/\(name)}} to show content for it")
                }
            case .section(let name, let inverted, let content, let position):
                guard let value = resolve(name, in: stack, template: template, position: position) else { continue }
                if inverted {
                    if !value.isTruthy { check(content, in: template, stack: &stack) }
                } else if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        check(content, in: template, stack: &stack)
                        stack.removeLast()
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    check(content, in: template, stack: &stack)
                    stack.removeLast()
                }
            case .partial(let name, let position), .parent(let name, _, let position):
                guard let partial = templates[name] else {
                    report(template, position, "template '\(name)' does not exist",
                           hint: Suggestion.hint(for: name, in: templates.keys))
                    continue
                }
                if case .parent(_, let content, _) = element { check(content, in: template, stack: &stack) }
                check(partial.elements, in: partial, stack: &stack)
            case .block(_, let content, _):
                check(content, in: template, stack: &stack)
            }
        }
    }

    private mutating func resolve(_ name: String, in stack: [TemplateValue], template: ParsedTemplate,
                                  position: SourcePosition) -> TemplateValue? {
        if name == "." { return stack.last }
        if !ByteSearch.contains(UInt8(ascii: "."), in: name) {
            for value in stack.reversed() {
                if let found = value.field(name) { return found }
            }
        }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, var value = stack.reversed().lazy.compactMap({ $0.field(first) }).first else {
            let available = Set(stack.flatMap(\.fields.keys))
            report(template, position, "the template uses '\(name)', which this page does not provide",
                   hint: Suggestion.hint(for: parts.first ?? name, in: available))
            return nil
        }
        for part in parts.dropFirst() {
            guard let next = value.fields[part] else {
                report(template, position, "the template uses '\(name)', but '\(part)' is not one of its fields",
                       hint: Suggestion.hint(for: part, in: value.fields.keys))
                return nil
            }
            value = next
        }
        return value
    }

    private mutating func report(_ template: ParsedTemplate, _ position: SourcePosition, _ message: String, hint: String? = nil) {
        let key = "\(template.path):\(position):\(message)"
        guard reported.insert(key).inserted else { return }
        diagnostics.append(Diagnostic(file: template.path, position: position, severity: .error,
                                      code: "template-key", message: message, hint: hint))
    }
}
