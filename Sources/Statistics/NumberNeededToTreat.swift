/// The number needed to treat, 1/|RD|, labelled as benefit (NNTB) or harm (NNTH), with Altman's
/// interval (Altman 1998, BMJ 317:1309): the reciprocals of the risk difference's limits.
///
/// When the risk difference's interval includes 0 the NNT interval passes through infinity and
/// is reported as "NNTB a to ∞ to NNTH b" (`Interval.throughInfinity`). A risk difference of
/// exactly 0 gives an infinite NNT (`value` is +∞ and `kind` is `.noDifference`), never NaN.
public struct NumberNeededToTreat: Equatable, Sendable, CustomStringConvertible {
    /// Whether treating helps or harms.
    public enum Kind: Equatable, Sendable {
        /// The experimental treatment helps: a number needed to treat to benefit one (NNTB).
        case benefit
        /// The experimental treatment harms: a number needed to treat to harm one (NNTH).
        case harm
        /// The risks are equal; the NNT is infinite.
        case noDifference
    }

    /// Altman's interval, which is either an ordinary range of one kind or passes through infinity.
    public enum Interval: Equatable, Sendable {
        /// NNTB from `low` to `high` (the risk difference interval lies wholly on the benefit side).
        case benefit(low: Double, high: Double)
        /// NNTH from `low` to `high` (the risk difference interval lies wholly on the harm side).
        case harm(low: Double, high: Double)
        /// NNTB `benefit` to ∞ to NNTH `harm`: the risk difference interval includes 0. A limit is
        /// +∞ when the risk difference interval ends exactly at 0.
        case throughInfinity(benefit: Double, harm: Double)
    }

    /// 1/|RD|; +∞ when the risk difference is exactly 0.
    public let value: Double
    /// Benefit, harm or no difference, from the sign of the risk difference and whether the event is desirable.
    public let kind: Kind
    /// Altman's interval; nil when the risk difference has none.
    public let interval: Interval?
    /// The interval's coverage level, e.g. 0.95; nil without an interval.
    public let level: Double?
    /// The risk difference (EER - CER) the NNT was derived from.
    public let riskDifference: Estimate

    /// Derives the NNT from a risk difference (EER - CER) and its interval.
    ///
    /// `eventIsDesirable` says whether the outcome counted is good (improvement, remission): then a
    /// positive risk difference is a benefit; for a bad outcome (death, relapse) a negative one is.
    public init(riskDifference: Estimate, eventIsDesirable: Bool) {
        self.riskDifference = riskDifference
        let sign: Double = eventIsDesirable ? 1 : -1
        let benefit = sign * riskDifference.value
        value = benefit == 0 ? .infinity : 1 / abs(benefit)
        kind = benefit > 0 ? .benefit : (benefit < 0 ? .harm : .noDifference)
        level = riskDifference.interval?.level
        if let limits = riskDifference.interval {
            let low = min(sign * limits.low, sign * limits.high)
            let high = max(sign * limits.low, sign * limits.high)
            if low > 0 {
                interval = .benefit(low: 1 / high, high: 1 / low)
            } else if high < 0 {
                interval = .harm(low: 1 / abs(low), high: 1 / abs(high))
            } else {
                interval = .throughInfinity(
                    benefit: high == 0 ? .infinity : 1 / high, harm: low == 0 ? .infinity : 1 / abs(low))
            }
        } else {
            interval = nil
        }
    }

    /// The NNT in the words of a report, e.g. "NNTB 1.7 (95% CI NNTB 1.1 to 4.6)" or
    /// "NNTB 12.5 (95% CI NNTB 5.2 to ∞ to NNTH 20.1)", rounded to one decimal.
    public var description: String {
        let label: String
        switch kind {
        case .benefit: label = "NNTB \(Self.rounded(value))"
        case .harm: label = "NNTH \(Self.rounded(value))"
        case .noDifference: label = "NNT ∞ (no difference in risk)"
        }
        guard let interval, let level else { return label }
        let percent = Self.rounded(level * 100)
        switch interval {
        case .benefit(let low, let high):
            return "\(label) (\(percent)% CI NNTB \(Self.rounded(low)) to \(Self.rounded(high)))"
        case .harm(let low, let high):
            return "\(label) (\(percent)% CI NNTH \(Self.rounded(low)) to \(Self.rounded(high)))"
        case .throughInfinity(let benefit, let harm):
            return "\(label) (\(percent)% CI NNTB \(Self.rounded(benefit)) to ∞ to NNTH \(Self.rounded(harm)))"
        }
    }

    private static func rounded(_ x: Double) -> String {
        if x.isInfinite { return "∞" }
        let value = (x * 10).rounded() / 10
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

extension TwoByTwoTable {
    /// The number needed to treat from this table's risk difference and Newcombe interval.
    ///
    /// `eventIsDesirable` is true when the counted event is a good outcome (e.g. improvement).
    public func numberNeededToTreat(eventIsDesirable: Bool, level: Double = 0.95) throws(StatisticsError) -> NumberNeededToTreat {
        NumberNeededToTreat(riskDifference: try riskDifference(level: level), eventIsDesirable: eventIsDesirable)
    }
}
