import Foundation

/// A JSON document built from values, encoded by Foundation's encoder with sorted keys, so that
/// every string is escaped by the encoder and two builds give the same bytes.
enum JSONValue: Encodable, Hashable, Sendable {
    /// A string.
    case string(String)
    /// An integer.
    case int(Int)
    /// A list.
    case array([JSONValue])
    /// An object; keys are written sorted.
    case object([String: JSONValue])

    /// Encodes the value as itself.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let number): try container.encode(number)
        case .array(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }

    /// An object of the fields that are present.
    static func object(dropping fields: [String: JSONValue?]) -> JSONValue {
        .object(fields.compactMapValues { $0 })
    }

    /// The pretty-printed document ending in a line break; `{}` if encoding failed (it cannot:
    /// these values have no numbers that JSON lacks).
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The document for a `<script>` element: `<`, `>` and `&` as `\u003c`-style escapes, which
    /// JSON reads as the same characters but HTML cannot take for `</script>` or `<!--`.
    var scriptText: String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            default: result.append(character)
            }
        }
        return result
    }
}
