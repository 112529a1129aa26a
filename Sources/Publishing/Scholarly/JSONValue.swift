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
    case object(JSONFields)

    /// Writes the value as itself.
    func write(to json: inout JSONWriter) {
        switch self {
        case .string(let text): json.string(text)
        case .int(let number): json.number(number)
        case .array(let items): json.value(items)
        case .object(let fields):
            // `JSONWriter` puts the members in key order as the object closes.
            json.object { json in
                for field in fields.fields { json.member(field.key, field.value) }
            }
        }
    }

    /// An object of the fields that are present.
    static func object(dropping fields: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(JSONFields(fields: fields.compactMap { key, value in value.map { JSONFields.Field(key: key, value: $0) } }))
    }

    /// The pretty-printed document ending in a line break.
    var text: String { String(assembledUTF8: document(escapingHTML: false)) }

    /// The document for a `<script>` element, as UTF-8: `<`, `>` and `&` as `\u003c`-style
    /// escapes, which JSON reads as the same characters but HTML cannot take for `</script>` or
    /// `<!--`.
    var scriptBytes: [UInt8] { document(escapingHTML: true) }

    private func document(escapingHTML: Bool) -> [UInt8] {
        var json = JSONWriter(escapingHTML: escapingHTML)
        json.value(self)
        json.appendLineBreak()
        return json.bytes
    }
}

/// An object's fields in the order written, keys all different: written from a literal, as a
/// dictionary was, but kept as a list, since `JSONWriter` orders the keys itself. Hashing every
/// key into a dictionary, then sorting its entries, was half the cost of a page's JSON-LD.
struct JSONFields: ExpressibleByDictionaryLiteral, Hashable, Sendable {
    /// One field.
    struct Field: Hashable, Sendable {
        /// Its key.
        let key: String
        /// Its value.
        let value: JSONValue
    }

    /// The fields, in the order given.
    let fields: [Field]

    /// The fields of a literal; its keys must differ.
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        fields = elements.map { Field(key: $0.0, value: $0.1) }
    }

    /// The fields given.
    init(fields: [Field]) {
        self.fields = fields
    }
}
