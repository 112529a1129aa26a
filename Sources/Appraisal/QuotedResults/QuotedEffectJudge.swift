import Foundation
import Statistics

/// Checks an effect quoted with its interval and P value.
///
/// The P value implied by the interval (Altman and Bland 2011: SE = width / 2z, z = estimate /
/// SE, on the log scale for ratios) is recomputed for every way the printed estimate and limits
/// could have been rounded, and the printed P must be reachable from that range by statcheck's
/// rules. Intervals are not always Wald intervals (exact, profile-likelihood or t-based ones are
/// a little wider or lopsided), so z is allowed a further `methodTolerance` either way. The
/// estimate must lie near the middle of its interval: the mismatch is flagged only when, after the
/// most favourable rounding, it is more than `centreTolerance` of the half-width away from it.
enum QuotedEffectJudge {
    /// How far z may stray because the interval was not computed by the normal approximation (10%).
    static let methodTolerance = 1.10
    /// How far from its interval's middle an estimate may lie, as a share of the half-width (20%).
    static let centreTolerance = 0.20

    /// The verdict on an effect with its interval.
    static func judge(_ measure: QuotedResult.Measure, estimate: QuotedResult.Number, lower: QuotedResult.Number,
                      upper: QuotedResult.Number, level: Double, result: QuotedResult) -> QuotedResultVerdict {
        let percent = QuotedPValueText.fixed(level * 100, decimals: 0)
        let name = "\(measure.rawValue) \(QuotedPValueText.number(estimate)) (\(percent)% CI \(QuotedPValueText.number(lower)) to \(QuotedPValueText.number(upper)))"
        let scale: (Double) -> Double = measure.isRatio ? { Foundation.log($0) } : { $0 }
        let floor = measure.isRatio ? Double.leastNormalMagnitude : -Double.infinity
        let lowest = (lower: max(lower.value - lower.halfUnit, floor), upper: max(upper.value - upper.halfUnit, floor), estimate: max(estimate.value - estimate.halfUnit, floor))
        let highest = (lower: lower.value + lower.halfUnit, upper: upper.value + upper.halfUnit, estimate: estimate.value + estimate.halfUnit)
        guard lower.value < upper.value, !measure.isRatio || (lower.value > 0 && estimate.value > 0),
              let critical = try? IntervalPValue.critical(level: level),
              let point = try? IntervalPValue.pValue(estimate: estimate.value, lower: lower.value, upper: upper.value, level: level, ratio: measure.isRatio)
        else {
            return QuotedResultVerdict(outcome: .notVerifiable, recomputed: nil, explanation: "\(name) is not an estimate inside a valid interval")
        }
        let narrowest = max(0, scale(lowest.upper) - scale(highest.lower)) / (2 * critical)
        let widest = (scale(highest.upper) - scale(lowest.lower)) / (2 * critical)
        let ends = [scale(lowest.estimate), scale(highest.estimate)]
        let nearest = ends[0] <= 0 && ends[1] >= 0 ? 0 : ends.map(abs).min() ?? 0
        let farthest = ends.map(abs).max() ?? 0
        let largestZ = narrowest > 0 ? farthest / narrowest * methodTolerance : .infinity
        let smallestZ = nearest / widest / methodTolerance
        let explanation = "\(name) implies P \(QuotedPValueText.format(point, decimals: result.p.decimals)) (Altman-Bland)"
        if result.p.value <= 0 {
            return QuotedResultVerdict(outcome: .pZero, recomputed: point, explanation: explanation + "; a P value is never 0")
        }
        if QuotedResultJudge.isError(result, smallest: IntervalPValue.pValue(ofZ: largestZ), largest: IntervalPValue.pValue(ofZ: smallestZ)) {
            let outcome: QuotedResultVerdict.Outcome = QuotedResultJudge.flipsDecision(result, recomputed: point) ? .decisionError : .inconsistent
            return QuotedResultVerdict(outcome: outcome, recomputed: point, explanation: explanation)
        }
        let centres = ((scale(lowest.lower) + scale(lowest.upper)) / 2, (scale(highest.lower) + scale(highest.upper)) / 2)
        let gap = max(0, centres.0 - ends[1], ends[0] - centres.1)
        let halfWidth = (scale(upper.value) - scale(lower.value)) / 2
        if gap > centreTolerance * halfWidth {
            let middle = measure.isRatio ? Foundation.exp((scale(lower.value) + scale(upper.value)) / 2) : (lower.value + upper.value) / 2
            let where_ = measure.isRatio ? " on the log scale" : ""
            return QuotedResultVerdict(
                outcome: .offCentre, recomputed: point,
                explanation: "\(name): the estimate lies far from the middle of its interval (\(QuotedPValueText.number(QuotedResult.Number(value: middle, decimals: max(estimate.decimals, 2))))\(where_))")
        }
        return QuotedResultVerdict(outcome: .consistent, recomputed: point, explanation: explanation)
    }
}
