/// A filter as written, before its name and arguments are checked.
struct ExpressionFilterCall: Sendable, Hashable {
    var name: String
    var nameSpan: ExpressionSpan
    /// Arguments with their spans; nil when written without parentheses.
    var arguments: [ExpressionFilterArgument]?
    var span: ExpressionSpan
}

/// One numeric filter argument as written.
struct ExpressionFilterArgument: Sendable, Hashable {
    var value: Double
    var span: ExpressionSpan
}

extension ExpressionParserState {
    /// Parses `( '|' filter )*` up to the end of the text, enforcing the filter limit.
    mutating func parseFilterCalls() throws(ExpressionError) -> [ExpressionFilterCall] {
        var calls: [ExpressionFilterCall] = []
        while current.kind == .pipe {
            let pipe = advance()
            let call = try parseFilterCall(after: pipe)
            guard calls.count < ExpressionLimits.maximumFilters else {
                throw ExpressionError(.tooManyFilters, "too many filters (at most \(ExpressionLimits.maximumFilters))",
                                      at: call.span, hint: "a value needs at most a format, a rounding and 'ci'")
            }
            calls.append(call)
            switch current.kind {
            case .end, .pipe:
                continue
            case .plus, .minus, .star, .slash:
                throw ExpressionError(.trailingInput, "unexpected '\(source(current.span))' after filter '\(call.name)'",
                                      at: current.span, hint: "filters come last: put arithmetic before the first '|'")
            default:
                throw ExpressionError(.trailingInput, "unexpected '\(source(current.span))' after filter '\(call.name)'",
                                      at: current.span, hint: "separate filters with '|'")
            }
        }
        return calls
    }

    private mutating func parseFilterCall(after pipe: ExpressionToken) throws(ExpressionError) -> ExpressionFilterCall {
        let nameToken = current
        guard case .identifier(let name) = nameToken.kind else {
            let hint = "known filters: " + ExpressionFilter.usage
            if nameToken.kind == .end {
                throw ExpressionError(.unexpectedEnd, "expected a filter name after '|'", at: pipe.span, hint: hint)
            }
            throw ExpressionError(.unexpectedToken, "expected a filter name after '|', found '\(source(nameToken.span))'",
                                  at: nameToken.span, hint: hint)
        }
        advance()
        guard current.kind == .leftParen else {
            return ExpressionFilterCall(name: name, nameSpan: nameToken.span, arguments: nil, span: nameToken.span)
        }
        let open = advance()
        var arguments: [ExpressionFilterArgument] = []
        if current.kind != .rightParen {
            while true {
                arguments.append(try parseFilterArgument(open: open, filter: name))
                guard current.kind == .comma else { break }
                advance()
            }
        }
        let close = try expectClosing(open, what: "',' or ')' in the arguments of filter '\(name)'")
        return ExpressionFilterCall(name: name, nameSpan: nameToken.span, arguments: arguments,
                                    span: ExpressionSpan(from: nameToken.span, through: close.span))
    }

    private mutating func parseFilterArgument(open: ExpressionToken, filter: String) throws(ExpressionError) -> ExpressionFilterArgument {
        let first = current
        var sign = 1.0
        if first.kind == .minus {
            advance()
            sign = -1
        }
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return ExpressionFilterArgument(value: sign * value, span: ExpressionSpan(from: first.span, through: token.span))
        case .end, .pipe:
            throw ExpressionError(.unclosedParenthesis, "unclosed parenthesis", at: open.span, hint: "add ')' to close it")
        default:
            throw ExpressionError(.unexpectedToken,
                                  "filter '\(filter)' takes numbers as arguments, found '\(source(token.span))'",
                                  at: token.span, hint: "write a whole number, e.g. '\(filter)(1)'")
        }
    }
}
