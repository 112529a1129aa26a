import RealModule

/// Pools two-arm studies into fixed- and random-effects estimates with heterogeneity statistics,
/// a prediction interval and Egger's test, as RevMan and metafor report them.
///
/// Fixed effect by Mantel-Haenszel, inverse variance or Peto; random effects with τ² by REML,
/// DerSimonian-Laird or Paule-Mandel, optionally with the Hartung-Knapp-Sidik-Jonkman interval.
/// Ratios are pooled on the log scale. A study with a zero cell gets 0.5 added to each cell for
/// its inverse-variance effect; a study with no events in either arm (or only events) is left out
/// of ratio measures, with the reason on the study.
public enum MetaAnalysis {
    /// Runs the meta-analysis of `studies` with `options`.
    ///
    /// Throws `.invalidArgument` for invalid data (a total below its events, a non-positive SD, an
    /// interval that misses its estimate, a ratio ≤ 0), a measure that does not fit the data, or
    /// mixed data types; `.undefined` when fewer than two studies remain after exclusions;
    /// `.didNotConverge` if an iterative τ² estimator fails.
    public static func analyse(_ studies: [MetaAnalysisStudy], options: MetaAnalysisOptions) throws(StatisticsError) -> MetaAnalysisResult {
        let method = try validate(studies, options)
        var all: [MetaAnalysisStudyEffect] = []
        for study in studies { all.append(try MetaAnalysisStudyEffect(study, measure: options.measure)) }
        let pooled = all.filter { $0.excluded == nil }
        let k = pooled.count
        guard k >= 2 else {
            throw .undefined("a meta-analysis needs at least two studies, but \(k) remain after \(all.count - k) exclusions")
        }
        let effects = pooled.map(\.effect)
        let variances = pooled.map(\.variance)
        let inverseVariance = weightedMean(effects, variances)
        let fixed = try fixedPool(method, pooled, inverseVariance, options.measure)
        let tau2 = try Self.tau2(effects, variances, estimator: options.tau2)
        let random = try random(effects, variances, tau2: tau2, hksj: options.hksj, level: options.level)
        let z = try ConfidenceLevel.criticalValue(options.level)
        let scale = Scale(measure: options.measure)
        let q = inverseVariance.q
        let df = k - 1

        let fixedZ = fixed.mean / fixed.standardError
        let fixedEstimate = scale.estimate(fixed.mean, fixed.mean - z * fixed.standardError, fixed.mean + z * fixed.standardError,
                                           options.level, method: "\(method.label) fixed effect")
        let randomHalfWidth = random.critical * random.standardError
        let randomEstimate = scale.estimate(
            random.pool.mean, random.pool.mean - randomHalfWidth, random.pool.mean + randomHalfWidth, options.level,
            method: "random effects, \(options.tau2.label) τ²" + (options.hksj ? ", Hartung-Knapp-Sidik-Jonkman interval" : ""))
        let prediction = try Self.prediction(random, tau2: tau2, k: k, level: options.level).map {
            ConfidenceInterval(low: scale.natural($0.low), high: scale.natural($0.high), level: options.level)
        }

        let fixedPercent = percentages(fixed.weights)
        let randomPercent = percentages(random.pool.weights)
        var index = 0
        var results: [MetaAnalysisResult.Study] = []
        for study in all {
            let se = study.variance.squareRoot()
            let estimate = scale.estimate(study.effect, study.effect - z * se, study.effect + z * se, options.level,
                                          method: "Wald interval from the study's variance", adjustments: study.adjustments)
            var weights = (0.0, 0.0)
            if study.excluded == nil {
                weights = (fixedPercent[index], randomPercent[index])
                index += 1
            }
            results.append(MetaAnalysisResult.Study(
                name: study.name, estimate: estimate, effect: study.effect, variance: study.variance,
                weightFixed: weights.0, weightRandom: weights.1, excluded: study.excluded, adjustments: study.adjustments))
        }
        return MetaAnalysisResult(
            measure: options.measure, fixedEffectMethod: method, studies: results, k: k,
            participants: pooled.reduce(0) { $0 + $1.participants },
            fixed: fixedEstimate,
            fixedTest: TestResult(statistic: fixedZ, degreesOfFreedom: nil, pValue: twoSidedNormalP(fixedZ), method: "z-test"),
            random: randomEstimate, randomTest: random.test, prediction: prediction,
            q: q, qDegreesOfFreedom: df, qPValue: try ChiSquaredDistribution(degreesOfFreedom: Double(df)).sf(q),
            i2: q > 0 ? max(0, (q - Double(df)) / q) * 100 : 0, tau2: tau2, tau: tau2.squareRoot(),
            egger: try egger(effects, variances))
    }

    /// The fixed-effect pool by `method` over the studies kept.
    private static func fixedPool(_ method: FixedEffectMethod, _ pooled: [MetaAnalysisStudyEffect], _ inverseVariance: WeightedMean,
                                  _ measure: MetaAnalysisMeasure) throws(StatisticsError) -> FixedPool {
        switch method {
        case .inverseVariance:
            return FixedPool(mean: inverseVariance.mean, standardError: inverseVariance.standardError, weights: inverseVariance.weights)
        case .mantelHaenszel:
            return try mantelHaenszel(pooled.compactMap(\.cells), measure: measure)
        case .peto:
            return try peto(pooled.compactMap(\.cells))
        }
    }
}
