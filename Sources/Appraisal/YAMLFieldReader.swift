import Markdown
import Yams

/// Reads typed values out of a YAML mapping, collecting a located diagnostic for each mistake.
///
/// Shared by the front matter and (later) data blocks: wrong types are errors that name the
/// key and what was expected; unknown keys are warnings with a suggestion.
struct YAMLFieldReader {
    let source: YAMLSource
    private(set) var diagnostics: [Diagnostic] = []

    init(source: YAMLSource) {
        self.source = source
    }

    /// The mapping's entries by key, reporting unknown and non-string keys.
    mutating func entries(of mapping: Node.Mapping, known: [String], context: String) -> [String: Node] {
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                report(keyNode, code: "yaml-key-not-text", "a key in \(context) must be plain text")
                continue
            }
            if !known.contains(key) {
                report(keyNode, severity: .warning, code: "\(context.replacingAll(" ", with: "-"))-unknown-key",
                       "unknown key '\(key)' in \(context)", hint: Suggestion.hint(for: key, in: known),
                       length: key.utf8.count)
            }
            result[key] = value
        }
        return result
    }

    /// A non-empty text scalar.
    mutating func string(_ node: Node?, key: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report(node, code: "yaml-type", "'\(key)' must be text, not \(YAMLFieldReader.describe(node))")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        guard !text.isEmpty else {
            report(node, code: "yaml-empty", "'\(key)' is empty", hint: "give it a value or remove the line")
            return nil
        }
        return text
    }

    /// A list of text scalars; a single scalar counts as a list of one.
    mutating func stringList(_ node: Node?, key: String) -> [String]? {
        guard let node else { return nil }
        if node.scalar != nil { return string(node, key: key).map { [$0] } }
        guard let sequence = node.sequence else {
            report(node, code: "yaml-type", "'\(key)' must be a list of text, not \(YAMLFieldReader.describe(node))")
            return nil
        }
        return sequence.compactMap { string($0, key: key) }
    }

    /// A `YYYY-MM-DD` date.
    mutating func date(_ node: Node?, key: String) -> ISODate? {
        guard let node, let text = string(node, key: key) else { return nil }
        guard let date = ISODate(text) else {
            report(node, code: "yaml-date", "'\(key)' must be a date like 2018-09-12, not '\(text)'",
                   hint: "write dates as YYYY-MM-DD", length: text.utf8.count)
            return nil
        }
        return date
    }

    /// `true` or `false`.
    mutating func bool(_ node: Node?, key: String) -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar, let value = Bool(scalar.string.lowercased()) else {
            report(node, code: "yaml-type", "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// A mapping, or nil with an error when the node is something else.
    mutating func mapping(_ node: Node?, key: String) -> Node.Mapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(node, code: "yaml-type", "'\(key)' must be a mapping of keys to values, not \(YAMLFieldReader.describe(node))")
            return nil
        }
        return mapping
    }

    /// The source's root node, recording a syntax error; `parsed` is false when the text is not
    /// YAML (an empty document parses, without a root).
    mutating func root() -> (parsed: Bool, node: Node?) {
        switch source.parse() {
        case .failure(let diagnostic):
            append(diagnostic)
            return (false, nil)
        case .success(let node):
            return (true, node)
        }
    }

    /// Records a diagnostic made elsewhere.
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic at `node`.
    mutating func report(
        _ node: Node, severity: Diagnostic.Severity = .error, code: String, _ message: String,
        hint: String? = nil, length: Int = 1
    ) {
        diagnostics.append(source.error(at: source.position(of: node), code: code, message, hint: hint,
                                        severity: severity, length: length))
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    /// One look at each end's bytes: linear in what is trimmed, not in the string.
    public func trimmingWhitespace() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }), let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first..<utf8.index(after: last)])
    }
}
