extension CompiledTemplate {
    /// The template rendered with the object `fields` in which list `list` is a marker, `marker`,
    /// exactly as swift-mustache renders it with the list replaced by a `MustacheLambda` that
    /// returns `marker` (see `ListFrame`); nil when the rendering meets what it cannot render as
    /// swift-mustache does then.
    ///
    /// The list's frame was found that way with swift-mustache alone: 2.5 million instructions
    /// of dynamic casts for each listing page.
    func render(_ fields: [String: TemplateValue], marking list: String, with marker: String,
                library: [String: CompiledTemplate]) -> String? {
        guard !marker.utf8.contains(UInt8(ascii: "{")) else { return nil }
        var root = fields
        root[list] = nil
        var rendering = CompiledRendering(library: library, stack: [.object(root)], marker: ListMarker(list: list, text: marker))
        rendering.render(self, indentation: "")
        guard rendering.marker?.unmatched == false else { return nil }
        return rendering.output
    }
}

/// The marker a rendering places where the root's list would be, as swift-mustache places a
/// lambda's text.
///
/// The list is left out of the root object, so a name that no value on the stack has is the
/// list when it is the list's name alone, read from the root: first in the whole stack, or, as
/// `.list`, when the root is the innermost value. swift-mustache then places the lambda's text
/// for a section or a variable (a lambda is truthy, so an inverted section shows nothing), but
/// as a template rendered as a section over the innermost value: once for most values, never
/// for `false` or an empty list, once per item for a list. A dotted name that goes on from the
/// list finds nothing, as the lambda's text has no members.
struct ListMarker {
    /// The list's name.
    let list: String
    /// The text placed for it.
    let text: String
    /// Whether the rendering met what swift-mustache renders otherwise with the lambda: the root
    /// object placed as text (swift-mustache describes another type) or entered by `{{#.}}`
    /// (after which `.list` finds the lambda in a value that is not the first on the stack).
    var unmatched = false
}

extension CompiledRendering {
    /// Whether `name`, which no value on the stack has, is the marker's list.
    func standsForMarker(_ name: TemplateName) -> Bool {
        guard let marker, name.parts.count == 1, name.parts[0] == marker.list else { return false }
        return name.scope == .stack || stack.count == 1
    }

    /// Places the marker, escaped when `escaped`, as many times as a section over the innermost
    /// value renders its content.
    mutating func placeMarker(escaped: Bool) {
        guard let marker else { return }
        let copies = switch stack.last {
        case .flag(let flag)?: flag ? 1 : 0
        case .list(let items)?: items.count
        case .text?, .html?, .object?, nil: 1
        }
        let text = escaped ? HTMLEscaping().escapeText(marker.text) : marker.text
        for _ in 0..<copies { output += text }
    }
}
