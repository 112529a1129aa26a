extension ExpressionParserState {
    /// Parses `name(.name)*` and an optional call's argument list.
    mutating func parseReference() throws(ExpressionError) -> ExpressionSyntax {
        let first = advance()
        guard case .identifier(let firstName) = first.kind else {
            throw ExpressionError(.unexpectedToken, "expected a name, found '\(source(first.span))'", at: first.span)
        }
        var path = [firstName]
        var last = first
        while current.kind == .dot {
            let dot = advance()
            guard case .identifier(let name) = current.kind else {
                if current.kind == .end {
                    throw ExpressionError(.unexpectedEnd, "expected a name after '.'", at: dot.span)
                }
                throw ExpressionError(.unexpectedToken, "expected a name after '.', found '\(source(current.span))'",
                                      at: current.span, hint: "names start with a letter or '_'")
            }
            last = advance()
            path.append(name)
        }
        let nameSpan = ExpressionSpan(from: first.span, through: last.span)
        guard current.kind == .leftParen else {
            return .reference(ExpressionReference(path: path, arguments: nil, nameSpan: nameSpan, span: nameSpan))
        }
        let open = advance()
        try enter(open)
        var arguments: [ExpressionSyntax] = []
        if current.kind != .rightParen {
            var previous = open
            while true {
                arguments.append(try parseSum(after: previous))
                guard current.kind == .comma else { break }
                previous = advance()
            }
        }
        let dotted = path.joined(separator: ".")
        let close = try expectClosing(open, what: "',' or ')' in the call to '\(dotted)'")
        depth -= 1
        var span = ExpressionSpan(from: nameSpan, through: close.span)
        if current.kind == .dot {
            let dot = advance()
            guard case .identifier(let limit) = current.kind, limit == "low" || limit == "high" else {
                throw ExpressionError(.unexpectedToken, "only '.low' or '.high' may follow a call", at: current.kind == .end ? dot.span : current.span,
                                      hint: "for example \(dotted)(12).low")
            }
            span = ExpressionSpan(from: span, through: advance().span)
            path.append(limit)
        }
        return .reference(ExpressionReference(path: path, arguments: arguments, nameSpan: nameSpan, span: span))
    }
}
