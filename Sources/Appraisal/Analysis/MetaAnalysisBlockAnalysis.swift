import Markdown
import Statistics

extension MetaAnalysisData: DataBlockContent {
    /// `type: meta-analysis`.
    public static let kind = "meta-analysis"
    /// The studies, by name or slug.
    public var namedParts: [ArmName] { studies.map(\.name) }

    /// Pools the studies; a note for each study left out and for each zero-cell correction.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        MetaAnalysisBlockAnalysis.compute(self, into: &results)
        guard let pooled = results.metaAnalysis else { return [] }
        return zip(studies, pooled.studies).compactMap { study, result in
            if let reason = result.excluded {
                return Diagnostic(file: context.file, position: study.position, severity: .note, code: "meta-study-excluded",
                                  message: "study \"\(study.name.display)\" is left out of the pooled \(measure.uppercased()): \(reason)")
            }
            guard !result.adjustments.isEmpty else { return nil }
            return Diagnostic(file: context.file, position: study.position, severity: .note, code: "meta-zero-cell",
                              message: "study \"\(study.name.display)\": " + result.adjustments.joined(separator: "; ") + " for inverse-variance pooling")
        }
    }
}

/// Computes a meta-analysis block through `MetaAnalysis`: every study's estimate and weights, the
/// fixed and random pooled estimates, the prediction interval, heterogeneity and Egger's test.
enum MetaAnalysisBlockAnalysis {
    static func compute(_ data: MetaAnalysisData, into results: inout BlockResults) {
        let names = ["k", "n", "fixed", "fixed.p", "random", "random.p", "prediction", "q", "q.df", "q.p", "i2", "tau2", "tau", "egger.p"]
            + data.studies.flatMap { ["\($0.name.slug).estimate", "\($0.name.slug).weight_fixed", "\($0.name.slug).weight_random"] }
        results.attempt(names) { (results: inout BlockResults) throws(StatisticsError) in
            let studies = data.studies.map { MetaAnalysisStudy(name: $0.name.display, data: statisticsData($0.data)) }
            let pooled = try MetaAnalysis.analyse(studies, options: try options(data))
            results.metaAnalysis = pooled
            record(pooled, data, into: &results)
        }
    }

    private static func record(_ pooled: MetaAnalysisResult, _ data: MetaAnalysisData, into results: inout BlockResults) {
        let kind = quantityKind(data.measure)
        let decimals = kind == .riskDifference ? 1 : 2
        results.add("k", Quantity(Double(pooled.k), kind: .count, defaultDecimals: 0), method: "studies pooled")
        results.add("n", Quantity(Double(pooled.participants), kind: .count, defaultDecimals: 0), method: "participants in the pooled studies")
        results.add("fixed", pooled.fixed, kind: kind, decimals: decimals)
        results.add("fixed.p", Quantity(pooled.fixedTest.pValue, kind: .pValue), method: pooled.fixedTest.method)
        results.add("random", pooled.random, kind: kind, decimals: decimals)
        results.add("random.p", Quantity(pooled.randomTest.pValue, kind: .pValue), method: pooled.randomTest.method)
        if let prediction = pooled.prediction {
            var quantity = Quantity(pooled.random.value, kind: kind, interval: prediction, defaultDecimals: decimals)
            quantity.intervalName = "PI"
            results.add("prediction", quantity, method: "prediction interval for a new study (Higgins 2009; t with k − 2 df)")
        } else {
            results.markUnavailable("prediction", reason: "a prediction interval needs at least 3 studies")
        }
        results.add("q", Quantity(pooled.q, kind: .statistic, defaultDecimals: 2), method: "Cochran's Q, inverse-variance weights")
        results.add("q.df", Quantity(Double(pooled.qDegreesOfFreedom), kind: .degreesOfFreedom, defaultDecimals: 0), method: "k − 1")
        results.add("q.p", Quantity(pooled.qPValue, kind: .pValue), method: "chi-square test of Cochran's Q")
        results.add("i2", Quantity(pooled.i2, kind: .statistic, defaultDecimals: 0), method: "I² = (Q − df) / Q, as a percentage")
        let tau2Method = "τ² by " + (["dl": "DerSimonian-Laird", "pm": "Paule-Mandel"][data.tau2] ?? "REML")
        results.add("tau2", Quantity(pooled.tau2, kind: .statistic, defaultDecimals: 3), method: tau2Method)
        results.add("tau", Quantity(pooled.tau, kind: .statistic, defaultDecimals: 3), method: "√τ², " + tau2Method)
        if let egger = pooled.egger {
            results.add("egger.p", Quantity(egger.pValue, kind: .pValue), method: egger.method)
        } else {
            results.markUnavailable("egger.p", reason: "Egger's test needs at least 10 studies; this block pools \(pooled.k)")
        }
        for (study, result) in zip(data.studies, pooled.studies) {
            let slug = study.name.slug
            if let reason = result.excluded {
                for name in ["estimate", "weight_fixed", "weight_random"] { results.markUnavailable("\(slug).\(name)", reason: reason) }
                continue
            }
            results.add("\(slug).estimate", result.estimate, kind: kind, decimals: decimals)
            results.add("\(slug).weight_fixed", Quantity(result.weightFixed, kind: .statistic, defaultDecimals: 1), method: "fixed-effect weight, percent")
            results.add("\(slug).weight_random", Quantity(result.weightRandom, kind: .statistic, defaultDecimals: 1), method: "random-effects weight, percent")
        }
    }

    /// How the block's measure is printed: ratios with 2 decimals, risk differences as percentages.
    static func quantityKind(_ measure: String) -> QuantityKind {
        switch measure {
        case "rr", "or", "ratio": .ratio
        case "rd": .riskDifference
        default: .meanDifference
        }
    }

    private static func options(_ data: MetaAnalysisData) throws(StatisticsError) -> MetaAnalysisOptions {
        guard let measure = MetaAnalysisMeasure(rawValue: data.measure),
              let tau2 = HeterogeneityEstimator(rawValue: data.tau2) else { throw .invalidArgument("unknown measure or τ² estimator") }
        var options = MetaAnalysisOptions(measure: measure)
        if let pooling = data.pooling {
            guard let method = FixedEffectMethod(rawValue: pooling) else { throw .invalidArgument("unknown pooling '\(pooling)'") }
            options.fixedEffect = method
        }
        options.tau2 = tau2
        options.hksj = data.hksj
        return options
    }

    private static func statisticsData(_ data: MetaAnalysisData.StudyData) -> MetaAnalysisStudy.Data {
        switch data {
        case .counts(let a, let n, let c, let m):
            .counts(experimentalEvents: a, experimentalTotal: n, controlEvents: c, controlTotal: m)
        case .means(let mean1, let sd1, let n1, let mean2, let sd2, let n2):
            .means(experimentalMean: mean1, experimentalSD: sd1, experimentalN: n1, controlMean: mean2, controlSD: sd2, controlN: n2)
        case .estimate(let value, let low, let high):
            .estimate(value: value, low: low, high: high, level: 0.95)
        }
    }
}
