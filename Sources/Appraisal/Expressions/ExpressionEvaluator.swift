/// The result of evaluating an inline expression: the value to show and how to show it.
public struct EvaluatedExpression: Sendable, Hashable {
    /// The value, with interval and kind when the expression is a bare (or parenthesized) name.
    public var quantity: Quantity
    /// The filters in the order written, checked against the quantity.
    public var filters: [ExpressionFilter]

    /// Creates a result.
    public init(quantity: Quantity, filters: [ExpressionFilter]) {
        self.quantity = quantity
        self.filters = filters
    }
}

/// Evaluates parsed expressions against a scope of named quantities.
///
/// A number literal is a `.generic` quantity; a name is whatever the scope returns; unary minus
/// and `+ - * /` yield `.generic` quantities without interval. Division by zero, and arithmetic
/// on finite numbers that overflows or is undefined, are errors rather than infinities.
public enum ExpressionEvaluator {
    /// Evaluates `expression` in `scope` and checks its filters against the result.
    public static func evaluate(
        _ expression: ParsedExpression,
        in scope: some ExpressionScope
    ) throws(ExpressionError) -> EvaluatedExpression {
        let evaluation = ExpressionEvaluation(bytes: Array(expression.text.utf8), scope: scope)
        let quantity = try evaluation.quantity(of: expression.syntax)
        try ExpressionFilterRules.checkApplicable(expression.filters, to: quantity,
                                                  valueText: expression.valueText,
                                                  isArithmetic: expression.syntax.isArithmetic)
        return EvaluatedExpression(quantity: quantity, filters: expression.filters.map(\.filter))
    }

    /// Parses and evaluates `text` (the content between the braces) in `scope`.
    public static func evaluate(_ text: String, in scope: some ExpressionScope) throws(ExpressionError) -> EvaluatedExpression {
        try evaluate(ExpressionParser.parse(text), in: scope)
    }
}

/// One evaluation's context: the text (for messages) and the scope.
struct ExpressionEvaluation<Scope: ExpressionScope> {
    let bytes: [UInt8]
    let scope: Scope

    func quantity(of syntax: ExpressionSyntax) throws(ExpressionError) -> Quantity {
        switch syntax {
        case .number(let value, _):
            return Quantity(value)
        case .group(let inner, _):
            return try quantity(of: inner)
        case .reference(let reference):
            return try resolve(reference)
        case .negation(let operand, _):
            return Quantity(-(try quantity(of: operand).value))
        case .binary(let op, let left, let right, let span):
            let a = try quantity(of: left).value
            let b = try quantity(of: right).value
            return Quantity(try combine(op, a, b, right: right, span: span))
        }
    }

    private func combine(
        _ op: ExpressionOperator, _ a: Double, _ b: Double, right: ExpressionSyntax, span: ExpressionSpan
    ) throws(ExpressionError) -> Double {
        let result: Double
        switch op {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide:
            if b == 0 {
                let hint: String? = if case .number = right { nil } else { "'\(source(right.span))' is 0" }
                throw ExpressionError(.divisionByZero, "division by zero", at: right.span, hint: hint)
            }
            result = a / b
        }
        if result.isNaN {
            throw ExpressionError(.notFinite, "'\(source(span))' has no numeric value (\(a) \(op.rawValue) \(b))", at: span)
        }
        if result.isInfinite, a.isFinite, b.isFinite {
            throw ExpressionError(.notFinite, "'\(source(span))' is too large to compute", at: span)
        }
        return result
    }

    private func resolve(_ reference: ExpressionReference) throws(ExpressionError) -> Quantity {
        var arguments: [Double]?
        if let written = reference.arguments {
            var values: [Double] = []
            for argument in written {
                let value = try quantity(of: argument).value
                guard value.isFinite else {
                    throw ExpressionError(.invalidArguments, "argument '\(source(argument.span))' is not a finite number",
                                          at: argument.span)
                }
                values.append(value)
            }
            arguments = values
        }
        switch scope.resolve(reference.path, arguments: arguments) {
        case .success(let quantity):
            return quantity
        case .failure(let failure):
            let hint = ExpressionSuggestions.hint(for: failure.suggestions) ?? failure.hint
            switch failure.reason {
            case .unknownName:
                throw ExpressionError(.unknownName, failure.message, at: reference.nameSpan, hint: hint)
            case .invalidArguments:
                throw ExpressionError(.invalidArguments, failure.message, at: reference.span, hint: hint)
            case .unavailable:
                throw ExpressionError(.valueUnavailable, failure.message, at: reference.span, hint: hint)
            }
        }
    }

    private func source(_ span: ExpressionSpan) -> String {
        String(decoding: bytes[span.offset..<min(span.end, bytes.count)], as: UTF8.self)
    }
}

extension ExpressionSyntax {
    /// True when the value is computed by arithmetic rather than being a name or a literal.
    var isArithmetic: Bool {
        switch self {
        case .number, .reference: return false
        case .negation, .binary: return true
        case .group(let inner, _): return inner.isArithmetic
        }
    }
}
