import Statistics

extension ContinuousData: DataBlockContent {
    /// `type: continuous`.
    public static let kind = "continuous"
    /// The arms.
    public var namedParts: [ArmName] { arms.map(\.name) }

    /// Arm summaries, differences and tests.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        ContinuousAnalysis.compute(self, into: &results)
        return []
    }
}

/// Computes arm summaries, the mean difference, Hedges' g, t-tests, Mann-Whitney and ANOVA.
enum ContinuousAnalysis {
    static func compute(_ data: ContinuousData, into results: inout BlockResults) {
        var summaries: [SampleSummary] = []
        for arm in data.arms {
            let slug = arm.name.slug
            results.attempt(["\(slug).mean", "\(slug).sd", "\(slug).n", "\(slug).se"]) { (results: inout BlockResults) throws(StatisticsError) in
                let summary: SampleSummary
                switch arm.sample {
                case .summary(let mean, let sd, let n):
                    summary = try SampleSummary(mean: mean, standardDeviation: sd, count: n)
                case .raw(let values):
                    summary = try SampleSummary(values: values)
                    let descriptives = try Descriptives(values)
                    for (name, value) in [("median", descriptives.median), ("q1", descriptives.lowerQuartile),
                                          ("q3", descriptives.upperQuartile), ("min", descriptives.minimum), ("max", descriptives.maximum)] {
                        results.add("\(slug).\(name)", Quantity(value, kind: .mean, defaultDecimals: 2), method: "R type 7 quantiles")
                    }
                }
                summaries.append(summary)
                results.add("\(slug).mean", Quantity(summary.mean, kind: .mean, defaultDecimals: 2), method: "arithmetic mean")
                results.add("\(slug).sd", Quantity(summary.standardDeviation, kind: .mean, defaultDecimals: 2), method: "sample SD (n − 1)")
                results.add("\(slug).n", Quantity(Double(summary.count), kind: .count, defaultDecimals: 0), method: "count")
                results.add("\(slug).se", Quantity(summary.standardDeviation / Double(summary.count).squareRoot(), kind: .mean, defaultDecimals: 2),
                            method: "SD / √n")
            }
        }
        guard summaries.count == data.arms.count else { return }
        if summaries.count == 2 { compareTwo(data, summaries, into: &results) }
        results.attempt(["anova.f", "anova.df", "anova.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            let raw = data.arms.compactMap { if case .raw(let values) = $0.sample { values } else { nil } }
            let test = raw.count == data.arms.count ? try OneWayANOVA.test(raw) : try OneWayANOVA.test(summaries: summaries)
            results.add(test: test, prefix: "anova", statisticName: "f")
        }
    }

    private static func compareTwo(_ data: ContinuousData, _ summaries: [SampleSummary], into results: inout BlockResults) {
        let first = summaries[0], second = summaries[1]
        results.attempt(["md"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add("md", try MeanDifference.student(first, second), kind: .meanDifference, decimals: 2)
        }
        results.attempt(["smd"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add("smd", try HedgesG(first, second).estimate, kind: .meanDifference, decimals: 2)
        }
        results.attempt(["t.stat", "t.df", "t.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add(test: try TTest.student(first, second), prefix: "t")
        }
        results.attempt(["welch.stat", "welch.df", "welch.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add(test: try TTest.welch(first, second), prefix: "welch")
        }
        guard case .raw(let a) = data.arms[0].sample, case .raw(let b) = data.arms[1].sample else { return }
        results.attempt(["mw.u", "mw.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add(test: try MannWhitneyU.test(a, b), prefix: "mw", statisticName: "u")
        }
    }
}
