import Markdown

extension Diagnostic: JSONWritable {
    /// Writes `{"file", "line", "column", "severity", "code", "message", "hint"}` (keys sorted);
    /// line and column are null for whole-file diagnostics, hint is omitted when absent.
    public func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("code", code)
            json.member("column", position?.column)
            json.member("file", file)
            json.member("hint", ifPresent: hint)
            json.member("line", position?.line)
            json.member("message", message)
            json.member("severity", severity.rawValue)
        }
    }
}

extension DiagnosticPrinter {
    /// One JSON array of findings, keys sorted, for `--format json`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        var json = JSONWriter()
        json.value(diagnostics)
        return json.text
    }
}
