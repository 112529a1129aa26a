import Mustache

/// An object of a template context as swift-mustache sees it: each field is turned into the value
/// swift-mustache renders when a tag reads it, instead of the whole object being converted up front.
///
/// swift-mustache treats it exactly as the `[String: Any]` it replaces (a `MustacheParent`); placing an
/// object as text, the one case where they would differ, is rejected by `TemplateChecker`.
struct MustacheObject: MustacheParent {
    /// The object's fields.
    let fields: [String: TemplateValue]

    /// The renderable value of field `named`; nil when there is no such field.
    func child(named: String) -> Any? {
        fields[named]?.mustacheValue
    }
}
