/// Parses inline expression text (the content between `{{` and `}}`) into a syntax tree with
/// validated filters. Grammar, in order of increasing precedence:
///
/// ```
/// expression := sum ( '|' filter )*
/// filter     := IDENT ( '(' [ '-'? NUMBER ( ',' '-'? NUMBER )* ] ')' )?
/// sum        := product ( ( '+' | '-' ) product )*
/// product    := unary ( ( '*' | '/' ) unary )*
/// unary      := '-'* primary
/// primary    := NUMBER | reference | '(' sum ')'
/// reference  := IDENT ( '.' IDENT )* ( '(' [ sum ( ',' sum )* ] ')' )?
/// ```
public enum ExpressionParser {
    /// Parses `text`, checking the limits in `ExpressionLimits`, filter names, arguments and
    /// conflicts; the first problem is thrown with its byte offset and length in `text`.
    public static func parse(_ text: String) throws(ExpressionError) -> ParsedExpression {
        let bytes = Array(text.utf8)
        let limit = ExpressionLimits.maximumBytes
        if bytes.count > limit {
            var offset = limit
            while offset > 0, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
            throw ExpressionError(.tooLong, "expression is too long (\(bytes.count) bytes; at most \(limit))",
                                  offset: offset, length: bytes.count - offset,
                                  hint: "split it into several shorter expressions")
        }
        var state = ExpressionParserState(bytes: bytes, tokens: try ExpressionLexer.tokenize(bytes))
        return try state.parseExpression(text)
    }
}

/// The recursive-descent parser's cursor over the tokens.
struct ExpressionParserState {
    let bytes: [UInt8]
    let tokens: [ExpressionToken]
    var position = 0
    var depth = 0

    var current: ExpressionToken { tokens[position] }

    @discardableResult
    mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func source(_ span: ExpressionSpan) -> String {
        String(decoding: bytes[span.offset..<min(span.end, bytes.count)], as: UTF8.self)
    }

    mutating func parseExpression(_ text: String) throws(ExpressionError) -> ParsedExpression {
        switch current.kind {
        case .end:
            throw ExpressionError(.emptyExpression, "empty expression", offset: 0, length: bytes.count,
                                  hint: "write a statistic's name, e.g. 'improvement.nnt'")
        case .pipe:
            throw ExpressionError(.emptyExpression, "missing value before '|'", at: current.span,
                                  hint: "filters follow a value, e.g. 'improvement.eer | percent'")
        default:
            break
        }
        let syntax = try parseSum(after: nil)
        try expectEndOfValue()
        let calls = try parseFilterCalls()
        var filters: [ExpressionFilterApplication] = []
        for call in calls {
            let application = try ExpressionFilterRules.application(for: call, source: source)
            try ExpressionFilterRules.checkCompatible(application, with: filters)
            filters.append(application)
        }
        return ParsedExpression(text: text, syntax: syntax, filters: filters)
    }

    private func expectEndOfValue() throws(ExpressionError) {
        let token = current
        switch token.kind {
        case .end, .pipe:
            return
        case .rightParen:
            throw ExpressionError(.unmatchedParenthesis, "unmatched ')'", at: token.span,
                                  hint: "remove it or add a matching '('")
        case .identifier(let name) where ExpressionFilter.names.contains(name):
            throw ExpressionError(.trailingInput, "unexpected '\(name)' after the expression", at: token.span,
                                  hint: "filters start with '|': write '| \(name)'")
        default:
            throw ExpressionError(.trailingInput, "unexpected '\(source(token.span))' after the expression",
                                  at: token.span,
                                  hint: "join values with an operator such as '+' or '*', or start filters with '|'")
        }
    }

    mutating func enter(_ token: ExpressionToken) throws(ExpressionError) {
        guard depth < ExpressionLimits.maximumDepth else {
            throw ExpressionError(.tooDeep, "expression nests too deeply (at most \(ExpressionLimits.maximumDepth) levels)",
                                  at: token.span, hint: "remove redundant parentheses or minus signs")
        }
        depth += 1
    }

    mutating func parseSum(after previous: ExpressionToken?) throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseProduct(after: previous)
        while true {
            let op: ExpressionOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            let opToken = advance()
            let right = try parseProduct(after: opToken)
            left = .binary(op, left, right, ExpressionSpan(from: left.span, through: right.span))
        }
    }

    private mutating func parseProduct(after previous: ExpressionToken?) throws(ExpressionError) -> ExpressionSyntax {
        var left = try parseUnary(after: previous)
        while true {
            let op: ExpressionOperator
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            default: return left
            }
            let opToken = advance()
            let right = try parseUnary(after: opToken)
            left = .binary(op, left, right, ExpressionSpan(from: left.span, through: right.span))
        }
    }

    private mutating func parseUnary(after previous: ExpressionToken?) throws(ExpressionError) -> ExpressionSyntax {
        var minuses: [ExpressionToken] = []
        while current.kind == .minus {
            let minus = advance()
            try enter(minus)
            minuses.append(minus)
        }
        var operand = try parsePrimary(after: minuses.last ?? previous)
        for minus in minuses.reversed() {
            operand = .negation(operand, ExpressionSpan(from: minus.span, through: operand.span))
        }
        depth -= minuses.count
        return operand
    }

    private mutating func parsePrimary(after previous: ExpressionToken?) throws(ExpressionError) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return .number(value, token.span)
        case .identifier:
            return try parseReference()
        case .leftParen:
            advance()
            try enter(token)
            let inner = try parseSum(after: token)
            let close = try expectClosing(token, what: "')' to close the parenthesis")
            depth -= 1
            return .group(inner, ExpressionSpan(from: token.span, through: close.span))
        case .end:
            guard let previous else {
                throw ExpressionError(.unexpectedEnd, "expected a value", offset: bytes.count)
            }
            throw ExpressionError(.unexpectedEnd, "expected a value after '\(source(previous.span))'", at: previous.span)
        default:
            let after = previous.map { " after '\(source($0.span))'" } ?? ""
            throw ExpressionError(.unexpectedToken,
                                  "expected a number, a name or '('\(after), found '\(source(token.span))'",
                                  at: token.span)
        }
    }

    /// Consumes the `)` matching `open`; the end of the value (end of text or `|`) means it was never closed.
    mutating func expectClosing(_ open: ExpressionToken, what: String) throws(ExpressionError) -> ExpressionToken {
        switch current.kind {
        case .rightParen:
            return advance()
        case .end, .pipe:
            throw ExpressionError(.unclosedParenthesis, "unclosed parenthesis", at: open.span, hint: "add ')' to close it")
        default:
            throw ExpressionError(.unexpectedToken, "expected \(what), found '\(source(current.span))'", at: current.span)
        }
    }
}
