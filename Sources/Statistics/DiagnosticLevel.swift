/// One result level of a test with more than two results (a band of serum ferritin, say): how
/// many people with and without the target condition had a result in this band.
///
/// Levels are given most abnormal first; `DiagnosticAccuracy.stratumLikelihoodRatios`,
/// `DiagnosticAccuracy.rocArea` and `DiagnosticTable(levels:positive:)` read them in that order.
public struct DiagnosticLevel: Equatable, Sendable {
    /// People with the condition whose result fell in this level.
    public let withCondition: Int
    /// People without the condition whose result fell in this level.
    public let withoutCondition: Int

    /// Creates a level from its two counts.
    ///
    /// Throws `.invalidArgument` for a negative count, a count above `DiagnosticTable.largestTotal`,
    /// or a level with no one at all (it carries no information and its likelihood ratio is 0/0).
    public init(withCondition: Int, withoutCondition: Int) throws(StatisticsError) {
        for (name, count) in [("with the condition", withCondition), ("without the condition", withoutCondition)] {
            guard count >= 0 else { throw .invalidArgument("the count \(name) (\(count)) must not be negative") }
            guard count <= DiagnosticTable.largestTotal else {
                throw .invalidArgument("the count \(name) (\(count)) exceeds the supported 2^50 people")
            }
        }
        guard withCondition + withoutCondition > 0 else {
            throw .invalidArgument("a result level has no one in it")
        }
        self.withCondition = withCondition
        self.withoutCondition = withoutCondition
    }
}

extension [DiagnosticLevel] {
    /// The people with and without the condition across all levels.
    ///
    /// Throws `.invalidArgument` for fewer than `minimumCount` levels, no one with or no one
    /// without the condition, or more than `DiagnosticTable.largestTotal` people in all.
    func conditionTotals(minimumCount: Int) throws(StatisticsError) -> (with: Int, without: Int) {
        guard count >= minimumCount else {
            throw .invalidArgument("at least \(minimumCount) result levels are needed (there are \(count))")
        }
        var with = 0
        var without = 0
        for level in self {
            with += level.withCondition
            without += level.withoutCondition
            guard with + without <= DiagnosticTable.largestTotal else {
                throw .invalidArgument("the levels hold more than the supported 2^50 people")
            }
        }
        guard with > 0 else { throw .invalidArgument("no one in the levels has the condition") }
        guard without > 0 else { throw .invalidArgument("everyone in the levels has the condition") }
        return (with, without)
    }
}
