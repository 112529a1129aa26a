import Statistics

extension SurvivalRows: DataBlockContent {
    /// `type: survival`.
    public static let kind = "survival"
    /// The groups, in order of first appearance.
    public var namedParts: [ArmName] { groups }

    /// Kaplan-Meier curves per arm and the log-rank test.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        _ = SurvivalAnalysis.compute(self, into: &results)
        return []
    }
}

/// Computes Kaplan-Meier estimates per arm and the log-rank test.
enum SurvivalAnalysis {
    static func compute(_ data: SurvivalRows, into results: inout BlockResults) -> [KaplanMeierCurve] {
        let records = data.rows.map { SurvivalRecord(group: $0.group, time: $0.time, event: $0.event) }
        var curves: [KaplanMeierCurve] = []
        let armNames = data.groups.flatMap { ["\($0.slug).n", "\($0.slug).events", "\($0.slug).median"] }
        results.attempt(armNames) { (results: inout BlockResults) throws(StatisticsError) in
            curves = try KaplanMeier.estimate(records)
            for (group, curve) in zip(data.groups, curves) {
                results.survivalCurves[group.slug] = curve
                let events = curve.steps.reduce(0) { $0 + $1.events }
                results.add("\(group.slug).n", Quantity(Double(curve.patients), kind: .count, defaultDecimals: 0), method: "count")
                results.add("\(group.slug).events", Quantity(Double(events), kind: .count, defaultDecimals: 0), method: "count")
                if let median = curve.median {
                    results.add("\(group.slug).median", Quantity(median, kind: .time, defaultDecimals: 1), method: "Kaplan-Meier median")
                }
            }
        }
        for group in data.groups where results["\(group.slug).median"] == nil && results.unavailable["\(group.slug).median"] == nil {
            results.markUnavailable("\(group.slug).median", reason: "survival never falls to 50% in this arm")
        }
        results.attempt(["logrank.chisq", "logrank.df", "logrank.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add(test: try LogRankTest.test(records).test, prefix: "logrank", statisticName: "chisq")
        }
        return curves
    }
}
