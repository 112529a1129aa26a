extension NumberStyle {
    /// Decimals of the limits of an NNT confidence interval. The point estimate is rounded up
    /// to a whole patient, but rounding the limits up too would shift the whole interval
    /// towards harm-free, so the limits keep one decimal with ordinary rounding (1.23 → 1.2).
    public static let nntIntervalDecimals = 1

    /// A whole number of patients at or above `value`, by convention (you cannot treat 1.7
    /// patients): 1.7 → `2`, 2 → `2`. Values within 1e-9 of a whole number count as that number,
    /// so floating-point noise in 1/RD (10.000000000000002) never adds a patient.
    /// Nil for NaN and for values ≤ 0; `∞` for infinity.
    func nntWhole(_ value: Double) -> String? {
        guard !value.isNaN, value > 0 else { return nil }
        if value.isInfinite { return Self.infinitySymbol }
        return DecimalRounding.round(value, decimals: 9)?.ceilingWhole
    }

    /// Prints an NNT point estimate with its label, rounded up to a whole number:
    /// 1.7 benefit → `NNTB 2`, 9.2 harm → `NNTH 10`, infinity (RD = 0) → `NNTB ∞`.
    /// NaN, zero or a negative value (NNT is a magnitude) prints `NNT not computable`.
    /// The same in every style.
    public func nnt(value: Double, isBenefit: Bool) -> String {
        let direction: NNTPresentation.Direction = isBenefit ? .benefit : .harm
        guard let whole = nntWhole(value) else { return "NNT " + Self.notComputable }
        return direction.label + " " + whole
    }

    /// Prints an NNT with its interval when it has one, in this style's interval punctuation:
    /// - AMA `NNTB 2 (95% CI, 1.2-4.6)`, `NNTB 2 (95% CI, NNTB 1.2 to ∞ to NNTH 9.5)`
    /// - APA `NNTB 2, 95% CI [1.2, 4.6]`, `NNTB 2, 95% CI [NNTB 1.2 to ∞ to NNTH 9.5]`
    /// - BMJ `NNTB 2 (95% CI 1.2 to 4.6)`, `NNTB 2 (95% CI NNTB 1.2 to ∞ to NNTH 9.5)`
    ///
    /// See `nntInterval(_:)` for the interval's rules. Without an interval, prints `nnt(value:isBenefit:)`.
    public func nnt(_ nnt: NNTPresentation) -> String {
        let point = self.nnt(value: nnt.value, isBenefit: nnt.direction == .benefit)
        guard let interval = nntInterval(nnt) else { return point }
        switch self {
        case .ama, .bmj: return point + " (" + interval + ")"
        case .apa: return point + ", " + interval
        }
    }

    /// Prints only the confidence interval of an NNT (the `ci` filter), after Altman (BMJ 1998):
    /// - `.bounded`: both limits are NNTs in the point estimate's direction, printed ascending
    ///   with `nntIntervalDecimals` (1) decimals by `interval(low:high:decimals:level:)`:
    ///   AMA `95% CI, 1.2-4.6`; a limit of 1/0 prints `∞` (AMA then uses "to").
    /// - `.crossesNoEffect`: the interval runs through infinity. The limit on the point
    ///   estimate's side comes first, each with its label and 1 decimal:
    ///   `NNTB 1.2 to ∞ to NNTH 9.5` for a benefit, `NNTH 3.0 to ∞ to NNTB 7.5` for a harm,
    ///   wrapped as AMA `95% CI, …`, APA `95% CI […]`, BMJ `95% CI …`.
    ///
    /// Returns nil when the NNT has no interval. A NaN or non-positive limit, or an invalid
    /// level, prints `95% CI not computable`.
    public func nntInterval(_ nnt: NNTPresentation) -> String? {
        guard let interval = nnt.interval else { return nil }
        guard let label = confidenceLabel(level: nnt.level) else { return "CI " + Self.notComputable }
        let decimals = Self.nntIntervalDecimals
        switch interval {
        case .bounded(let low, let high):
            guard low > 0, high > 0 else { return label + " " + Self.notComputable }
            let text = self.interval(low: min(low, high), high: max(low, high), decimals: decimals, level: nnt.level)
            return text.plainText
        case .crossesNoEffect(let benefitLimit, let harmLimit) where benefitLimit.isInfinite != harmLimit.isInfinite:
            // The risk difference interval ends exactly at 0: one side stops at ∞, e.g. "2.5 to ∞".
            let finite = benefitLimit.isInfinite ? harmLimit : benefitLimit
            guard finite > 0 else { return label + " " + Self.notComputable }
            return self.interval(low: finite, high: .infinity, decimals: decimals, level: nnt.level).plainText
        case .crossesNoEffect(let benefitLimit, let harmLimit):
            guard benefitLimit > 0, harmLimit > 0 else { return label + " " + Self.notComputable }
            let benefit = "NNTB " + number(benefitLimit, decimals: decimals)
            let harm = "NNTH " + number(harmLimit, decimals: decimals)
            let (first, last) = nnt.direction == .benefit ? (benefit, harm) : (harm, benefit)
            let body = first + " to " + Self.infinitySymbol + " to " + last
            switch self {
            case .ama: return label + ", " + body
            case .apa: return label + " [" + body + "]"
            case .bmj: return label + " " + body
            }
        }
    }
}
