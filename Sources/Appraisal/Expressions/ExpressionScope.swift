/// The names an expression can refer to. The document's computed statistics implement it;
/// the expression language itself knows no names.
public protocol ExpressionScope {
    /// Resolves a dotted name (e.g. ["improvement", "rr", "low"]), with call arguments when
    /// written as a call (`relapse.ivig.survival(12)` gives `[12]`; `name()` gives `[]`).
    func resolve(_ path: [String], arguments: [Double]?) -> Result<Quantity, ExpressionLookupFailure>
}

/// Why a scope could not resolve a name; the evaluator turns it into an `ExpressionError`
/// underlining the name in the expression text.
public struct ExpressionLookupFailure: Error, Sendable, Hashable {
    /// The broad reason, which selects the error's stable kind.
    public enum Reason: String, Sendable, Hashable {
        /// No such name (mapped to `ExpressionError.Kind.unknownName`).
        case unknownName
        /// The name exists but was called wrongly: missing, extra or out-of-range arguments,
        /// or a call on a name that is not a function (mapped to `.invalidArguments`).
        case invalidArguments
        /// The name exists but has no value for these data, e.g. a test needing more patients
        /// (mapped to `.valueUnavailable`).
        case unavailable
    }

    /// The broad reason.
    public var reason: Reason
    /// A complete sentence without the name's position, e.g.
    /// "unknown statistic 'fisher.pp' for binary block 'improvement'".
    public var message: String
    /// Nearest valid names, best first, shown as "did you mean ...?"; may be empty.
    public var suggestions: [String]
    /// Extra advice shown when there are no suggestions.
    public var hint: String?

    /// Creates a failure; see `ExpressionSuggestions.nearest(to:among:limit:)` for suggestions.
    public init(reason: Reason = .unknownName, message: String, suggestions: [String] = [], hint: String? = nil) {
        self.reason = reason
        self.message = message
        self.suggestions = suggestions
        self.hint = hint
    }

    /// A failure for a name that does not exist.
    public static func unknownName(_ message: String, suggestions: [String] = []) -> ExpressionLookupFailure {
        ExpressionLookupFailure(reason: .unknownName, message: message, suggestions: suggestions)
    }

    /// A failure for a name called with unusable arguments.
    public static func invalidArguments(_ message: String, hint: String? = nil) -> ExpressionLookupFailure {
        ExpressionLookupFailure(reason: .invalidArguments, message: message, hint: hint)
    }

    /// A failure for a name that exists but has no value for these data.
    public static func unavailable(_ message: String, hint: String? = nil) -> ExpressionLookupFailure {
        ExpressionLookupFailure(reason: .unavailable, message: message, hint: hint)
    }
}
