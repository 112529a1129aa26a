import Markdown

/// A template compiled to render `TemplateValue`s directly, with exactly the text swift-mustache
/// gives for them.
///
/// swift-mustache looks every name up through dynamic casts and splits it at its dots each time
/// it is placed, and turns each object field into an `Any` when read: about 9% of a site build.
/// A compiled template has its names split once and reads the values as they are. Only the
/// templates whose every tag and character it can read the way swift-mustache does are compiled
/// (see `CompiledTemplate.init(_:)`); every other template is rendered by swift-mustache, which
/// also stays the oracle the tests compare with.
struct CompiledTemplate: Sendable {
    /// One piece of the template, as swift-mustache divides it.
    ///
    /// Text is kept in the pieces swift-mustache makes of it, a line at most, because inside a
    /// partial included with indentation the indentation goes before a piece, not a line.
    enum Token: Sendable {
        /// Literal text.
        case text(String)
        /// `{{name}}` when `escaped`, else `{{{name}}}` or `{{&name}}`.
        case variable(TemplateName, escaped: Bool)
        /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
        case section(TemplateName, inverted: Bool, content: CompiledTemplate)
        /// `{{>name}}`; `indentation` is the whitespace before it when it stands alone on its line.
        case partial(String, indentation: String?)
    }

    /// The template's pieces in order.
    let tokens: [Token]

    /// Names of the partials this template includes, directly or in its sections.
    var partials: Set<String> {
        var names: Set<String> = []
        for token in tokens {
            switch token {
            case .partial(let name, _): names.insert(name)
            case .section(_, _, let content): names.formUnion(content.partials)
            case .text, .variable: break
            }
        }
        return names
    }

    /// The template rendered with `context`, its partials found in `library`.
    func render(_ context: TemplateValue, library: [String: CompiledTemplate]) -> String {
        var rendering = CompiledRendering(library: library, stack: [context])
        rendering.output.reserveCapacity(65_536)
        rendering.render(self, indentation: "")
        return rendering.output
    }
}

/// A name as a tag gives it, split at its dots once.
struct TemplateName: Sendable {
    /// Where the first part is looked for.
    enum Scope: Sendable {
        /// In the innermost value that has it, then outwards (`title`, `site.title`).
        case stack
        /// In the innermost value only (`.title`), or the innermost value itself (`.`).
        case innermost
    }

    /// Where the first part is looked for.
    let scope: Scope
    /// The parts between dots, empty dots left out; none means the innermost value.
    let parts: [String]

    /// The name as written in a tag, read as swift-mustache reads it.
    init(_ written: String) {
        scope = written.first == "." ? .innermost : .stack
        parts = written == "." ? [] : written.split(separator: ".").map(String.init)
    }
}

/// One rendering in progress: the text so far and the stack of values sections have entered.
///
/// The text is built as a `String` from `String`s, so it is never checked as UTF-8 again (that
/// check of a whole page was 0.8% of a site build).
struct CompiledRendering {
    let library: [String: CompiledTemplate]
    var stack: [TemplateValue]
    var output = ""
    /// In a rendering of a list's frame, the marker that stands in for the list (see
    /// `CompiledTemplate+ListMarker.swift`); nil in every other rendering.
    var marker: ListMarker?

    init(library: [String: CompiledTemplate], stack: [TemplateValue], marker: ListMarker? = nil) {
        self.library = library
        self.stack = stack
        self.marker = marker
    }

    /// Renders `template`, each piece after a line break indented by `indentation` when it is
    /// not empty, as swift-mustache renders one template (a section's content counts as one):
    /// the line breaks it looks at are this template's own output.
    mutating func render(_ template: CompiledTemplate, indentation: String) {
        guard !indentation.isEmpty else {
            for token in template.tokens { render(token, indentation: indentation) }
            return
        }
        let start = output.utf8.count
        for token in template.tokens {
            let indents = endsWithLineFeed(since: start)
            if indents { output += indentation }
            let mark = output.utf8.count
            render(token, indentation: indentation)
            // The indentation is spaces and tabs after a line feed: as many characters as bytes.
            if indents, output.utf8.count == mark { output.removeLast(indentation.utf8.count) }
        }
    }

    /// Whether the output since `start` ends with a line feed that is a character of its own (not
    /// the end of a CR LF), as swift-mustache compares the last character of a template's output.
    private func endsWithLineFeed(since start: Int) -> Bool {
        let bytes = output.utf8
        let count = bytes.count
        guard count > start, let last = bytes.last, last == UInt8(ascii: "\n") else { return false }
        return count - 1 == start || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    private mutating func render(_ token: CompiledTemplate.Token, indentation: String) {
        switch token {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else {
                if marker != nil, standsForMarker(name) { placeMarker(escaped: escaped) }
                return
            }
            place(value, escaped: escaped)
        case .section(let name, false, let content):
            switch lookUp(name) {
            case nil:
                if marker != nil, standsForMarker(name) { placeMarker(escaped: false) }
            case .flag(false)?:
                return
            case .flag(true)?:
                render(content, indentation: indentation)
            case .list(let items)?:
                for item in items { entering(item) { $0.render(content, indentation: indentation) } }
            case let value?:
                if marker != nil, name.parts.isEmpty, stack.count == 1 { marker?.unmatched = true }
                entering(value) { $0.render(content, indentation: indentation) }
            }
        case .section(let name, true, let content):
            switch lookUp(name) {
            case nil:
                if marker == nil || !standsForMarker(name) { render(content, indentation: indentation) }
            case .flag(false)?:
                render(content, indentation: indentation)
            case .list(let items)? where items.isEmpty:
                entering(.list(items)) { $0.render(content, indentation: indentation) }
            default:
                return
            }
        case .partial(let name, let indented):
            guard let partial = library[name] else { return }
            render(partial, indentation: indented.map { indentation + $0 } ?? indentation)
        }
    }

    /// Runs `body` with `value` as the innermost value.
    private mutating func entering(_ value: TemplateValue, _ body: (inout CompiledRendering) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// Places a value as swift-mustache places the plain value it stands for.
    private mutating func place(_ value: TemplateValue, escaped: Bool) {
        let text: String
        switch value {
        case .text(let plain): text = plain
        case .html(let html): text = html.markup
        case .flag(let flag): text = flag ? "true" : "false"
        // Rejected by `TemplateChecker` before any rendering; written as swift-mustache would,
        // but for the marker's root object, which swift-mustache sees as another type.
        case .list, .object:
            marker?.unmatched = true
            text = String(describing: value.mustacheValue)
        }
        output += escaped ? HTMLEscaping().escapeText(text) : text
    }

    /// The value `name` stands for: its first part in the innermost value that has it (or only
    /// the innermost, for `.name`), the other parts each a field of the one before.
    ///
    /// Only objects have fields. swift-mustache also asks `Mirror` for a member of a text, a flag
    /// or a list on the stack; those are named with a leading `_` (`_guts`), which no page's key
    /// has, and `TemplateChecker` rejects any name that is not a key before a page is rendered.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first, let top = stack.last else { return stack.last }
        var value: TemplateValue
        switch name.scope {
        case .innermost:
            guard let found = top.field(first) else { return nil }
            value = found
        case .stack:
            guard let found = stack.reversed().lazy.compactMap({ $0.field(first) }).first else { return nil }
            value = found
        }
        for part in name.parts.dropFirst() {
            guard let next = value.field(part) else { return nil }
            value = next
        }
        return value
    }
}
