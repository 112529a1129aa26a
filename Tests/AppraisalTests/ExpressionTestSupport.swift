import Appraisal

/// A small scope standing in for a document's computed statistics.
struct ExpressionTestScope: ExpressionScope {
    static let values: [String: Quantity] = [
        "improvement.eer": Quantity(0.875, kind: .proportion, interval: QuantityInterval(low: 0.53, high: 0.98)),
        "improvement.cer": Quantity(2.0 / 7.0, kind: .proportion),
        "improvement.nnt": Quantity(1.7, kind: .nnt, interval: QuantityInterval(low: 1.1, high: 4.4)),
        "improvement.rr": Quantity(3.06, kind: .ratio, interval: QuantityInterval(low: 0.9, high: 10.4), defaultDecimals: 2),
        "improvement.fisher.p": Quantity(0.041, kind: .pValue),
        "improvement.ivig.total": Quantity(8, kind: .count),
        "strength.ivig.mean": Quantity(6.71, kind: .mean),
        "strength.non_ivig.mean": Quantity(7.89, kind: .mean),
        "strength.t.stat": Quantity(2.5, kind: .statistic),
        "zero": Quantity(0, kind: .count),
    ]

    func resolve(_ path: [String], arguments: [Double]?) -> Result<Quantity, ExpressionLookupFailure> {
        let name = path.joined(separator: ".")
        if name == "relapse.ivig.survival" {
            guard let arguments, arguments.count == 1 else {
                return .failure(.invalidArguments("'\(name)' needs one argument, the time in months",
                                                  hint: "write 'relapse.ivig.survival(12)'"))
            }
            guard arguments[0] >= 0 else {
                return .failure(.invalidArguments("the time must not be negative"))
            }
            return .success(Quantity(max(0, 1 - arguments[0] / 100), kind: .proportion))
        }
        if name == "strength.t.missing" {
            return .failure(.unavailable("the t-test needs at least 2 patients per arm"))
        }
        if arguments != nil {
            return .failure(.invalidArguments("'\(name)' is not a function"))
        }
        if let quantity = Self.values[name] {
            return .success(quantity)
        }
        if let last = path.last, path.count > 1,
           let base = Self.values[path.dropLast().joined(separator: ".")],
           let limit = base.intervalLimit(last) {
            return .success(limit)
        }
        let suggestions = ExpressionSuggestions.nearest(to: name, among: Self.values.keys.sorted())
        return .failure(.unknownName("unknown name '\(name)'", suggestions: suggestions))
    }
}

/// The error parsing `text` throws, or nil when it parses.
func expressionParseError(_ text: String) -> ExpressionError? {
    do {
        _ = try ExpressionParser.parse(text)
        return nil
    } catch {
        return error
    }
}

/// The error evaluating `text` in the test scope throws, or nil when it evaluates.
func expressionEvaluationError(_ text: String) -> ExpressionError? {
    do {
        _ = try ExpressionEvaluator.evaluate(text, in: ExpressionTestScope())
        return nil
    } catch {
        return error
    }
}

/// An expected error: kind and the underlined bytes.
struct ExpectedExpressionError: Sendable, CustomStringConvertible {
    var text: String
    var kind: ExpressionError.Kind
    var offset: Int
    var length: Int

    init(_ text: String, _ kind: ExpressionError.Kind, _ offset: Int, _ length: Int) {
        self.text = text
        self.kind = kind
        self.offset = offset
        self.length = length
    }

    var description: String { "\(text.debugDescription) → \(kind.rawValue) at \(offset)+\(length)" }
}
