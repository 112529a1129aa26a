import Statistics

/// Checks quoted results with statcheck's rules (Nuijten et al. 2016; statcheck 1.5).
///
/// The statistic is taken as rounded: 2.20 stands for anything from 2.195 to 2.205, so an exact
/// P is consistent when it lies between the P values of those two ends, each rounded to the
/// decimals the P was printed with; `p < x` is consistent unless even the smallest reachable P
/// is above x, `p > x` unless even the largest is below it. A P at or below 0 is always wrong.
/// A mismatch whose P would have been consistent one-tailed is consistent when the sentence says
/// one-tailed, one-sided or directional (t, r and z only). A mismatch is a decision error when
/// significance at α = .05 flips, with `p = .05` counted as significant, judged on the P of the
/// printed statistic.
public enum QuotedResultJudge {
    /// The significance level for decision errors.
    public static let alpha = 0.05

    /// The verdict on one result.
    public static func judge(_ result: QuotedResult) -> QuotedResultVerdict {
        switch result.claim {
        case .test(let statistic, let value):
            judgeTest(statistic, value: value, result: result)
        case .effect(let measure, let estimate, let lower, let upper, let level):
            QuotedEffectJudge.judge(measure, estimate: estimate, lower: lower, upper: upper, level: level, result: result)
        }
    }

    private static func judgeTest(_ statistic: ReportedTestStatistic, value: QuotedResult.Number, result: QuotedResult) -> QuotedResultVerdict {
        let name = claimText(statistic, value: value)
        let magnitude = abs(value.value)
        let low = max(0, magnitude - value.halfUnit)
        let high = statistic.kind == .r ? min(magnitude + value.halfUnit, 1 - 1e-12) : magnitude + value.halfUnit
        func range(twoTailed: Bool) -> (point: Double, low: Double, high: Double)? {
            guard let point = try? statistic.pValue(of: magnitude, twoTailed: twoTailed),
                  let smallest = try? statistic.pValue(of: high, twoTailed: twoTailed),
                  let largest = try? statistic.pValue(of: low, twoTailed: twoTailed) else { return nil }
            return (point, smallest, largest)
        }
        guard let two = range(twoTailed: true) else {
            return QuotedResultVerdict(outcome: .notVerifiable, recomputed: nil, explanation: "\(name) is not a possible value of the statistic")
        }
        let tails = statistic.kind.hasTails ? " (two-tailed)" : ""
        if result.p.value <= 0 {
            return QuotedResultVerdict(outcome: .pZero, recomputed: two.point,
                                       explanation: "\(name) gives P \(QuotedPValueText.format(two.point))\(tails); a P value is never 0")
        }
        if !isError(result, smallest: two.low, largest: two.high) {
            return QuotedResultVerdict(outcome: .consistent, recomputed: two.point,
                                       explanation: "\(name) gives P \(QuotedPValueText.format(two.point, decimals: result.p.decimals))\(tails)")
        }
        if result.saysOneTailed, statistic.kind.hasTails, let one = range(twoTailed: false), !isError(result, smallest: one.low, largest: one.high) {
            return QuotedResultVerdict(outcome: .consistent, recomputed: one.point, oneTailed: true,
                                       explanation: "\(name) gives P \(QuotedPValueText.format(one.point, decimals: result.p.decimals)) (one-tailed)")
        }
        return QuotedResultVerdict(outcome: flipsDecision(result, recomputed: two.point) ? .decisionError : .inconsistent, recomputed: two.point,
                                   explanation: "\(name) gives P \(QuotedPValueText.format(two.point, decimals: result.p.decimals))\(tails)")
    }

    /// Whether the printed P cannot be reached from any P between `smallest` and `largest`.
    static func isError(_ result: QuotedResult, smallest: Double, largest: Double) -> Bool {
        let reported = result.p.value
        switch result.comparison {
        case .equal: return reported > rounded(largest, result.p.decimals) || reported < rounded(smallest, result.p.decimals)
        case .below: return reported < smallest
        case .above: return reported > largest
        }
    }

    /// Whether significance at α = .05 differs between the printed and the recomputed P.
    static func flipsDecision(_ result: QuotedResult, recomputed: Double) -> Bool {
        let reported = result.p.value
        switch result.comparison {
        case .equal: return (reported <= alpha && recomputed > alpha) || (reported > alpha && recomputed <= alpha)
        case .below: return reported <= alpha && recomputed > alpha
        case .above: return reported >= alpha && recomputed <= alpha
        }
    }

    /// `value` rounded half away from zero to `decimals` places.
    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow10(decimals)
        return (value * scale).rounded() / scale
    }

    /// `t(28) = 2.20`, `F(2, 45) = 3.10`, `χ2(1) = 7.30`, `z = 2.10`.
    static func claimText(_ statistic: ReportedTestStatistic, value: QuotedResult.Number) -> String {
        let df = [statistic.degreesOfFreedom, statistic.denominatorDegreesOfFreedom].compactMap { $0 }.map(degrees).joined(separator: ", ")
        let head = statistic.kind.rawValue + (df.isEmpty ? "" : "(\(df))")
        return "\(head) = \(QuotedPValueText.number(value))"
    }

    private static func degrees(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(value)
    }
}
