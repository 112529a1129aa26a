extension DiagnosticTable {
    /// Dichotomises a test with several result levels (most abnormal first): the first `positive`
    /// levels count as a positive result and the rest as negative.
    ///
    /// Throws `.invalidArgument` for fewer than two levels, a cut `positive` outside
    /// 1...(levels.count - 1) (every level on one side is no cut at all), or levels with no one
    /// with or no one without the condition.
    public init(levels: [DiagnosticLevel], positive: Int = 1) throws(StatisticsError) {
        _ = try levels.conditionTotals(minimumCount: 2)
        guard positive >= 1, positive < levels.count else {
            throw .invalidArgument(
                "the number of positive levels (\(positive)) must lie between 1 and \(levels.count - 1)")
        }
        let positives = levels[..<positive]
        let negatives = levels[positive...]
        try self.init(
            truePositives: positives.reduce(0) { $0 + $1.withCondition },
            falsePositives: positives.reduce(0) { $0 + $1.withoutCondition },
            falseNegatives: negatives.reduce(0) { $0 + $1.withCondition },
            trueNegatives: negatives.reduce(0) { $0 + $1.withoutCondition })
    }
}
