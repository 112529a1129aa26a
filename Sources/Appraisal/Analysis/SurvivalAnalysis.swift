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
                median(curve, slug: group.slug, into: &results)
            }
        }
        for group in data.groups where results["\(group.slug).median"] == nil && results.unavailable["\(group.slug).median"] == nil {
            results.markUnavailable("\(group.slug).median", reason: "survival never falls to 50% in this arm")
        }
        let pair = data.groups.count == 2 ? (experimental: data.groups[0].display, control: data.groups[1].display) : nil
        results.attempt(["logrank.chisq", "logrank.df", "logrank.p", "logrank.hr"]) { (results: inout BlockResults) throws(StatisticsError) in
            let logRank = try LogRankTest.test(records)
            results.add(test: logRank.test, prefix: "logrank", statisticName: "chisq")
            if let pair {
                results.attempt(["logrank.hr"]) { (results: inout BlockResults) throws(StatisticsError) in
                    results.add("logrank.hr", try logRank.hazardRatio(experimental: pair.experimental, control: pair.control), kind: .ratio, decimals: 2)
                }
            }
        }
        if let pair {
            results.attempt(["hr", "hr.p"]) { (results: inout BlockResults) throws(StatisticsError) in
                let cox = try ProportionalHazards.fit(records, experimental: pair.experimental, control: pair.control)
                results.add("hr", cox.hazardRatio, kind: .ratio, decimals: 2)
                results.add("hr.p", Quantity(cox.test.pValue, kind: .pValue), method: cox.test.method)
            }
        } else {
            let reason = "a hazard ratio compares two arms; this block has \(data.groups.count)"
            for name in ["hr", "hr.p", "logrank.hr"] { results.markUnavailable(name, reason: reason) }
        }
        return curves
    }

    /// The Kaplan-Meier median with its Brookmeyer-Crowley interval; a limit the curve does not
    /// reach is unavailable with the reason, not a blank.
    private static func median(_ curve: KaplanMeierCurve, slug: String, into results: inout BlockResults) {
        let name = "\(slug).median"
        guard let estimate = try? curve.medianSurvival(), let median = estimate.median else { return }
        let interval = estimate.low.flatMap { low in estimate.high.map { QuantityInterval(low: low, high: $0, level: estimate.level) } }
        results.add(name, Quantity(median, kind: .time, interval: interval, defaultDecimals: 1), method: estimate.method)
        guard interval == nil else { return }
        for (limit, value, reason) in [("low", estimate.low, "no time's survival is close enough to 50% to bound the median from below"),
                                       ("high", estimate.high, "the upper limit is not reached: survival may stay above 50% within the follow-up")] {
            if let value {
                results.add("\(name).\(limit)", Quantity(value, kind: .time, defaultDecimals: 1), method: estimate.method)
            } else {
                results.markUnavailable("\(name).\(limit)", reason: reason)
            }
        }
    }
}
