/// The outcome of a hypothesis test: its statistic, degrees of freedom and two-sided P value.
public struct TestResult: Equatable, Sendable {
    /// The test statistic (t, chi-square, F, U, z...); nil for tests without one, such as Fisher's.
    public var statistic: Double?
    /// Degrees of freedom, where the test has them (Welch's are fractional); the numerator's for F.
    public var degreesOfFreedom: Double?
    /// The denominator degrees of freedom of an F test; nil for every other test.
    public var denominatorDegreesOfFreedom: Double?
    /// The P value; computed in the tails, never rounded to 0 or 1.
    public var pValue: Double
    /// The test's name in words a report can print, e.g. "Pearson chi-square without continuity correction".
    public var method: String

    /// Creates a test result.
    public init(
        statistic: Double?, degreesOfFreedom: Double?, denominatorDegreesOfFreedom: Double? = nil,
        pValue: Double, method: String
    ) {
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.denominatorDegreesOfFreedom = denominatorDegreesOfFreedom
        self.pValue = pValue
        self.method = method
    }
}
