import Markdown

/// Turns diagnostics into the text a terminal, a CI log or a JSON consumer reads.
public enum DiagnosticPrinter {
    /// Compiler-style text: the headline, the source line with a caret under the column, and
    /// the hint, e.g.
    /// ```
    /// appraisals/x.md:3:8: error: 'date' must be an ISO date like 2018-09-12
    ///     3 | date: 12/09/2018
    ///       |       ^~~~~~~~~~
    ///       = hint: write the date as YYYY-MM-DD
    /// ```
    /// - Parameter sourceLines: the lines of the diagnostic's file, when available.
    public static func text(_ diagnostic: Diagnostic, sourceLines: [Substring]? = nil) -> String {
        var lines = [diagnostic.headline]
        let gutter: String
        if let position = diagnostic.position, let sourceLines,
           position.line >= 1, position.line <= sourceLines.count {
            let number = String(position.line)
            gutter = String(repeating: " ", count: number.count + 1)
            let excerpt = SourceExcerpt(line: sourceLines[position.line - 1], column: position.column)
            lines.append(" \(number) | \(excerpt.text)")
            lines.append("\(gutter) | \(caretLine(for: excerpt.visible, column: excerpt.column, length: diagnostic.length, lead: excerpt.lead))")
        } else {
            gutter = "   "
        }
        if let hint = diagnostic.hint {
            lines.append("\(gutter) = hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    /// A GitHub Actions workflow command that shows the diagnostic as an annotation.
    public static func github(_ diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties = ["file=\(escapeProperty(diagnostic.file))"]
        if let position = diagnostic.position {
            properties.append("line=\(position.line)")
            properties.append("col=\(position.column)")
        }
        properties.append("title=\(escapeProperty(diagnostic.code))")
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// Spaces up to the column (tabs kept, so the caret lines up), then `^~~~` over the span;
    /// `lead` is the width of the `…` that starts a clipped excerpt.
    private static func caretLine(for line: Substring, column: Int, length: Int, lead: Int) -> String {
        let prefix = line.utf8.prefix(max(0, column - 1))
        let padding = String(repeating: " ", count: lead) + String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
        let available = max(1, line.utf8.count - (column - 1))
        return padding + "^" + String(repeating: "~", count: max(0, min(length, available) - 1))
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    ///
    /// Most texts hold no occurrence, and the standard library's split by a string is slow
    /// (data cells were 1% of a site build): a search of the bytes settles those at once, since
    /// text that holds `target`'s characters holds its bytes.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard ByteSearch.contains(Array(target.utf8), in: self) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
