import Appraisal
import Testing

@Suite("Expression errors")
struct ExpressionErrorTests {
    @Test(arguments: [
        ExpectedExpressionError("", .emptyExpression, 0, 1),
        ExpectedExpressionError("   ", .emptyExpression, 0, 3),
        ExpectedExpressionError(" | fixed(1)", .emptyExpression, 1, 1),
        ExpectedExpressionError("1 + $", .unexpectedCharacter, 4, 1),
        ExpectedExpressionError("a \u{2212} b", .unexpectedCharacter, 2, 3),
        ExpectedExpressionError("improvement.plac\u{E9}bo", .unexpectedCharacter, 16, 2),
        ExpectedExpressionError("x % 2", .unexpectedCharacter, 2, 1),
        ExpectedExpressionError("(1 + 2", .unclosedParenthesis, 0, 1),
        ExpectedExpressionError("2 * (1 + 2 | fixed(1)", .unclosedParenthesis, 4, 1),
        ExpectedExpressionError("f(1, 2", .unclosedParenthesis, 1, 1),
        ExpectedExpressionError("x | fixed(1", .unclosedParenthesis, 9, 1),
        ExpectedExpressionError("(1 + 2 3)", .unexpectedToken, 7, 1),
        ExpectedExpressionError("1 + 2)", .unmatchedParenthesis, 5, 1),
        ExpectedExpressionError("1 2", .trailingInput, 2, 1),
        ExpectedExpressionError("x fixed(1)", .trailingInput, 2, 5),
        ExpectedExpressionError("x | fixed(1) + 2", .trailingInput, 13, 1),
        ExpectedExpressionError("x | fixed(1) ci", .trailingInput, 13, 2),
        ExpectedExpressionError("1 +", .unexpectedEnd, 2, 1),
        ExpectedExpressionError("x.", .unexpectedEnd, 1, 1),
        ExpectedExpressionError("x |", .unexpectedEnd, 2, 1),
        ExpectedExpressionError("x.1", .unexpectedToken, 2, 1),
        ExpectedExpressionError("1 + * 2", .unexpectedToken, 4, 1),
        ExpectedExpressionError("()", .unexpectedToken, 1, 1),
        ExpectedExpressionError("+1", .unexpectedToken, 0, 1),
        ExpectedExpressionError("x | 2", .unexpectedToken, 4, 1),
        ExpectedExpressionError("1e400", .numberOutOfRange, 0, 5),
        ExpectedExpressionError("1 + 1e-400", .numberOutOfRange, 4, 6),
        ExpectedExpressionError("1.", .malformedNumber, 0, 2),
        ExpectedExpressionError("2e + 1", .malformedNumber, 0, 2),
        ExpectedExpressionError("3abc + 1", .malformedNumber, 0, 4),
        ExpectedExpressionError("1.2.3", .malformedNumber, 0, 5),
        ExpectedExpressionError("x | fixd(1)", .unknownFilter, 4, 4),
        ExpectedExpressionError("x | fixed", .filterArgumentCount, 4, 5),
        ExpectedExpressionError("x | fixed()", .filterArgumentCount, 4, 7),
        ExpectedExpressionError("x | fixed(1, 2)", .filterArgumentCount, 4, 11),
        ExpectedExpressionError("x | ceil(2)", .filterArgumentCount, 4, 7),
        ExpectedExpressionError("x | percent(1,2)", .filterArgumentCount, 4, 12),
        ExpectedExpressionError("x | fixed(11)", .filterArgumentValue, 10, 2),
        ExpectedExpressionError("x | fixed(-1)", .filterArgumentValue, 10, 2),
        ExpectedExpressionError("x | percent(1.5)", .filterArgumentValue, 12, 3),
        ExpectedExpressionError("x | fixed(a)", .unexpectedToken, 10, 1),
        ExpectedExpressionError("x | fixed(1) | fixed(2)", .conflictingFilters, 15, 8),
        ExpectedExpressionError("x | percent | p", .conflictingFilters, 14, 1),
        ExpectedExpressionError("x | ceil | int", .conflictingFilters, 11, 3),
        ExpectedExpressionError("x | p | ceil", .conflictingFilters, 8, 4),
        ExpectedExpressionError("x | int | percent", .conflictingFilters, 10, 7),
        ExpectedExpressionError("x | ceil | fixed(2)", .conflictingFilters, 11, 8),
        ExpectedExpressionError("x | ci | ci", .conflictingFilters, 9, 2),
    ])
    func parseErrorLocation(expected: ExpectedExpressionError) {
        let error = expressionParseError(expected.text)
        #expect(error?.kind == expected.kind)
        #expect(error?.offset == expected.offset)
        #expect(error?.length == expected.length)
    }

    @Test func unclosedParenthesisSaysHowToFixIt() {
        let error = expressionParseError("(1 + 2")
        #expect(error?.message == "unclosed parenthesis")
        #expect(error?.hint == "add ')' to close it")
    }

    @Test func unknownFilterSuggestsTheNearestName() {
        #expect(expressionParseError("x | fixd(1)")?.hint == "did you mean 'fixed'?")
        #expect(expressionParseError("x | percentage")?.hint == "did you mean 'percent'?")
        #expect(expressionParseError("x | Fixed(1)")?.hint == "did you mean 'fixed'?")
        #expect(expressionParseError("x | round")?.hint == "known filters: fixed(n), percent, percent(n), p, ci, ceil, int")
        #expect(expressionParseError("x | fixd(1)")?.message == "unknown filter 'fixd'")
    }

    @Test func wrongArgumentCountSuggestsACorrectCall() {
        #expect(expressionParseError("x | fixed")?.hint == "did you mean 'fixed(1)'?")
        #expect(expressionParseError("x | fixed(3, 4)")?.hint == "did you mean 'fixed(3)'?")
        #expect(expressionParseError("x | ceil(2)")?.hint == "did you mean 'ceil'?")
        #expect(expressionParseError("x | fixed")?.message == "filter 'fixed' takes 1 argument (the number of decimals), found none")
    }

    @Test func messagesNameWhatWasFound() {
        #expect(expressionParseError("1 + $")?.message == "unexpected character '$'")
        #expect(expressionParseError("a \u{2212} b")?.hint == "use the ASCII '-' for minus")
        #expect(expressionParseError("1 2")?.message == "unexpected '2' after the expression")
        #expect(expressionParseError("x fixed(1)")?.hint == "filters start with '|': write '| fixed'")
        #expect(expressionParseError("1 + * 2")?.message == "expected a number, a name or '(' after '+', found '*'")
        #expect(expressionParseError("1 +")?.message == "expected a value after '+'")
        #expect(expressionParseError("x | fixed(11)")?.message == "filter 'fixed' needs a whole number of decimals from 0 to 10, found 11")
        #expect(expressionParseError("x | percent | p")?.message == "'percent' and 'p' both choose how the number is written")
        #expect(expressionParseError("1e400")?.message == "number '1e400' is out of range")
        #expect(expressionParseError("x | fixed(1) + 2")?.hint == "filters come last: put arithmetic before the first '|'")
    }

    @Test func controlCharactersAreShownAsCodePoints() {
        #expect(expressionParseError("1 \u{7} 2")?.message == "unexpected character 'U+7'")
    }

    @Test func errorDescriptionIsReadable() {
        let error = ExpressionError(.divisionByZero, "division by zero", offset: 4, length: 0, hint: "'x' is 0")
        #expect(error.length == 1)
        #expect(error.description == "offset 4: division by zero ('x' is 0)")
        #expect(ExpressionError.Kind.unknownName.rawValue == "unknown-name")
    }
}
