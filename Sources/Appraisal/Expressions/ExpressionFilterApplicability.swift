extension ExpressionFilterRules {
    /// Rejects filters that make no sense for the evaluated quantity; `valueText` names it in messages.
    static func checkApplicable(
        _ filters: [ExpressionFilterApplication],
        to quantity: Quantity,
        valueText: String,
        isArithmetic: Bool
    ) throws(ExpressionError) {
        let value = quantity.value
        let subject = "'\(valueText)'"
        for application in filters {
            switch application.filter {
            case .ci where quantity.interval == nil:
                let hint = isArithmetic
                    ? "arithmetic results carry no interval; write its limits with '.low' and '.high'"
                    : "only estimates such as 'rr', 'rd', 'nnt' or a risk have one"
                throw ExpressionError(.filterNotApplicable, "\(subject) has no confidence interval",
                                      at: application.span, hint: hint)
            case .p where quantity.kind != .pValue && quantity.kind != .generic:
                throw ExpressionError(.filterNotApplicable, "\(subject) is \(quantity.kind.phrase), not a P value",
                                      at: application.span, hint: "'p' formats P values; use 'fixed(n)' or 'percent'")
            case .p where !(value >= 0 && value <= 1):
                throw ExpressionError(.filterNotApplicable,
                                      "\(subject) is \(value), outside 0 to 1, so it cannot be a P value",
                                      at: application.span, hint: "'p' formats P values; use 'fixed(n)'")
            case .percent where [.count, .nnt, .pValue, .degreesOfFreedom, .statistic].contains(quantity.kind):
                let hint = quantity.kind == .pValue ? "use 'p' for a P value" : "use 'fixed(n)' or 'int'"
                throw ExpressionError(.filterNotApplicable, "\(subject) is \(quantity.kind.phrase), not a proportion",
                                      at: application.span, hint: hint)
            case .ceil where quantity.kind == .pValue, .int where quantity.kind == .pValue:
                throw ExpressionError(.filterNotApplicable,
                                      "\(subject) is a P value; rounding it to a whole number gives 0 or 1",
                                      at: application.span, hint: "use 'p'")
            default:
                continue
            }
        }
    }
}

extension QuantityKind {
    /// The kind as a noun phrase for messages: "a count", "a P value".
    var phrase: String {
        switch self {
        case .count: return "a count"
        case .proportion: return "a proportion"
        case .riskDifference: return "a risk difference"
        case .ratio: return "a ratio"
        case .pValue: return "a P value"
        case .nnt: return "a number needed to treat"
        case .statistic: return "a test statistic"
        case .degreesOfFreedom: return "degrees of freedom"
        case .mean: return "a mean"
        case .meanDifference: return "a mean difference"
        case .time: return "a time"
        case .generic: return "a number"
        }
    }
}
