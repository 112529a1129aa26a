/// An outcome's effect per 1,000 people, as GRADE's Summary of Findings table prints it: the
/// assumed risk with the comparison, and the difference the intervention makes with its 95%
/// interval, each derived from the relative effect at that baseline risk.
public struct AbsoluteEffect: Hashable, Sendable {
    /// The assumed risk with the comparison, as a proportion.
    public var baseline: Double
    /// The risk with the intervention minus the baseline, as a proportion.
    public var difference: Double
    /// The difference at the relative effect's lower limit.
    public var low: Double
    /// The difference at the relative effect's upper limit.
    public var high: Double

    /// Creates an effect from differences already computed.
    public init(baseline: Double, difference: Double, low: Double, high: Double) {
        self.baseline = baseline
        self.difference = difference
        self.low = low
        self.high = high
    }

    /// From a risk ratio: baseline × (RR − 1), the risk with the intervention capped at 1.
    public static func riskRatio(baseline: Double, _ estimate: Double, low: Double, high: Double) -> AbsoluteEffect {
        let change = { (ratio: Double) in min(1, baseline * ratio) - baseline }
        return AbsoluteEffect(baseline: baseline, difference: change(estimate), low: change(low), high: change(high))
    }

    /// From an odds ratio, through the odds: risk = OR·b / (1 − b + OR·b).
    public static func oddsRatio(baseline: Double, _ estimate: Double, low: Double, high: Double) -> AbsoluteEffect {
        let change = { (ratio: Double) in ratio * baseline / (1 - baseline + ratio * baseline) - baseline }
        return AbsoluteEffect(baseline: baseline, difference: change(estimate), low: change(low), high: change(high))
    }

    /// From a risk difference, which is already absolute.
    public static func riskDifference(baseline: Double, _ estimate: Double, low: Double, high: Double) -> AbsoluteEffect {
        AbsoluteEffect(baseline: baseline, difference: estimate, low: low, high: high)
    }

    /// A proportion per 1,000, rounded half away from zero (float noise removed first).
    public static func perThousand(_ proportion: Double) -> Int {
        guard proportion.isFinite else { return 0 }
        return Int(((proportion * 1000 * 1e6).rounded() / 1e6).rounded())
    }

    /// The baseline as the table prints it: "10 per 1,000".
    public var comparisonText: String { "\(Self.grouped(Self.perThousand(baseline))) per 1,000" }

    /// The difference as the table prints it: "5 fewer per 1,000 (from 7 fewer to 3 fewer)".
    public var differenceText: String {
        "\(Self.words(difference)) per 1,000 (from \(Self.words(low)) to \(Self.words(high)))"
    }

    /// "7 fewer" or "3 more"; a difference that rounds to 0 keeps its side.
    public static func words(_ proportion: Double) -> String {
        let count = perThousand(proportion)
        return proportion < 0 ? "\(grouped(-count)) fewer" : "\(grouped(count)) more"
    }

    /// A whole number with thousands separated by commas: 1000 → "1,000".
    public static func grouped(_ number: Int) -> String {
        let digits = String(abs(number))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "\u{2212}" : "") + result
    }
}
