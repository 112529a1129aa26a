import Foundation

extension Diagnostic: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, code, message, hint
    }

    /// Encodes as `{"file", "line", "column", "severity", "code", "message", "hint"}`;
    /// line and column are null for whole-file diagnostics, hint is omitted when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(position?.line, forKey: .line)
        try container.encode(position?.column, forKey: .column)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(hint, forKey: .hint)
    }
}

extension DiagnosticPrinter {
    /// One JSON array of findings, keys sorted, for `--format json`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(diagnostics) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
