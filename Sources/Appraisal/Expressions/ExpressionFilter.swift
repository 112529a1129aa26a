/// A validated filter: how the formatting stage should present the expression's value.
/// Formatting itself belongs to the style module; this only says what was asked for.
public enum ExpressionFilter: Sendable, Hashable, CustomStringConvertible {
    /// `fixed(n)`: exactly n decimals, 0 to 10.
    case fixed(Int)
    /// `percent` or `percent(n)`: a proportion as a percentage, with n decimals or the style's default.
    case percent(Int?)
    /// `p`: a P value in the document's style.
    case p
    /// `ci`: append the confidence interval in the document's style.
    case ci
    /// `ceil`: round up to a whole number.
    case ceil
    /// `int`: show as a whole number.
    case int

    /// Every filter name, in documentation order.
    public static let names = ["fixed", "percent", "p", "ci", "ceil", "int"]

    /// The filters as a user would write them, for hints: "fixed(n), percent, percent(n), p, ci, ceil, int".
    public static let usage = "fixed(n), percent, percent(n), p, ci, ceil, int"

    /// The filter's name, e.g. "fixed".
    public var name: String {
        switch self {
        case .fixed: return "fixed"
        case .percent: return "percent"
        case .p: return "p"
        case .ci: return "ci"
        case .ceil: return "ceil"
        case .int: return "int"
        }
    }

    /// The filter as written, e.g. "fixed(2)", "percent", "percent(1)".
    public var description: String {
        switch self {
        case .fixed(let decimals): return "fixed(\(decimals))"
        case .percent(let decimals?): return "percent(\(decimals))"
        default: return name
        }
    }

    /// True for the filters that choose how the number is written (`fixed`, `percent`, `p`).
    var choosesNotation: Bool {
        switch self {
        case .fixed, .percent, .p: return true
        case .ci, .ceil, .int: return false
        }
    }

    /// True for the filters that round to a whole number (`ceil`, `int`).
    var roundsToWhole: Bool {
        switch self {
        case .ceil, .int: return true
        case .fixed, .percent, .p, .ci: return false
        }
    }
}

/// A filter in a parsed expression, with where it was written (for errors found at evaluation).
public struct ExpressionFilterApplication: Sendable, Hashable {
    /// The validated filter.
    public var filter: ExpressionFilter
    /// The bytes of the filter's name.
    public var nameSpan: ExpressionSpan
    /// The bytes of the filter's name and arguments.
    public var span: ExpressionSpan

    /// Creates an application.
    public init(filter: ExpressionFilter, nameSpan: ExpressionSpan, span: ExpressionSpan) {
        self.filter = filter
        self.nameSpan = nameSpan
        self.span = span
    }
}
