extension NumberStyle {
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
    /// - AMA `NNTB 2 (95% CI, 2-5)`, `NNTB 2 (95% CI, NNTB 2 to ∞ to NNTH 10)`
    /// - APA `NNTB 2, 95% CI [2, 5]`, `NNTB 2, 95% CI [NNTB 2 to ∞ to NNTH 10]`
    /// - BMJ `NNTB 2 (95% CI 2 to 5)`, `NNTB 2 (95% CI NNTB 2 to ∞ to NNTH 10)`
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

    /// Prints only the confidence interval of an NNT (the `ci` filter), after Altman (BMJ 1998).
    ///
    /// One rounding rule for every NNT figure: the estimate and both limits are whole patients,
    /// each rounded up (`nntWhole`), as DESIGN's "NNTB 2 to ∞ to NNTH 9" shows. Rounding up is
    /// monotone, so the printed limits still bracket the printed estimate.
    /// - `.bounded`: both limits are NNTs in the point estimate's direction, printed ascending:
    ///   AMA `95% CI, 2-5`; a limit of 1/0 prints `∞` (AMA then uses "to").
    /// - `.crossesNoEffect`: the interval runs through infinity. The limit on the point
    ///   estimate's side comes first, each with its label:
    ///   `NNTB 2 to ∞ to NNTH 10` for a benefit, `NNTH 4 to ∞ to NNTB 8` for a harm,
    ///   wrapped as AMA `95% CI, …`, APA `95% CI […]`, BMJ `95% CI …`.
    ///
    /// Returns nil when the NNT has no interval. A NaN or non-positive limit, or an invalid
    /// level, prints `95% CI not computable`.
    public func nntInterval(_ nnt: NNTPresentation) -> String? {
        guard let interval = nnt.interval else { return nil }
        guard let label = confidenceLabel(level: nnt.level) else { return "CI " + Self.notComputable }
        let notComputable = label + " " + Self.notComputable
        switch interval {
        case .bounded(let low, let high):
            guard let lower = nntWhole(min(low, high)), let upper = nntWhole(max(low, high)) else { return notComputable }
            return intervalText(label: label, lower: lower, upper: upper)
        case .crossesNoEffect(let benefitLimit, let harmLimit) where benefitLimit.isInfinite != harmLimit.isInfinite:
            // The risk difference interval ends exactly at 0: one side stops at ∞, e.g. "3 to ∞".
            guard let finite = nntWhole(benefitLimit.isInfinite ? harmLimit : benefitLimit) else { return notComputable }
            return intervalText(label: label, lower: finite, upper: Self.infinitySymbol)
        case .crossesNoEffect(let benefitLimit, let harmLimit):
            guard let benefitWhole = nntWhole(benefitLimit), let harmWhole = nntWhole(harmLimit) else { return notComputable }
            let benefit = "NNTB " + benefitWhole
            let harm = "NNTH " + harmWhole
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
