import Appraisal
import Testing

@Suite("Expression limits")
struct ExpressionLimitTests {
    private func nested(_ depth: Int) -> String {
        String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
    }

    @Test func fiveHundredBytesAreAccepted() throws {
        let text = "x" + String(repeating: " ", count: 499)
        #expect(text.utf8.count == 500)
        #expect(try ExpressionParser.parse(text).syntax.description == "x")
    }

    @Test func fiveHundredAndOneBytesAreRejected() {
        let text = "x" + String(repeating: " ", count: 500)
        let error = expressionParseError(text)
        #expect(error?.kind == .tooLong)
        #expect(error?.offset == 500)
        #expect(error?.length == 1)
        #expect(error?.message == "expression is too long (501 bytes; at most 500)")
    }

    @Test func tooLongPointsAtACharacterBoundary() {
        let text = String(repeating: " ", count: 499) + "\u{E9}"
        let error = expressionParseError(text)
        #expect(error?.kind == .tooLong)
        #expect(error?.offset == 499)
        #expect(error?.length == 2)
    }

    @Test func thirtyTwoNestedParenthesesAreAccepted() throws {
        #expect(try ExpressionParser.parse(nested(32)).syntax.description == "1")
    }

    @Test func thirtyThreeNestedParenthesesAreRejectedAtTheDeepestOne() {
        let error = expressionParseError(nested(33))
        #expect(error?.kind == .tooDeep)
        #expect(error?.offset == 32)
        #expect(error?.length == 1)
    }

    @Test func thirtyThreeUnaryMinusesAreRejected() throws {
        #expect(try ExpressionParser.parse(String(repeating: "-", count: 32) + "1").syntax.span.length == 33)
        let error = expressionParseError(String(repeating: "-", count: 33) + "1")
        #expect(error?.kind == .tooDeep)
        #expect(error?.offset == 32)
    }

    @Test func callArgumentsCountTowardsDepth() {
        let text = String(repeating: "f(", count: 33) + "1" + String(repeating: ")", count: 33)
        let error = expressionParseError(text)
        #expect(error?.kind == .tooDeep)
        #expect(error?.offset == 65)
    }

    @Test func depthIsReleasedAfterEachGroup() throws {
        let text = Array(repeating: nested(30), count: 5).joined(separator: " + ")
        #expect(try ExpressionParser.parse(text).syntax.references.isEmpty)
    }

    @Test(arguments: ["(", "-", "f("])
    func tenThousandNestingsDoNotCrash(opener: String) {
        let text = String(repeating: opener, count: 10_000) + "1" + String(repeating: ")", count: opener == "-" ? 0 : 10_000)
        let error = expressionParseError(text)
        #expect(error?.kind == .tooLong)
        #expect(error?.offset == 500)
    }

    @Test func nineFiltersAreTooMany() {
        let text = "x" + String(repeating: " | ci", count: 9)
        let error = expressionParseError(text)
        #expect(error?.kind == .tooManyFilters)
        #expect(error?.offset == 1 + 8 * 5 + 3)
        #expect(error?.length == 2)
    }

    @Test func eightFiltersAreWithinTheLimitButStillChecked() {
        #expect(expressionParseError("x" + String(repeating: " | ci", count: 8))?.kind == .conflictingFilters)
    }

    @Test func longFlatChainsEvaluate() throws {
        let text = "1" + String(repeating: "+1", count: 249)
        #expect(text.utf8.count == 499)
        let result = try ExpressionEvaluator.evaluate(text, in: ExpressionTestScope())
        #expect(result.quantity.value == 250)
    }
}
