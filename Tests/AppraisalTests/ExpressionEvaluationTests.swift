import Appraisal
import Testing

@Suite("Expression evaluation")
struct ExpressionEvaluationTests {
    private func evaluate(_ text: String) throws -> EvaluatedExpression {
        try ExpressionEvaluator.evaluate(text, in: ExpressionTestScope())
    }

    @Test(arguments: [
        ("1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", 3.0),
        ("12 / 3 / 2", 2.0),
        ("-2 * -3", 6.0),
        ("--4", 4.0),
        ("1e-3 * 1000", 1.0),
        ("improvement.ivig.total / 2", 4.0),
        ("relapse.ivig.survival(12)", 0.88),
        ("relapse.ivig.survival(6 * 2)", 0.88),
        ("improvement.rr.low", 0.9),
        ("improvement.rr.high", 10.4),
    ])
    func arithmetic(text: String, expected: Double) throws {
        #expect(abs(try evaluate(text).quantity.value - expected) < 1e-12)
    }

    @Test func differenceOfMeansIsGenericWithoutInterval() throws {
        let result = try evaluate("(strength.ivig.mean - strength.non_ivig.mean) / 2 | fixed(2)")
        #expect(abs(result.quantity.value - -0.59) < 1e-12)
        #expect(result.quantity.kind == .generic)
        #expect(result.quantity.interval == nil)
        #expect(result.filters == [.fixed(2)])
    }

    @Test func aBareNameKeepsItsQuantity() throws {
        let result = try evaluate("improvement.nnt | fixed(1)")
        #expect(result.quantity == ExpressionTestScope.values["improvement.nnt"])
        #expect(try evaluate("(improvement.rr)").quantity == ExpressionTestScope.values["improvement.rr"])
    }

    @Test func negationDropsTheInterval() throws {
        let result = try evaluate("-improvement.rr")
        #expect(result.quantity == Quantity(-3.06))
    }

    @Test func intervalLimitsKeepTheKind() throws {
        let result = try evaluate("improvement.rr.low")
        #expect(result.quantity.kind == .ratio)
        #expect(result.quantity.interval == nil)
        #expect(result.quantity.defaultDecimals == 2)
    }

    @Test func divisionByALiteralZero() {
        let error = expressionEvaluationError("1 / 0")
        #expect(error?.kind == .divisionByZero)
        #expect(error?.message == "division by zero")
        #expect(error?.offset == 4)
        #expect(error?.length == 1)
        #expect(error?.hint == nil)
    }

    @Test func divisionByAComputedZeroUnderlinesTheDivisor() {
        let error = expressionEvaluationError("improvement.nnt / (zero - 0)")
        #expect(error?.kind == .divisionByZero)
        #expect(error?.offset == 18)
        #expect(error?.length == 10)
        #expect(error?.hint == "'(zero - 0)' is 0")
    }

    @Test func overflowIsAnError() {
        let error = expressionEvaluationError("1e308 * 10")
        #expect(error?.kind == .notFinite)
        #expect(error?.offset == 0)
        #expect(error?.length == 10)
    }

    @Test func unknownNameUnderlinesTheNameAndSuggests() {
        let error = expressionEvaluationError("improvement.fisher.pp | p")
        #expect(error?.kind == .unknownName)
        #expect(error?.message == "unknown name 'improvement.fisher.pp'")
        #expect(error?.offset == 0)
        #expect(error?.length == 21)
        #expect(error?.hint == "did you mean 'improvement.fisher.p'?")
    }

    @Test func unknownNameInsideArithmetic() {
        let error = expressionEvaluationError("2 * (improvment.rr + 1)")
        #expect(error?.kind == .unknownName)
        #expect(error?.offset == 5)
        #expect(error?.length == 13)
        #expect(error?.hint == "did you mean 'improvement.rr'?")
    }

    @Test func unknownNameWithoutSuggestions() {
        let error = expressionEvaluationError("nothing.like.it")
        #expect(error?.kind == .unknownName)
        #expect(error?.hint == nil)
    }

    @Test func unknownNameInACallArgument() {
        let error = expressionEvaluationError("relapse.ivig.survival(bogus)")
        #expect(error?.kind == .unknownName)
        #expect(error?.offset == 22)
        #expect(error?.length == 5)
    }

    @Test func callWithBadArgumentsUnderlinesTheCall() {
        let missing = expressionEvaluationError(" relapse.ivig.survival")
        #expect(missing?.kind == .invalidArguments)
        #expect(missing?.offset == 1)
        #expect(missing?.length == 21)
        #expect(missing?.hint == "write 'relapse.ivig.survival(12)'")
        let negative = expressionEvaluationError("relapse.ivig.survival(-1)")
        #expect(negative?.kind == .invalidArguments)
        #expect(negative?.length == 25)
        #expect(expressionEvaluationError("improvement.rr(2)")?.message == "'improvement.rr' is not a function")
    }

    @Test func unavailableValue() {
        let error = expressionEvaluationError("strength.t.missing")
        #expect(error?.kind == .valueUnavailable)
        #expect(error?.message == "the t-test needs at least 2 patients per arm")
    }

    @Test func scopeReceivesArgumentsOnlyForCalls() throws {
        #expect(try evaluate("relapse.ivig.survival(50)").quantity.value == 0.5)
        #expect(expressionEvaluationError("improvement.rr()")?.kind == .invalidArguments)
    }
}
