/// A house style for printing numbers: every value a report shows goes through one of these,
/// so authors never hand-format a number and a whole report follows one journal's conventions.
///
/// Rules shared by all styles:
/// - Rounding is half away from zero on the value's shortest decimal digits (0.045 → 0.05),
///   never on its binary approximation (see `DecimalRounding`).
/// - Negative numbers use the real minus sign U+2212 (−), never the hyphen-minus; a value that
///   rounds to zero prints without a sign (−0.004 → `0.00`).
/// - Infinities print as `∞` and `−∞`; NaN prints as `not computable` (`notComputable`), so a
///   failed computation is visible in the report instead of printing `nan` or a blank.
/// - Numbers are not grouped in thousands (`12345.6`).
public enum NumberStyle: String, CaseIterable, Sendable {
    /// AMA Manual of Style (JAMA and most US clinical journals); the default.
    case ama
    /// APA Publication Manual (psychology, nursing and education journals).
    case apa
    /// BMJ house style (British and Vancouver-style journals).
    case bmj

    /// The style used when a document names none.
    public static let standard: NumberStyle = .ama

    /// The text printed in place of a value that cannot be computed (NaN, or out-of-range input).
    public static let notComputable = "not computable"

    /// The minus sign used for negative numbers: U+2212 MINUS SIGN.
    public static let minusSign = "\u{2212}"

    /// The symbol printed for an infinite value: U+221E INFINITY.
    public static let infinitySymbol = "\u{221E}"

    /// The most decimals any method prints; larger requests are capped here, negative ones
    /// become 0. Doubles carry about 17 significant digits, so more would print noise.
    public static let maximumDecimals = 15

    /// Prints `x` with exactly `decimals` decimals (trailing zeros kept, leading zero kept),
    /// rounded half away from zero; `−` for negatives, no sign when the result is zero,
    /// `∞`/`−∞` for infinities and `not computable` for NaN.
    public func number(_ x: Double, decimals: Int) -> String {
        if x.isNaN { return Self.notComputable }
        if x.isInfinite { return x < 0 ? Self.minusSign + Self.infinitySymbol : Self.infinitySymbol }
        guard let rounded = DecimalRounding.round(x, decimals: Self.clampedDecimals(decimals)) else {
            return Self.notComputable
        }
        return rounded.text()
    }

    /// The `fixed(n)` filter: `x` with exactly `decimals` decimals; the same as `number`.
    public func fixed(_ x: Double, decimals: Int) -> String {
        number(x, decimals: decimals)
    }

    /// A ratio (risk ratio, odds ratio, hazard ratio) with the default 2 decimals: `0.43`.
    public func ratio(_ x: Double) -> String {
        number(x, decimals: 2)
    }

    /// Limits a requested number of decimals to `0...maximumDecimals`.
    static func clampedDecimals(_ decimals: Int) -> Int {
        min(max(decimals, 0), maximumDecimals)
    }
}
