import Appraisal
import Testing

@Suite("Expression parsing")
struct ExpressionParsingTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("8 / 4 * 2", "(* (/ 8 4) 2)"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("-2 * 3", "(* (- 2) 3)"),
        ("2 * -3", "(* 2 (- 3))"),
        ("--x", "(- (- x))"),
        ("a - -b", "(- a (- b))"),
        ("- (1)", "(- 1)"),
        ("1e-3", "0.001"),
        ("1E3", "1000"),
        ("2.5e+2", "250"),
        ("0.5 + 12", "(+ 0.5 12)"),
        ("improvement.rr.low", "improvement.rr.low"),
        ("_x1.y_2", "_x1.y_2"),
        ("a.b+c.d*e", "(+ a.b (* c.d e))"),
        ("relapse.ivig.survival(12)", "relapse.ivig.survival(12)"),
        ("f(1, 2 + 3)", "f(1, (+ 2 3))"),
        ("f()", "f()"),
        ("f(-g(1))", "f((- g(1)))"),
        ("(strength.ivig.mean - strength.non_ivig.mean) / 2", "(/ (- strength.ivig.mean strength.non_ivig.mean) 2)"),
        ("  \n improvement.nnt\n\t* 2 \r\n", "(* improvement.nnt 2)"),
    ])
    func treeShape(text: String, expected: String) throws {
        let parsed = try ExpressionParser.parse(text)
        #expect(parsed.syntax.description == expected)
        #expect(parsed.filters.isEmpty)
    }

    @Test(arguments: [
        ("x | fixed(1)", [ExpressionFilter.fixed(1)]),
        ("x|percent", [.percent(nil)]),
        ("x | percent(2)", [.percent(2)]),
        ("x | percent()", [.percent(nil)]),
        ("x | p", [.p]),
        ("x | int", [.int]),
        ("x | ci | fixed(2)", [.ci, .fixed(2)]),
        ("x | ceil | ci", [.ceil, .ci]),
        ("x | ceil | fixed(0)", [.ceil, .fixed(0)]),
        ("x |\n fixed( 10 )\n", [.fixed(10)]),
        ("(a - b) / 2 | fixed(2)", [.fixed(2)]),
    ])
    func filters(text: String, expected: [ExpressionFilter]) throws {
        let parsed = try ExpressionParser.parse(text)
        #expect(parsed.filters.map(\.filter) == expected)
    }

    @Test func filterSpansPointAtTheWrittenFilter() throws {
        let parsed = try ExpressionParser.parse("x | fixed( 2 ) | ci")
        #expect(parsed.filters.map(\.span) == [ExpressionSpan(offset: 4, length: 10), ExpressionSpan(offset: 17, length: 2)])
        #expect(parsed.filters.map(\.nameSpan.length) == [5, 2])
    }

    @Test func referenceSpansCoverTheNameAndTheCall() throws {
        let parsed = try ExpressionParser.parse("  2 * relapse.ivig.survival( 12 )")
        let references = parsed.syntax.references
        #expect(references.count == 1)
        #expect(references.first?.path == ["relapse", "ivig", "survival"])
        #expect(references.first?.nameSpan == ExpressionSpan(offset: 6, length: 21))
        #expect(references.first?.span == ExpressionSpan(offset: 6, length: 27))
        #expect(parsed.syntax.span == ExpressionSpan(offset: 2, length: 31))
    }

    @Test func valueTextIncludesParenthesesAndExcludesFilters() throws {
        let parsed = try ExpressionParser.parse(" (a - b) / (2) | fixed(1)")
        #expect(parsed.valueText == "(a - b) / (2)")
    }

    @Test func referencesAreListedInReadingOrder() throws {
        let parsed = try ExpressionParser.parse("a.x + f(b.y) * -c")
        #expect(parsed.syntax.references.map(\.dottedName) == ["a.x", "f", "b.y", "c"])
    }

    @Test func unmatchedParenthesisAfterAGroup() {
        let error = expressionParseError("(1 + 2) ) ")
        #expect(error?.kind == .unmatchedParenthesis)
        #expect(error?.offset == 8)
    }

    @Test func filterDescriptionsAreWhatAUserWrites() {
        #expect([ExpressionFilter.fixed(2), .percent(nil), .percent(1), .p, .ci, .ceil, .int].map(\.description)
            == ["fixed(2)", "percent", "percent(1)", "p", "ci", "ceil", "int"])
    }
}
