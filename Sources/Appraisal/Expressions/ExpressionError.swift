/// A problem in an inline expression, located by UTF-8 byte offsets into the expression text
/// (the content between `{{` and `}}`), so a diagnostic can draw `^~~~` under it.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable classification of the problem; `rawValue` is a kebab-case diagnostic code.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The text is longer than `ExpressionLimits.maximumBytes`.
        case tooLong = "expression-too-long"
        /// Parentheses, unary minus and call arguments nest deeper than `ExpressionLimits.maximumDepth`.
        case tooDeep = "expression-too-deep"
        /// More than `ExpressionLimits.maximumFilters` filters.
        case tooManyFilters = "too-many-filters"
        /// Nothing (or only filters) between the braces.
        case emptyExpression = "empty-expression"
        /// A character the language does not use.
        case unexpectedCharacter = "unexpected-character"
        /// A number written wrongly, such as `1.` or `2e` or `3x`.
        case malformedNumber = "malformed-number"
        /// A number too large or too small for a Double.
        case numberOutOfRange = "number-out-of-range"
        /// A token where something else was expected.
        case unexpectedToken = "unexpected-token"
        /// The text ends where more was expected.
        case unexpectedEnd = "unexpected-end"
        /// A `(` without its `)`.
        case unclosedParenthesis = "unclosed-parenthesis"
        /// A `)` without its `(`.
        case unmatchedParenthesis = "unmatched-parenthesis"
        /// Input left over after a complete expression.
        case trailingInput = "trailing-input"
        /// A filter name that does not exist.
        case unknownFilter = "unknown-filter"
        /// A filter given the wrong number of arguments.
        case filterArgumentCount = "filter-argument-count"
        /// A filter argument outside its range or not a whole number.
        case filterArgumentValue = "filter-argument-value"
        /// Filters that contradict each other, or the same filter twice.
        case conflictingFilters = "conflicting-filters"
        /// A filter that does not fit the value, such as `ci` without an interval.
        case filterNotApplicable = "filter-not-applicable"
        /// A name the scope does not know.
        case unknownName = "unknown-name"
        /// A name called with unusable arguments.
        case invalidArguments = "invalid-arguments"
        /// A name that exists but has no value for these data.
        case valueUnavailable = "value-unavailable"
        /// Division by a value that is zero.
        case divisionByZero = "division-by-zero"
        /// Arithmetic whose result is infinite or not a number.
        case notFinite = "not-finite"
    }

    /// The classification, for codes and tests.
    public var kind: Kind
    /// A complete sentence saying what is wrong, e.g. "unclosed parenthesis".
    public var message: String
    /// UTF-8 byte offset into the expression text where the problem starts.
    public var offset: Int
    /// Bytes to underline from `offset`; at least 1.
    public var length: Int
    /// How to fix it, e.g. "did you mean 'fixed'?"; nil when there is nothing useful to add.
    public var hint: String?

    /// Creates an error; a length below 1 is raised to 1.
    public init(_ kind: Kind, _ message: String, offset: Int, length: Int = 1, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.offset = max(0, offset)
        self.length = max(1, length)
        self.hint = hint
    }

    /// Creates an error covering `span`.
    init(_ kind: Kind, _ message: String, at span: ExpressionSpan, hint: String? = nil) {
        self.init(kind, message, offset: span.offset, length: span.length, hint: hint)
    }

    /// The underlined bytes as a span.
    public var span: ExpressionSpan { ExpressionSpan(offset: offset, length: length) }

    /// "offset 4: unclosed parenthesis (add ')' to close it)", for logs and test output.
    public var description: String {
        let base = "offset \(offset): \(message)"
        guard let hint else { return base }
        return base + " (" + hint + ")"
    }
}
