import Testing
@testable import Statistics

/// Golden cases from scripts/golden/meta_analysis.py (statsmodels meta_analysis, scipy, and the
/// REML, Mantel-Haenszel, Peto, SMD and prediction formulas written out there).
struct MetaAnalysisCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Egger: Decodable, Sendable { let t: Double, p: Double }
    let kind: String, measure: String, fixedMethod: String, tau2Method: String, hksj: Bool, level: Double
    let studies: [[Double]]
    let excluded: [Bool], effects: [Double], variances: [Double], k: Int
    let fixed: Double, fixedLow: Double, fixedHigh: Double, fixedZ: Double, fixedP: Double
    let random: Double, randomLow: Double, randomHigh: Double, randomStatistic: Double, randomP: Double
    let prediction: [Double]?
    let q: Double, qP: Double, i2: Double, tau2: Double
    let egger: Egger?
    let weightsFixed: [Double], weightsRandom: [Double]
    var testDescription: String { "\(kind) \(measure) \(fixedMethod)/\(tau2Method)\(hksj ? "+hksj" : "") k=\(studies.count)" }

    var metaStudies: [MetaAnalysisStudy] {
        studies.enumerated().map { index, s in
            let data: MetaAnalysisStudy.Data = switch kind {
            case "counts": .counts(experimentalEvents: Int(s[0]), experimentalTotal: Int(s[1]), controlEvents: Int(s[2]), controlTotal: Int(s[3]))
            case "means": .means(experimentalMean: s[0], experimentalSD: s[1], experimentalN: Int(s[2]),
                                 controlMean: s[3], controlSD: s[4], controlN: Int(s[5]))
            default: .estimate(value: s[0], low: s[1], high: s[2], level: s[3])
            }
            return MetaAnalysisStudy(name: "study \(index + 1)", data: data)
        }
    }

    var options: MetaAnalysisOptions {
        MetaAnalysisOptions(
            measure: MetaAnalysisMeasure(rawValue: measure) ?? .rr, fixedEffect: FixedEffectMethod(rawValue: fixedMethod),
            tau2: HeterogeneityEstimator(rawValue: tau2Method) ?? .reml, hksj: hksj, level: level)
    }
}

@Suite("Meta-analysis golden vectors")
struct MetaAnalysisGoldenTests {
    static let cases = (try? GoldenVectors.load("meta_analysis", as: MetaAnalysisCase.self)) ?? []

    @Test func goldenFileLoads() {
        #expect(Self.cases.count >= 400)
    }

    @Test(arguments: cases)
    func analysis(_ golden: MetaAnalysisCase) throws {
        let result = try MetaAnalysis.analyse(golden.metaStudies, options: golden.options)
        let tight = 1e-9
        #expect(result.k == golden.k)
        for (index, study) in result.studies.enumerated() {
            #expect((study.excluded != nil) == golden.excluded[index], "study \(index) exclusion")
            expectClose(study.effect, golden.effects[index], relative: tight, absolute: 1e-14, "effect \(index)")
            expectClose(study.variance, golden.variances[index], relative: tight, "variance \(index)")
            expectClose(study.weightFixed, golden.weightsFixed[index], relative: 1e-8, absolute: 1e-12, "fixed weight \(index)")
            expectClose(study.weightRandom, golden.weightsRandom[index], relative: 1e-7, absolute: 1e-10, "random weight \(index)")
        }
        expectClose(result.fixed.value, golden.fixed, relative: tight, absolute: 1e-14, "fixed")
        expectClose(result.fixed.interval?.low ?? .nan, golden.fixedLow, relative: tight, absolute: 1e-14, "fixed low")
        expectClose(result.fixed.interval?.high ?? .nan, golden.fixedHigh, relative: tight, absolute: 1e-14, "fixed high")
        expectClose(result.fixedTest.statistic ?? .nan, golden.fixedZ, relative: 1e-8, absolute: 1e-12, "fixed z")
        expectClose(result.fixedTest.pValue, golden.fixedP, relative: 1e-7, absolute: 1e-300, "fixed P")
        expectClose(result.q, golden.q, relative: tight, absolute: 1e-12, "Q")
        expectClose(result.qPValue, golden.qP, relative: 1e-7, absolute: 1e-300, "Q P")
        expectClose(result.i2, golden.i2, relative: 1e-8, absolute: 1e-9, "I²")
        // Iterative τ² (REML, PM) agrees to the estimators' tolerance, so everything after it is compared at 1e-7.
        expectClose(result.tau2, golden.tau2, relative: 1e-7, absolute: 1e-12, "τ²")
        expectClose(result.random.value, golden.random, relative: 1e-7, absolute: 1e-12, "random")
        expectClose(result.random.interval?.low ?? .nan, golden.randomLow, relative: 1e-7, absolute: 1e-12, "random low")
        expectClose(result.random.interval?.high ?? .nan, golden.randomHigh, relative: 1e-7, absolute: 1e-12, "random high")
        expectClose(result.randomTest.statistic ?? .nan, golden.randomStatistic, relative: 1e-7, absolute: 1e-10, "random statistic")
        expectClose(result.randomTest.pValue, golden.randomP, relative: 1e-6, absolute: 1e-300, "random P")
        #expect(result.randomTest.degreesOfFreedom == (golden.hksj ? Double(golden.k - 1) : nil))
        if let prediction = golden.prediction {
            expectClose(result.prediction?.low ?? .nan, prediction[0], relative: 1e-7, absolute: 1e-12, "prediction low")
            expectClose(result.prediction?.high ?? .nan, prediction[1], relative: 1e-7, absolute: 1e-12, "prediction high")
        } else {
            #expect(result.prediction == nil)
        }
        if let egger = golden.egger {
            expectClose(result.egger?.statistic ?? .nan, egger.t, relative: 1e-8, absolute: 1e-12, "Egger t")
            expectClose(result.egger?.pValue ?? .nan, egger.p, relative: 1e-7, absolute: 1e-300, "Egger P")
        } else {
            #expect(result.egger == nil)
        }
    }
}
