/// The result of a Pearson chi-square test of independence, with the expected counts under
/// independence so a report can warn when one is below 5.
public struct ChiSquareTestResult: Equatable, Sendable {
    /// The chi-square statistic, its degrees of freedom (r-1)(c-1) and P value.
    public let test: TestResult
    /// Expected counts under independence, row total × column total / grand total, in table order.
    public let expected: [[Double]]
    /// Whether Yates's continuity correction was applied (only ever for one degree of freedom).
    public let continuityCorrected: Bool

    /// The smallest expected count.
    public var smallestExpected: Double { expected.joined().min() ?? 0 }

    /// How many cells have an expected count below 5 (the classic rule of thumb for the approximation).
    public var cellsExpectedBelowFive: Int { expected.joined().filter { $0 < 5 }.count }
}
