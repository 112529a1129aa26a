import Markdown

/// A JSON document built from values, written with sorted keys by `JSONWriter`, so that every
/// string is escaped by the writer and two builds give the same bytes.
enum JSONValue: JSONWritable, Hashable, Sendable {
    /// A string.
    case string(String)
    /// An integer.
    case int(Int)
    /// A list.
    case array([JSONValue])
    /// An object; keys are written sorted.
    case object([String: JSONValue])

    /// Writes the value as itself.
    func write(to json: inout JSONWriter) {
        switch self {
        case .string(let text): json.string(text)
        case .int(let number): json.number(number)
        case .array(let items): json.value(items)
        case .object(let fields): json.value(fields)
        }
    }

    /// An object of the fields that are present.
    static func object(dropping fields: [String: JSONValue?]) -> JSONValue {
        .object(fields.compactMapValues { $0 })
    }

    /// The pretty-printed document ending in a line break.
    var text: String { document(escapingHTML: false) }

    /// The document for a `<script>` element: `<`, `>` and `&` as `\u003c`-style escapes, which
    /// JSON reads as the same characters but HTML cannot take for `</script>` or `<!--`.
    var scriptText: String { document(escapingHTML: true) }

    private func document(escapingHTML: Bool) -> String {
        var json = JSONWriter(escapingHTML: escapingHTML)
        json.value(self)
        json.appendLineBreak()
        return json.text
    }
}
