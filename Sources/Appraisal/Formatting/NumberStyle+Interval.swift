extension NumberStyle {
    /// The confidence level as a label: 0.95 → `95% CI`, 0.995 → `99.5% CI`.
    /// Nil when the level is not strictly between 0 and 1.
    func confidenceLabel(level: Double, name: String = "CI") -> String? {
        // Nearly every interval is at 95%: its label is known without printing the level.
        if level == 0.95 { return "95% " + name }
        guard level.isFinite, level > 0, level < 1,
              let percent = DecimalRounding.trimmed(level, shift: 2, maxDecimals: 4)
        else { return nil }
        return percent + "% " + name
    }

    /// Prints a confidence interval in this style, limits in the order given:
    /// - AMA: `95% CI, 0.70-0.87` with a hyphen, but `95% CI, −0.12 to 0.30` (the word "to")
    ///   when either printed limit is negative or infinite (`1.20 to ∞`), where a hyphen
    ///   would read as a minus sign or a dash.
    /// - APA: `95% CI [0.70, 0.87]`.
    /// - BMJ: `95% CI 0.70 to 0.87`.
    ///
    /// Limits are printed by `number(_:decimals:)`: real minus signs, `∞`/`−∞` for infinite
    /// limits, no sign on a limit that rounds to zero. A NaN limit, or a level not strictly
    /// between 0 and 1, prints `95% CI not computable` (or just `CI not computable`), so a
    /// broken interval is never shown as half a pair of numbers.
    /// - Parameters:
    ///   - low: the lower limit.
    ///   - high: the upper limit.
    ///   - decimals: decimals for both limits (0...15).
    ///   - level: the confidence level as a fraction, 0.95 by default.
    ///   - unit: appended to each limit (`%` for percentages: every style repeats the unit, so an
    ///     interval is never read as two bare numbers).
    public func interval(low: Double, high: Double, decimals: Int, level: Double = 0.95, name: String = "CI", unit: String = "") -> StyledText {
        guard let label = confidenceLabel(level: level, name: name) else {
            return StyledText(plain: "CI " + Self.notComputable)
        }
        guard !low.isNaN, !high.isNaN else {
            return StyledText(plain: label + " " + Self.notComputable)
        }
        let lower = number(low, decimals: decimals) + (low.isFinite ? unit : "")
        let upper = number(high, decimals: decimals) + (high.isFinite ? unit : "")
        return StyledText(plain: intervalText(label: label, lower: lower, upper: upper))
    }

    /// An interval whose upper limit is not a number ("not reached" for a median survival the
    /// curve never brings below 50%), in this style: `95% CI, 13.0 to not reached`.
    public func interval(low: Double, decimals: Int, openUpper: String, level: Double = 0.95) -> StyledText {
        guard let label = confidenceLabel(level: level), !low.isNaN else { return StyledText(plain: "CI " + Self.notComputable) }
        return StyledText(plain: intervalText(label: label, lower: number(low, decimals: decimals), upper: openUpper))
    }

    /// Joins a label and two already-printed limits with this style's punctuation.
    func intervalText(label: String, lower: String, upper: String) -> String {
        switch self {
        case .ama:
            // A limit that does not start with a digit (a minus sign, `∞`, words) needs the word.
            let needsWord = !ByteReader.isDigit(lower.utf8.first) || !ByteReader.isDigit(upper.utf8.first)
            return Self.concatenated([label, ", ", lower, needsWord ? " to " : "-", upper])
        case .apa:
            return Self.concatenated([label, " [", lower, ", ", upper, "]"])
        case .bmj:
            return Self.concatenated([label, " ", lower, " to ", upper])
        }
    }

    /// The pieces one after another in one string, sized first: a chain of `+` made a string for
    /// every step.
    private static func concatenated(_ pieces: [String]) -> String {
        var text = ""
        text.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces { text += piece }
        return text
    }
}
