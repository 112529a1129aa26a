import Markdown
import Mustache

/// Compiles template text with swift-mustache so that the text it places with `{{name}}` is
/// escaped by `HTMLEscaping`: the same characters as swift-mustache's own HTML escaping, found
/// without a dictionary lookup per character (that lookup was 3% of a site build).
///
/// swift-mustache chooses a template's escaping with the `CONTENT_TYPE` pragma, and starts each
/// partial again from its own HTML escaping. So every template is compiled with a first line
/// that names ours; swift-mustache drops that line as a standalone tag, so the rest of the
/// template renders exactly as it would alone, and a template that sets its own content type
/// still does.
enum TemplateCompiler {
    /// The name `HTMLEscaping` is registered under.
    static let contentType = "APPRAISE_HTML"
    /// The line put before every template's text.
    static let pragma = "{{% CONTENT_TYPE: \(contentType) }}\n"
    /// How many lines `pragma` adds, which a syntax error's line number counts.
    static let addedLines = 1

    private static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscaping(), named: contentType)
        return true
    }()

    /// `text` compiled, escaping with `HTMLEscaping`.
    static func compile(_ text: String) throws -> MustacheTemplate {
        _ = registered
        return try MustacheTemplate(string: pragma + text)
    }
}

/// HTML escaping with exactly the output of swift-mustache's: `<`, `>`, `&`, `"` and `'` become
/// `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;` where each is a character on its own.
///
/// swift-mustache compares characters (grapheme clusters), so a `<` that a combining mark
/// follows, or a prepended mark precedes, is a different character and stays as it is. Between
/// two ASCII bytes other than CR LF there is always a character boundary, so when every special
/// byte has ASCII bytes (or the ends of the text) on both sides, `SafeHTML.escape`, which works
/// on bytes and writes the same entities, gives the same text; otherwise the text is escaped
/// character by character, as swift-mustache does.
struct HTMLEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.hasSpecialBesideNonASCII(text) ? HTMLEscaping.byCharacter(text) : SafeHTML.escape(text)
    }

    /// Whether a special byte of `text` has a byte that is not ASCII beside it, where it may be
    /// part of a larger character.
    static func hasSpecialBesideNonASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices where special.contains(bytes[index]) {
                if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < bytes.count && bytes[index + 1] >= 0x80) { return true }
            }
            return false
        }
    }

    /// The bytes of the five special characters.
    private static let special = ASCIISet("<>&\"'")

    /// `text` escaped one character at a time, as swift-mustache does.
    static func byCharacter(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
