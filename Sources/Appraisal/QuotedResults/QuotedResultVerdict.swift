/// What checking one quoted result found.
public struct QuotedResultVerdict: Hashable, Sendable {
    /// The verdict.
    public enum Outcome: String, Hashable, Sendable {
        /// The printed P is reachable from the printed statistic (or interval).
        case consistent
        /// It is not, but significance at α = .05 is the same either way.
        case inconsistent
        /// It is not, and significance at α = .05 flips.
        case decisionError = "decision-error"
        /// `p = .000` (or below): a P value is never zero.
        case pZero = "p-zero"
        /// The estimate is too far from the middle of its interval (the P value may agree).
        case offCentre = "off-centre"
        /// The numbers do not describe a test (a correlation of 1, an empty interval).
        case notVerifiable = "not-verifiable"
    }

    /// The verdict.
    public var outcome: Outcome
    /// The P value recomputed from the printed statistic or interval, when there is one.
    public var recomputed: Double?
    /// Whether the verdict rests on the one-tailed P (the sentence said one-tailed).
    public var oneTailed: Bool
    /// The recomputation in words, e.g. "t(28) = 2.20 gives P = .036 (two-tailed)".
    public var explanation: String

    /// Creates a verdict.
    public init(outcome: Outcome, recomputed: Double?, oneTailed: Bool = false, explanation: String) {
        self.outcome = outcome
        self.recomputed = recomputed
        self.oneTailed = oneTailed
        self.explanation = explanation
    }

    /// The finding's stable code, or nil for a consistent result.
    public func code(for result: QuotedResult) -> String? {
        switch outcome {
        case .consistent: nil
        case .pZero: "quoted-result-p-zero"
        case .decisionError: "quoted-result-decision-error"
        case .notVerifiable: "quoted-result-not-verifiable"
        case .inconsistent, .offCentre:
            if case .effect = result.claim { "quoted-effect-inconsistent" } else { "quoted-result-inconsistent" }
        }
    }
}

/// Prints P values for messages and marks: never 0 or 1, at least three decimals, no leading zero.
enum QuotedPValueText {
    /// `.036`, `< .001`, `> .999`.
    static func format(_ p: Double, decimals: Int = 3) -> String {
        let places = max(3, min(decimals, 6))
        let scale = pow10(places)
        let rounded = (p * scale).rounded() / scale
        if rounded <= 0 { return "< ." + String(repeating: "0", count: places - 1) + "1" }
        if rounded >= 1 { return "> ." + String(repeating: "9", count: places) }
        return "= " + fixed(rounded, decimals: places)
    }

    /// `value` with `decimals` decimals, without a leading zero before the point.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let units = Int((abs(value) * scale).rounded())
        let whole = units / Int(scale)
        let fraction = String(units % Int(scale))
        let padded = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
        let sign = value < 0 && units > 0 ? "−" : ""
        let head = whole == 0 ? "" : String(whole)
        return decimals == 0 ? sign + String(whole) : sign + head + "." + padded
    }

    /// A printed number as written: `2.20`, `0.80`, `−3.1`, keeping its leading zero.
    static func number(_ number: QuotedResult.Number) -> String {
        let text = fixed(number.value, decimals: number.decimals)
        if text.hasPrefix("−.") { return "−0" + text.dropFirst() }
        return text.hasPrefix(".") ? "0" + text : text
    }
}
