import Markdown

/// One problem found in a source file or template, located and explained.
///
/// Diagnostics are values: every stage collects them into a list instead of throwing at the
/// first, so a user sees every problem in one run.
public struct Diagnostic: Hashable, Sendable {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// The file cannot be built correctly.
        case error
        /// The file builds, but something is probably wrong (an error under `--strict`).
        case warning
        /// Extra information attached to the build.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        /// Errors sort before warnings, warnings before notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The file as the user named it (relative to the working directory where possible).
    public var file: String
    /// Where in the file; nil when the problem concerns the whole file.
    public var position: SourcePosition?
    /// How many bytes from `position` the problem spans, for the caret line (at least 1).
    public var length: Int
    /// How serious it is.
    public var severity: Severity
    /// A stable kebab-case name for tools, e.g. `front-matter-unknown-key`.
    public var code: String
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?
    /// Where the real problem is when this one follows from it (an expression naming a data
    /// block that failed to read): printed after that problem, whatever its own line.
    public var cause: SourcePosition?

    /// Creates a diagnostic.
    public init(
        file: String, position: SourcePosition?, length: Int = 1, severity: Severity, code: String,
        message: String, hint: String? = nil
    ) {
        self.file = file
        self.position = position
        self.length = max(1, length)
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: severity: message`, as compilers print it.
    public var headline: String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error, or (when `strict`) a warning.
    public func hasFailures(strict: Bool) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// Sorted by file, then position, then severity: the order in which they are printed.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            let left = $0.cause ?? $0.position ?? SourcePosition(line: 0, column: 0)
            let right = $1.cause ?? $1.position ?? SourcePosition(line: 0, column: 0)
            if left != right { return left < right }
            if ($0.cause == nil) != ($1.cause == nil) { return $0.cause == nil }
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            return $0.message < $1.message
        }
    }
}

extension Diagnostic: Error, CustomStringConvertible {
    /// The headline, so a diagnostic thrown as an error prints as the compiler-style line.
    public var description: String { headline }
}

/// Several diagnostics that together stop an operation (a template set with three errors).
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order found.
    public var diagnostics: [Diagnostic]

    /// Wraps a list of diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One headline per line.
    public var description: String { diagnostics.map(\.headline).joined(separator: "\n") }
}
