import Statistics

/// A complete statistical result quoted in prose: a test statistic or an effect with its
/// interval, followed by its P value, as `QuotedResultScanner` found it.
public struct QuotedResult: Hashable, Sendable {
    /// A number as printed: its value and how many decimals it was printed with.
    public struct Number: Hashable, Sendable {
        /// The value.
        public var value: Double
        /// Digits after the decimal point (0 for an integer).
        public var decimals: Int

        /// Creates a printed number.
        public init(value: Double, decimals: Int) {
            self.value = value
            self.decimals = decimals
        }

        /// Half a unit in the last printed place: the rounding the printed value may hide.
        public var halfUnit: Double { 0.5 / pow10(decimals) }
    }

    /// How the P value is compared: `p = .04`, `p < .001` (or ≤), `p > .05` (or ≥).
    public enum Comparison: String, Hashable, Sendable {
        /// `=`.
        case equal = "="
        /// `<` or `≤`.
        case below = "<"
        /// `>` or `≥`.
        case above = ">"
    }

    /// An effect measure that comes with a confidence interval.
    public enum Measure: String, Hashable, Sendable {
        /// Risk ratio (relative risk).
        case riskRatio = "RR"
        /// Odds ratio.
        case oddsRatio = "OR"
        /// Hazard ratio.
        case hazardRatio = "HR"
        /// Mean difference.
        case meanDifference = "MD"

        /// Whether the measure is a ratio, judged on the log scale.
        public var isRatio: Bool { self != .meanDifference }
    }

    /// What was reported before the P value.
    public enum Claim: Hashable, Sendable {
        /// A test statistic with its degrees of freedom, e.g. t(28) = 2.20.
        case test(ReportedTestStatistic, value: Number)
        /// An effect with its interval, e.g. RR 0.80 (95% CI 0.70-0.91); level as a fraction.
        case effect(Measure, estimate: Number, lower: Number, upper: Number, level: Double)
    }

    /// The statistic or effect.
    public var claim: Claim
    /// How the P value is compared.
    public var comparison: Comparison
    /// The P value as printed.
    public var p: Number
    /// The result as written (emphasis markers dropped), e.g. "t(28) = 2.20, p = .04".
    public var text: String
    /// Its byte offset in the scanned text.
    public var offset: Int
    /// Its length in bytes in the scanned text.
    public var length: Int
    /// Whether the sentence around it says one-tailed, one-sided or directional.
    public var saysOneTailed: Bool

    /// Creates a quoted result.
    public init(claim: Claim, comparison: Comparison, p: Number, text: String, offset: Int, length: Int, saysOneTailed: Bool = false) {
        self.claim = claim
        self.comparison = comparison
        self.p = p
        self.text = text
        self.offset = offset
        self.length = length
        self.saysOneTailed = saysOneTailed
    }
}

/// 10 to a small non-negative power, exactly for the decimals printed numbers have.
func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<max(0, min(exponent, 30)) { result *= 10 }
    return result
}
