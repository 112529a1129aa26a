/// Checks filters: names and arguments when parsing, combinations with each other, and
/// whether they fit the evaluated quantity.
enum ExpressionFilterRules {
    /// Turns a written filter into a validated one, or says what is wrong with its name or arguments.
    static func application(
        for call: ExpressionFilterCall,
        source: (ExpressionSpan) -> String
    ) throws(ExpressionError) -> ExpressionFilterApplication {
        let arguments = call.arguments ?? []
        let filter: ExpressionFilter
        switch call.name {
        case "fixed":
            guard arguments.count == 1 else {
                let example = arguments.first.map { source($0.span) } ?? "1"
                let found = arguments.isEmpty ? "none" : "\(arguments.count)"
                throw ExpressionError(.filterArgumentCount,
                                      "filter 'fixed' takes 1 argument (the number of decimals), found \(found)",
                                      at: call.span, hint: "did you mean 'fixed(\(example))'?")
            }
            filter = .fixed(try decimals(arguments[0], of: call, source: source))
        case "percent":
            guard arguments.count <= 1 else {
                throw ExpressionError(.filterArgumentCount,
                                      "filter 'percent' takes at most 1 argument, found \(arguments.count)",
                                      at: call.span, hint: "did you mean 'percent(\(source(arguments[0].span)))'?")
            }
            filter = .percent(try arguments.first.map { argument throws(ExpressionError) in
                try decimals(argument, of: call, source: source)
            })
        case "p", "ci", "ceil", "int":
            guard arguments.isEmpty else {
                let count = arguments.count
                throw ExpressionError(.filterArgumentCount,
                                      "filter '\(call.name)' takes no arguments, found \(count)",
                                      at: call.span, hint: "did you mean '\(call.name)'?")
            }
            switch call.name {
            case "p": filter = .p
            case "ci": filter = .ci
            case "ceil": filter = .ceil
            default: filter = .int
            }
        default:
            let suggestions = ExpressionSuggestions.nearest(to: call.name, among: ExpressionFilter.names)
            throw ExpressionError(.unknownFilter, "unknown filter '\(call.name)'", at: call.nameSpan,
                                  hint: ExpressionSuggestions.hint(for: suggestions)
                                      ?? "known filters: " + ExpressionFilter.usage)
        }
        return ExpressionFilterApplication(filter: filter, nameSpan: call.nameSpan, span: call.span)
    }

    private static func decimals(
        _ argument: ExpressionFilterArgument,
        of call: ExpressionFilterCall,
        source: (ExpressionSpan) -> String
    ) throws(ExpressionError) -> Int {
        let value = argument.value
        guard value == value.rounded(), value >= 0, value <= 10 else {
            throw ExpressionError(.filterArgumentValue,
                                  "filter '\(call.name)' needs a whole number of decimals from 0 to 10, found \(source(argument.span))",
                                  at: argument.span)
        }
        return Int(value)
    }

    /// Rejects a filter that repeats or contradicts one written before it.
    static func checkCompatible(
        _ new: ExpressionFilterApplication,
        with earlier: [ExpressionFilterApplication]
    ) throws(ExpressionError) {
        for old in earlier {
            let (a, b) = (old.filter, new.filter)
            let message: String
            var hint = "keep one of them"
            if a.name == b.name {
                message = "filter '\(b.name)' is given twice"
            } else if a.choosesNotation, b.choosesNotation {
                message = "'\(a)' and '\(b)' both choose how the number is written"
            } else if a.roundsToWhole, b.roundsToWhole {
                message = "'\(a)' and '\(b)' both round to a whole number"
            } else if let rounding = [a, b].first(where: \.roundsToWhole),
                      let notation = [a, b].first(where: \.choosesNotation) {
                switch notation {
                case .p:
                    message = "'\(rounding)' cannot be combined with 'p': a P value is never a whole number"
                    hint = "remove '\(rounding)'"
                case .percent:
                    message = "'\(rounding)' cannot be combined with 'percent': a whole-number proportion is 0% or 100%"
                    hint = "use 'percent(0)' for a whole percentage"
                case .fixed(let decimals) where decimals > 0:
                    message = "'\(rounding)' makes a whole number, so '\(notation)' would only add zeros"
                    hint = "remove '\(notation)' or use 'fixed(0)'"
                default:
                    continue
                }
            } else {
                continue
            }
            throw ExpressionError(.conflictingFilters, message, at: new.span, hint: hint)
        }
    }
}
