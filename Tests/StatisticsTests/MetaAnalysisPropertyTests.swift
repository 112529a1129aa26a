import Testing
@testable import Statistics
import TestRandom

/// Random sets of studies with extreme spreads of effects and variances: every estimator
/// converges, τ² is never negative, REML is a maximum of its likelihood, and nothing is NaN.
@Suite("Meta-analysis properties")
struct MetaAnalysisPropertyTests {
    static func uniform(_ generator: inout SplitMix64) -> Double { Double(generator.next() >> 11) / Double(1 << 53) }

    @Test func estimatorsConvergeOnHostileSets() throws {
        var generator = SplitMix64(seed: 0x5EED_3E7A)
        for trial in 0..<400 {
            let k = 2 + Int(generator.next() % 30)
            let effectScale = [1e-6, 1e-2, 1, 100, 1e4][trial % 5]
            let varianceScale = [1e-8, 1e-3, 1, 1e3][trial % 4]
            let effects = (0..<k).map { _ in (Self.uniform(&generator) - 0.5) * effectScale }
            let variances = (0..<k).map { _ in varianceScale * (1e-3 + Self.uniform(&generator) * [1, 1e4][trial % 2]) }
            for estimator in [HeterogeneityEstimator.reml, .dersimonianLaird, .pauleMandel] {
                let tau2: Double
                do { tau2 = try MetaAnalysis.tau2(effects, variances, estimator: estimator) } catch { Issue.record("trial \(trial) \(estimator) k=\(k) scales \(effectScale) \(varianceScale): \(error) \(effects) \(variances)"); continue }
                #expect(tau2 >= 0 && tau2.isFinite, "trial \(trial) \(estimator)")
                if estimator == .reml {
                    let best = MetaAnalysis.restrictedLogLikelihood(effects, variances, tau2)
                    for probe in [tau2 * 0.9, tau2 * 1.1 + 1e-12 * varianceScale] {
                        #expect(MetaAnalysis.restrictedLogLikelihood(effects, variances, probe) <= best + 1e-9 * abs(best),
                                "trial \(trial): REML τ² \(tau2) is not a maximum")
                    }
                }
                if estimator == .pauleMandel, tau2 > 0 {
                    let q = MetaAnalysis.weightedMean(effects, variances, tau2: tau2).q
                    expectClose(q, Double(k - 1), relative: 1e-8, "trial \(trial) Paule-Mandel equation")
                }
            }
        }
    }
}
