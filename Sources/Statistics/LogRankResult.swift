/// The result of a log-rank test: the chi-square test and each group's observed and expected events.
public struct LogRankResult: Equatable, Sendable {
    /// The chi-square statistic on k-1 degrees of freedom (k = groups with expected events) and its P value.
    public let test: TestResult
    /// Group labels in order of first appearance.
    public let groups: [String]
    /// Observed events per group.
    public let observed: [Double]
    /// Expected events per group under the null hypothesis of equal hazards.
    public let expected: [Double]
}
