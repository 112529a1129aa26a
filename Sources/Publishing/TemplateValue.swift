import Markdown

/// A value handed to a template: text (escaped when placed), checked HTML, a flag, a list or an
/// object.
///
/// Templates only ever see these, never arbitrary Swift values, so that every key can be
/// checked before rendering and every piece of text is escaped unless it is already `SafeHTML`.
///
/// Not `indirect`: lists and objects already hold their values in the array's and dictionary's
/// storage, and boxing every case put each of a page's hundreds of values in an allocation of
/// its own.
public enum TemplateValue: Hashable, Sendable {
    /// Text, escaped by `{{name}}`; placing it with `{{{name}}}` is an error.
    case text(String)
    /// Markup built as `SafeHTML`, placed with `{{{name}}}`.
    case html(SafeHTML)
    /// A condition for `{{#name}}` and `{{^name}}`; also how an absent optional is written.
    case flag(Bool)
    /// A list for `{{#name}}...{{/name}}` repetition.
    case list([TemplateValue])
    /// Named values, pushed on the context stack by a section.
    case object([String: TemplateValue])

    /// Text when present, else `false`, so that `{{#key}}...{{/key}}` shows it only when given.
    public static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.text) ?? .flag(false)
    }

    /// The plain Swift value swift-mustache renders. An object's fields are converted only when
    /// the template reads them (see `MustacheObject`), so a listing of many pages is not copied whole.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .html(let html): html.markup
        case .flag(let flag): flag
        case .list(let items): items.map(\.mustacheValue)
        case .object(let fields): MustacheObject(fields: fields)
        }
    }

    /// Whether a section over this value renders its content (Mustache's truthiness).
    var isTruthy: Bool {
        switch self {
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        case .text, .html, .object: true
        }
    }

    /// The value's fields, when it is an object.
    var fields: [String: TemplateValue] {
        if case .object(let fields) = self { return fields }
        return [:]
    }

    /// The field `name`, when the value is an object that has it.
    func field(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// A word for the value's kind in error messages.
    var kindName: String {
        switch self {
        case .text: "text"
        case .html: "HTML"
        case .flag: "a true/false flag"
        case .list: "a list"
        case .object: "an object"
        }
    }
}
