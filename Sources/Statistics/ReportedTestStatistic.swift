/// A test statistic as papers report it, `t(28) = 2.20` or `F(2, 45) = 3.10`, and the P value it implies.
///
/// t, r and z are two-tailed unless asked otherwise; F, χ² and Q (Cochran's heterogeneity
/// statistic, referred to χ² on its degrees of freedom) are upper-tail tests by nature. A
/// correlation r on df degrees of freedom becomes t = r √(df / (1 − r²)), as statcheck does.
public struct ReportedTestStatistic: Hashable, Sendable {
    /// Which test the statistic belongs to.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Student's t on df degrees of freedom.
        case t
        /// Fisher's F on (df1, df2) degrees of freedom.
        case f = "F"
        /// Pearson's r on df degrees of freedom.
        case r
        /// Pearson's χ² on df degrees of freedom.
        case chiSquared = "χ2"
        /// A standard normal deviate.
        case z
        /// Cochran's Q on df degrees of freedom.
        case q = "Q"

        /// Whether a one-tailed P value exists (half the two-tailed one).
        public var hasTails: Bool { self == .t || self == .r || self == .z }
    }

    /// The test.
    public var kind: Kind
    /// The first degrees of freedom (t, r, χ², Q: the only one; F: the numerator's).
    public var degreesOfFreedom: Double?
    /// F's denominator degrees of freedom.
    public var denominatorDegreesOfFreedom: Double?

    /// Creates a statistic's description; the degrees of freedom must suit the kind when P is asked for.
    public init(kind: Kind, degreesOfFreedom: Double? = nil, denominatorDegreesOfFreedom: Double? = nil) {
        self.kind = kind
        self.degreesOfFreedom = degreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
    }

    /// The P value of `value`: two-tailed for t, r and z unless `twoTailed` is false; upper tail for F, χ² and Q.
    ///
    /// Throws `.invalidArgument` for missing or non-positive degrees of freedom, |r| ≥ 1, or a
    /// negative F or χ².
    public func pValue(of value: Double, twoTailed: Bool = true) throws(StatisticsError) -> Double {
        guard value.isFinite else { throw .invalidArgument("the statistic must be finite") }
        let tails = kind.hasTails && twoTailed ? 1.0 : 0.5
        switch kind {
        case .z:
            return NormalDistribution.twoSidedStandardPValue(value) * tails
        case .t:
            return try StudentTDistribution(degreesOfFreedom: df(degreesOfFreedom)).twoSidedPValue(value) * tails
        case .r:
            guard abs(value) < 1 else { throw .invalidArgument("a correlation must lie between −1 and 1") }
            let df = try df(degreesOfFreedom)
            let t = value * (df / (1 - value * value)).squareRoot()
            return try StudentTDistribution(degreesOfFreedom: df).twoSidedPValue(t) * tails
        case .f:
            guard value >= 0 else { throw .invalidArgument("an F statistic cannot be negative") }
            return try FDistribution(numeratorDegreesOfFreedom: df(degreesOfFreedom),
                                     denominatorDegreesOfFreedom: df(denominatorDegreesOfFreedom)).sf(value)
        case .chiSquared, .q:
            guard value >= 0 else { throw .invalidArgument("a χ² statistic cannot be negative") }
            return try ChiSquaredDistribution(degreesOfFreedom: df(degreesOfFreedom)).sf(value)
        }
    }

    private func df(_ value: Double?) throws(StatisticsError) -> Double {
        guard let value, value > 0, value.isFinite else { throw .invalidArgument("degrees of freedom must be positive") }
        return value
    }
}

extension NormalDistribution {
    /// P(|Z| ≥ |x|) for the standard normal, from the upper tail directly.
    static func twoSidedStandardPValue(_ x: Double) -> Double { min(1, 2 * standardCDF(-abs(x))) }
}
