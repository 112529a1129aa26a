/// A range of UTF-8 bytes in an expression's text.
public struct ExpressionSpan: Sendable, Hashable {
    /// The first byte's offset.
    public var offset: Int
    /// The number of bytes.
    public var length: Int
    /// The offset just past the last byte.
    public var end: Int { offset + length }

    /// Creates a span.
    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    /// The span from the start of `first` to the end of `last`.
    init(from first: ExpressionSpan, through last: ExpressionSpan) {
        self.init(offset: first.offset, length: max(first.end, last.end) - first.offset)
    }
}

/// Input limits that keep hostile documents from exhausting time or stack.
public enum ExpressionLimits {
    /// The longest expression text accepted, in UTF-8 bytes.
    public static let maximumBytes = 500
    /// The deepest nesting accepted; each `(`, unary `-` and call argument list adds one level.
    public static let maximumDepth = 32
    /// The most filters after one expression.
    public static let maximumFilters = 8
}

/// A binary arithmetic operator.
public enum ExpressionOperator: String, Sendable, Hashable, CaseIterable {
    /// `+`
    case add = "+"
    /// `-`
    case subtract = "-"
    /// `*`
    case multiply = "*"
    /// `/`
    case divide = "/"
}

/// A dotted name, optionally called with arguments: `improvement.rr.low`, `relapse.ivig.survival(12)`.
public struct ExpressionReference: Sendable, Hashable {
    /// The name's components, e.g. `["improvement", "rr", "low"]`.
    public var path: [String]
    /// The call's argument expressions, or nil when the name is not written as a call.
    public var arguments: [ExpressionSyntax]?
    /// The bytes of the dotted name alone (what an unknown-name error underlines).
    public var nameSpan: ExpressionSpan
    /// The bytes of the whole reference, arguments included.
    public var span: ExpressionSpan

    /// The name as written with dots, e.g. "improvement.rr.low".
    public var dottedName: String { path.joined(separator: ".") }
}

/// The syntax tree of an expression without its filters.
public indirect enum ExpressionSyntax: Sendable, Hashable, CustomStringConvertible {
    /// A number literal.
    case number(Double, ExpressionSpan)
    /// A name or call resolved by the scope.
    case reference(ExpressionReference)
    /// Unary minus; the span covers the `-` and its operand.
    case negation(ExpressionSyntax, ExpressionSpan)
    /// A binary operation; the span covers both operands.
    case binary(ExpressionOperator, ExpressionSyntax, ExpressionSyntax, ExpressionSpan)
    /// A parenthesized expression; the span includes the parentheses.
    case group(ExpressionSyntax, ExpressionSpan)

    /// The bytes this node covers.
    public var span: ExpressionSpan {
        switch self {
        case .number(_, let span), .negation(_, let span), .binary(_, _, _, let span), .group(_, let span):
            return span
        case .reference(let reference):
            return reference.span
        }
    }

    /// A fully parenthesized prefix form for tests and logs, e.g. `(+ 1 (* 2 x.y))`;
    /// groups are transparent, calls print as `name(args)`.
    public var description: String {
        switch self {
        case .number(let value, _):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        case .reference(let reference):
            guard let arguments = reference.arguments else { return reference.dottedName }
            return reference.dottedName + "(" + arguments.map(\.description).joined(separator: ", ") + ")"
        case .negation(let operand, _):
            return "(- \(operand))"
        case .binary(let op, let left, let right, _):
            return "(\(op.rawValue) \(left) \(right))"
        case .group(let inner, _):
            return inner.description
        }
    }

    /// Every reference in the tree, in reading order (call arguments after their call).
    public var references: [ExpressionReference] {
        switch self {
        case .number:
            return []
        case .reference(let reference):
            return [reference] + (reference.arguments ?? []).flatMap(\.references)
        case .negation(let operand, _), .group(let operand, _):
            return operand.references
        case .binary(_, let left, let right, _):
            return left.references + right.references
        }
    }
}

/// A parsed inline expression: its syntax tree and its validated filters.
public struct ParsedExpression: Sendable, Hashable {
    /// The expression text as given (the content between the braces).
    public var text: String
    /// The value part, before the first `|`.
    public var syntax: ExpressionSyntax
    /// The filters in the order written, already checked for names, arguments and conflicts.
    public var filters: [ExpressionFilterApplication]

    /// The source text of the value part, trimmed, e.g. "improvement.fisher.p"; used in messages.
    public var valueText: String {
        let span = syntax.span
        return String(decoding: Array(text.utf8)[span.offset..<span.end], as: UTF8.self)
    }
}
