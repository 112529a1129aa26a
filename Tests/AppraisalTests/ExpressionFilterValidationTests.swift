import Appraisal
import Testing

@Suite("Filter validation against values")
struct ExpressionFilterValidationTests {
    @Test(arguments: [
        "improvement.rr | ci",
        "improvement.eer | percent(1) | ci",
        "improvement.nnt | ceil | ci",
        "improvement.fisher.p | p",
        "0.04 | p",
        "1 - improvement.fisher.p | p",
        "strength.t.stat | fixed(2)",
        "improvement.rr.low | fixed(2)",
    ])
    func sensibleCombinationsPass(text: String) throws {
        _ = try ExpressionEvaluator.evaluate(text, in: ExpressionTestScope())
    }

    @Test(arguments: [
        ExpectedExpressionError("improvement.fisher.p | ci", .filterNotApplicable, 23, 2),
        ExpectedExpressionError("(improvement.rr - 1) | ci", .filterNotApplicable, 23, 2),
        ExpectedExpressionError("improvement.eer | p", .filterNotApplicable, 18, 1),
        ExpectedExpressionError("1.7 | p", .filterNotApplicable, 6, 1),
        ExpectedExpressionError("-0.1 | p", .filterNotApplicable, 7, 1),
        ExpectedExpressionError("improvement.ivig.total | percent", .filterNotApplicable, 25, 7),
        ExpectedExpressionError("improvement.fisher.p | percent(1)", .filterNotApplicable, 23, 10),
        ExpectedExpressionError("improvement.fisher.p | ceil", .filterNotApplicable, 23, 4),
        ExpectedExpressionError("improvement.rr | ci | p", .filterNotApplicable, 22, 1),
    ])
    func nonsenseIsRejected(expected: ExpectedExpressionError) {
        let error = expressionEvaluationError(expected.text)
        #expect(error?.kind == expected.kind)
        #expect(error?.offset == expected.offset)
        #expect(error?.length == expected.length)
    }

    @Test func ciWithoutIntervalNamesTheValue() {
        let error = expressionEvaluationError("improvement.fisher.p | ci")
        #expect(error?.message == "'improvement.fisher.p' has no confidence interval")
        let arithmetic = expressionEvaluationError("(improvement.rr - 1) | ci")
        #expect(arithmetic?.message == "'(improvement.rr - 1)' has no confidence interval")
        #expect(arithmetic?.hint == "arithmetic results carry no interval; write its limits with '.low' and '.high'")
    }

    @Test func pOnAProportionExplainsWhy() {
        #expect(expressionEvaluationError("improvement.eer | p")?.message == "'improvement.eer' is a proportion, not a P value")
        #expect(expressionEvaluationError("1.7 | p")?.message == "'1.7' is 1.7, outside 0 to 1, so it cannot be a P value")
    }

    @Test func percentOnACountExplainsWhy() {
        #expect(expressionEvaluationError("improvement.ivig.total | percent")?.message
            == "'improvement.ivig.total' is a count, not a proportion")
        #expect(expressionEvaluationError("improvement.fisher.p | percent")?.hint == "use 'p' for a P value")
    }
}
