import Markdown

/// Expression braces that do not pair up: a `{{` never closed by `}}` (on its line or the next),
/// or a `}}` that closes nothing. In prose each is an error; in code, raw HTML and data blocks
/// the text stays as written.
public struct BraceProblem: Hashable, Sendable {
    /// Which brace is unpaired.
    public enum Kind: Hashable, Sendable {
        /// A `{{` with no `}}` before a blank line, another `{{` or the length limit.
        case unclosedOpening
        /// A `}}` with no `{{` before it.
        case strayClosing
    }

    /// Which brace is unpaired.
    public var kind: Kind
    /// The file position of the brace's first character.
    public var position: SourcePosition
    /// The byte offset of the brace in the masked text.
    var offset: Int

    /// The two characters of the brace as written.
    public var source: String { kind == .unclosedOpening ? "{{" : "}}" }

    /// The error an unpaired brace in prose gets.
    public func diagnostic(file: String) -> Diagnostic {
        switch kind {
        case .unclosedOpening:
            Diagnostic(file: file, position: position, length: 2, severity: .error, code: "expression-unclosed",
                       message: "'{{' opens an expression that is never closed",
                       hint: "close it with }} on the same or the next line, or write \\{{ for literal braces")
        case .strayClosing:
            Diagnostic(file: file, position: position, length: 2, severity: .error, code: "expression-stray-close",
                       message: "'}}' closes no expression",
                       hint: "open the expression with {{, or write \\}} for literal braces")
        }
    }
}
