import Statistics

/// What a number means, so the formatter can pick a sensible default presentation
/// and the evaluator can reject filters that make no sense for it.
public enum QuantityKind: String, Sendable, Hashable, CaseIterable {
    /// A whole number of things: events, patients, arm size.
    case count
    /// A fraction in [0, 1]: a risk, EER, CER, RRR; shown as a percentage by default.
    case proportion
    /// A difference of two risks (RD, ARR), in [-1, 1].
    case riskDifference
    /// A ratio such as RR or OR; shown with 2 decimals by default.
    case ratio
    /// A P value in [0, 1]; shown in the document's P value style.
    case pValue
    /// A number needed to treat; rounded up to a whole number by default.
    case nnt
    /// A test statistic (t, chi-square, U, F).
    case statistic
    /// Degrees of freedom of a test.
    case degreesOfFreedom
    /// A mean, median, quartile, SD or SE of a measurement.
    case mean
    /// A difference of means, raw (MD) or standardized (SMD).
    case meanDifference
    /// A time, such as a median survival time.
    case time
    /// A number without further meaning: literals and the result of arithmetic.
    case generic
}

/// A confidence interval around a quantity's value: the statistics module's own type, so an
/// estimate's interval passes into expressions unchanged.
public typealias QuantityInterval = ConfidenceInterval

/// A number with meaning: its value, an optional confidence interval, what it measures,
/// and how many decimals it shows by default.
///
/// Arithmetic on quantities (`a - b`, `-a`, `a / 2`) yields a `.generic` quantity without
/// interval and without default decimals: the interval of a difference cannot be derived from
/// the two intervals, so none is claimed. A bare or parenthesized name keeps its quantity whole.
public struct Quantity: Sendable, Hashable {
    /// The point estimate.
    public var value: Double
    /// The confidence interval, when the statistic has one.
    public var interval: QuantityInterval?
    /// What the number measures.
    public var kind: QuantityKind
    /// Decimals to show when no filter says otherwise; nil lets the style decide by kind.
    public var defaultDecimals: Int?
    /// What the interval is called in print: `CI`, or `PI` for a prediction interval.
    public var intervalName = "CI"

    /// Creates a quantity.
    public init(
        _ value: Double,
        kind: QuantityKind = .generic,
        interval: QuantityInterval? = nil,
        defaultDecimals: Int? = nil
    ) {
        self.value = value
        self.kind = kind
        self.interval = interval
        self.defaultDecimals = defaultDecimals
    }

    /// The low (`"low"`) or high (`"high"`) limit of the interval as a quantity of the same kind
    /// without interval, or nil when there is no interval or the name is neither.
    /// A helper for scopes that resolve `improvement.rr.low`.
    public func intervalLimit(_ name: String) -> Quantity? {
        guard let interval else { return nil }
        switch name {
        case "low": return Quantity(interval.low, kind: kind, defaultDecimals: defaultDecimals)
        case "high": return Quantity(interval.high, kind: kind, defaultDecimals: defaultDecimals)
        default: return nil
        }
    }
}
