extension NumberStyle {
    /// The conventions one style applies to P values.
    struct PValueRule: Sendable {
        /// Label before the relation ("P" or "p") and whether it is set in italics.
        var label: String
        var italicLabel: Bool
        /// Whether `0.04` keeps its leading zero (BMJ) or prints `.04` (AMA, APA).
        var leadingZero: Bool
        /// Values below this print as `< smallest` (never as 0).
        var smallest: Double
        var smallestDecimals: Int
        /// Values above this print as `> largest` (never as 1).
        var largest: Double
        var largestDecimals: Int
        /// Decimals for ordinary values, and the finer decimals used below `fineBelow`.
        var decimals: Int
        var fineDecimals: Int
        var fineBelow: Double
    }

    /// How far outside [0, 1] a P value may stray through floating-point error and still be
    /// read as 0 or 1 (e.g. a Fisher sum of 1.0000000000000002).
    static let pValueTolerance = 1e-9

    /// This style's P value conventions.
    var pValueRule: PValueRule {
        switch self {
        case .ama:
            PValueRule(label: "P", italicLabel: true, leadingZero: false,
                       smallest: 0.001, smallestDecimals: 3, largest: 0.99, largestDecimals: 2,
                       decimals: 2, fineDecimals: 3, fineBelow: 0.01)
        case .apa:
            PValueRule(label: "p", italicLabel: true, leadingZero: false,
                       smallest: 0.001, smallestDecimals: 3, largest: 0.999, largestDecimals: 3,
                       decimals: 3, fineDecimals: 3, fineBelow: 0.001)
        case .bmj:
            PValueRule(label: "P", italicLabel: false, leadingZero: true,
                       smallest: 0.001, smallestDecimals: 3, largest: 0.99, largestDecimals: 2,
                       decimals: 2, fineDecimals: 3, fineBelow: 0.01)
        }
    }

    /// Prints a P value in this style, with its label: AMA `P = .04`, APA `p = .041`,
    /// BMJ `P = 0.04` (the AMA and APA label is italic; BMJ's is upright).
    ///
    /// Rules, applied to the unrounded value in this order:
    /// 1. NaN, or a value outside [0, 1] by more than 1e-9, prints `P not computable`
    ///    (values within 1e-9 of the range are floating-point noise and are clamped).
    /// 2. Below 0.001: `P < .001` (APA `p < .001`, BMJ `P < 0.001`); 0, −0 and 1e-30 included.
    /// 3. Above 0.99 (APA: above 0.999): `P > .99` (APA `p > .999`, BMJ `P > 0.99`); 1 included.
    ///    So 0.995 prints `P > .99`, never `P = 1.00`, and 0.99 itself prints `P = .99`.
    /// 4. Otherwise round half away from zero on the decimal digits: AMA and BMJ use 2 decimals,
    ///    or 3 when the unrounded value is below 0.01; APA always uses 3. 0.045 → `.05`.
    /// 5. When 3-decimal rounding carries a value below 0.01 up to 0.010 (0.0095 ≤ p < 0.01),
    ///    it prints in the 2-decimal form `P = .01`: a printed P value always follows the rule
    ///    for the value printed, so `.010` never appears.
    public func pValue(_ p: Double) -> StyledText {
        let rule = pValueRule
        let label: StyledText.Segment = rule.italicLabel ? .italic(rule.label) : .plain(rule.label)
        guard let value = Self.clampedProbability(p) else {
            return StyledText([label, .plain(" " + Self.notComputable)])
        }
        return StyledText([label, .plain(" " + pValueRelation(value, rule: rule))])
    }

    /// The relation and number of a P value (`= .04`, `< .001`), without the label.
    func pValueRelation(_ p: Double, rule: PValueRule) -> String {
        if p < rule.smallest {
            return "< " + pValueDigits(rule.smallest, decimals: rule.smallestDecimals, rule: rule)
        }
        if p > rule.largest {
            return "> " + pValueDigits(rule.largest, decimals: rule.largestDecimals, rule: rule)
        }
        var decimals = p < rule.fineBelow ? rule.fineDecimals : rule.decimals
        if decimals != rule.decimals, let fine = DecimalRounding.round(p, decimals: decimals),
           let threshold = DecimalRounding.round(rule.fineBelow, decimals: decimals),
           fine.hasSameDigits(as: threshold) {
            decimals = rule.decimals
        }
        return "= " + pValueDigits(p, decimals: decimals, rule: rule)
    }

    /// The digits of a P value with the style's leading-zero convention.
    func pValueDigits(_ p: Double, decimals: Int, rule: PValueRule) -> String {
        guard let rounded = DecimalRounding.round(p, decimals: decimals) else {
            return Self.notComputable
        }
        return rounded.text(leadingZero: rule.leadingZero)
    }

    /// `p` clamped into [0, 1] when within `pValueTolerance` of it; nil when NaN or further out.
    static func clampedProbability(_ p: Double) -> Double? {
        guard p.isFinite, p >= -pValueTolerance, p <= 1 + pValueTolerance else { return nil }
        return min(max(p, 0), 1)
    }
}

extension NumberStyle {
    /// A recomputed P value as a plain figure for checks and messages, at `decimals`, but never
    /// `0.000` or `1.000`: a P that rounds to 0 prints `< 0.001`, one that rounds to 1 `> 0.999`.
    public func pFigure(_ p: Double, decimals: Int) -> String {
        let places = max(1, decimals)
        let text = fixed(p, decimals: places)
        let zero = fixed(0, decimals: places), one = fixed(1, decimals: places)
        if text == zero { return "< " + fixed(1 / pow10(places), decimals: places) }
        if text == one { return "> " + fixed(1 - 1 / pow10(places), decimals: places) }
        return text
    }
}
