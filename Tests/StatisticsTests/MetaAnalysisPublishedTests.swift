import RealModule
import Testing
@testable import Statistics

/// metafor's BCG vaccine trials (`dat.bcg`, Colditz et al. 1994): 13 trials, vaccinated
/// (tpos/tneg) against control (cpos/cneg), as experimental events / total vs control events / total.
enum BCG {
    static let trials: [(String, Int, Int, Int, Int)] = [
        ("Aronson 1948", 4, 123, 11, 139), ("Ferguson & Simes 1949", 6, 306, 29, 303),
        ("Rosenthal 1960", 3, 231, 11, 220), ("Hart & Sutherland 1977", 62, 13598, 248, 12867),
        ("Frimodt-Moller 1973", 33, 5069, 47, 5808), ("Stein & Aronson 1953", 180, 1541, 372, 1451),
        ("Vandiviere 1973", 8, 2545, 10, 629), ("TPT Madras 1980", 505, 88391, 499, 88391),
        ("Coetzee & Berjak 1968", 29, 7499, 45, 7277), ("Rosenthal 1961", 17, 1716, 65, 1665),
        ("Comstock 1974", 186, 50634, 141, 27338), ("Comstock & Webster 1969", 5, 2498, 3, 2341),
        ("Comstock 1976", 27, 16913, 29, 17854),
    ]

    static var studies: [MetaAnalysisStudy] {
        trials.map { MetaAnalysisStudy(name: $0.0, data: .counts(experimentalEvents: $0.1, experimentalTotal: $0.2, controlEvents: $0.3, controlTotal: $0.4)) }
    }

    static func analyse(_ measure: MetaAnalysisMeasure, _ fixed: FixedEffectMethod, _ tau2: HeterogeneityEstimator = .dersimonianLaird,
                        hksj: Bool = false) throws -> MetaAnalysisResult {
        try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: measure, fixedEffect: fixed, tau2: tau2, hksj: hksj))
    }
}

/// Whether `actual` rounds to the printed value: within half a unit of its last printed digit.
func expectPrinted(_ actual: Double?, _ printed: Double, digits: Int = 4, _ label: String,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let tolerance = 0.5 * Double.pow(10, -Double(digits)) + 1e-12
    let value = actual ?? .nan
    #expect(abs(value - printed) <= tolerance, "\(label): got \(value), printed \(printed)", sourceLocation: sourceLocation)
}

/// Published values for dat.bcg. Numbers (not code) copied from metafor's test suite
/// (github.com/wviechtb/metafor, tests/testthat/), which checks them against Stata's `metan`:
/// test_misc_metan_vs_rma.mh_with_dat.bcg.r, test_misc_metan_vs_rma.peto_with_dat.bcg.r,
/// test_misc_metan_vs_rma.uni_with_dat.bcg.r, test_misc_calc_q.r, test_misc_rma_uni.r; and the
/// REML fit printed in Viechtbauer (2010), J Stat Softw 36(3), for rma(yi, vi) on the log RR.
@Suite("Meta-analysis: published BCG results")
struct MetaAnalysisPublishedTests {
    /// metan tpos tneg cpos cneg, fixed nograph rr (log): rma.mh(measure="RR").
    @Test func mantelHaenszelRiskRatio() throws {
        let result = try BCG.analyse(.rr, .mantelHaenszel)
        expectPrinted(Double.log(result.fixed.value), -0.4537, "log RR")
        expectPrinted(Double.log(result.fixed.interval?.low ?? .nan), -0.5308, "log low")
        expectPrinted(Double.log(result.fixed.interval?.high ?? .nan), -0.3766, "log high")
        expectPrinted(result.fixedTest.statistic, -11.5338, "z")
        expectPrinted(result.fixed.value, 0.6353, "RR")
        expectPrinted(result.fixed.interval?.low, 0.5881, "low")
        expectPrinted(result.fixed.interval?.high, 0.6862, "high")
        #expect(result.k == 13)
        #expect(result.participants == 357_347)
    }

    /// metan ..., fixed nograph or (log): rma.mh(measure="OR"), Robins-Breslow-Greenland variance.
    @Test func mantelHaenszelOddsRatio() throws {
        let result = try BCG.analyse(.or, .mantelHaenszel)
        expectPrinted(Double.log(result.fixed.value), -0.4734, "log OR")
        expectPrinted(Double.log(result.fixed.interval?.low ?? .nan), -0.5538, "log low")
        expectPrinted(Double.log(result.fixed.interval?.high ?? .nan), -0.3930, "log high")
        expectPrinted(result.fixedTest.statistic, -11.5444, "z")
        expectPrinted(result.fixed.value, 0.6229, "OR")
        expectPrinted(result.fixed.interval?.low, 0.5748, "low")
        expectPrinted(result.fixed.interval?.high, 0.6750, "high")
    }

    /// rma.mh(measure="RD") with the Sato-Greenland-Robins variance (metafor's z −11.4708; Stata's
    /// metan, with the Greenland-Robins 1985 variance, prints 11.56).
    @Test func mantelHaenszelRiskDifference() throws {
        let result = try BCG.analyse(.rd, .mantelHaenszel)
        expectPrinted(result.fixed.value, -0.0033, "RD")
        expectPrinted(result.fixed.interval?.low, -0.0039, "low")
        expectPrinted(result.fixed.interval?.high, -0.0027, "high")
        expectPrinted(result.fixedTest.statistic, -11.4708, "z")
    }

    /// metan ..., peto nograph or: rma.peto().
    @Test func petoOddsRatio() throws {
        let result = try BCG.analyse(.or, .peto)
        expectPrinted(Double.log(result.fixed.value), -0.4744, "log OR")
        expectPrinted(Double.log(result.fixed.interval?.low ?? .nan), -0.5541, "log low")
        expectPrinted(Double.log(result.fixed.interval?.high ?? .nan), -0.3948, "log high")
        expectPrinted(result.fixedTest.statistic, -11.6689, "z")
        expectPrinted(result.fixed.value, 0.6222, "OR")
        expectPrinted(result.fixed.interval?.low, 0.5746, "low")
        expectPrinted(result.fixed.interval?.high, 0.6738, "high")
    }

    /// metan ..., fixedi / randomi nograph rr: rma(yi, vi, method="EE") and method="DL".
    @Test func inverseVarianceRiskRatio() throws {
        let result = try BCG.analyse(.rr, .inverseVariance)
        expectPrinted(Double.log(result.fixed.value), -0.4303, "log RR fixed")
        expectPrinted(Double.log(result.fixed.interval?.low ?? .nan), -0.5097, "fixed log low")
        expectPrinted(Double.log(result.fixed.interval?.high ?? .nan), -0.3509, "fixed log high")
        expectPrinted(result.fixedTest.statistic, -10.6247, "fixed z")
        expectPrinted(result.q, 152.2330, "Q")
        expectPrinted(result.fixed.value, 0.6503, "RR fixed")
        expectPrinted(result.fixed.interval?.low, 0.6007, "fixed low")
        expectPrinted(result.fixed.interval?.high, 0.7040, "fixed high")
        expectPrinted(Double.log(result.random.value), -0.7141, "log RR random")
        expectPrinted(Double.log(result.random.interval?.low ?? .nan), -1.0644, "random log low")
        expectPrinted(Double.log(result.random.interval?.high ?? .nan), -0.3638, "random log high")
        expectPrinted(result.randomTest.statistic, -3.9952, "random z")
        expectPrinted(result.tau2, 0.3088, "τ²")
        expectPrinted(result.i2, 92.1173, "I²")
        expectPrinted(result.random.value, 0.4896, "RR random")
        expectPrinted(result.random.interval?.low, 0.3449, "random low")
        expectPrinted(result.random.interval?.high, 0.6950, "random high")
        #expect(result.qDegreesOfFreedom == 12)
        #expect(result.qPValue < 1e-20)
    }

    /// metan ..., fixedi / randomi nograph or.
    @Test func inverseVarianceOddsRatio() throws {
        let result = try BCG.analyse(.or, .inverseVariance)
        expectPrinted(Double.log(result.fixed.value), -0.4361, "log OR fixed")
        expectPrinted(Double.log(result.fixed.interval?.low ?? .nan), -0.5190, "fixed log low")
        expectPrinted(Double.log(result.fixed.interval?.high ?? .nan), -0.3533, "fixed log high")
        expectPrinted(result.fixedTest.statistic, -10.3190, "fixed z")
        expectPrinted(result.q, 163.1649, "Q")
        expectPrinted(result.fixed.value, 0.6465, "OR fixed")
        expectPrinted(Double.log(result.random.value), -0.7474, "log OR random")
        expectPrinted(Double.log(result.random.interval?.low ?? .nan), -1.1242, "random log low")
        expectPrinted(Double.log(result.random.interval?.high ?? .nan), -0.3706, "random log high")
        expectPrinted(result.randomTest.statistic, -3.8873, "random z")
        expectPrinted(result.tau2, 0.3663, "τ²")
        expectPrinted(result.i2, 92.6455, "I²")
        expectPrinted(result.random.value, 0.4736, "OR random")
        expectPrinted(result.random.interval?.low, 0.3249, "random low")
        expectPrinted(result.random.interval?.high, 0.6903, "random high")
    }

    /// metan ..., fixedi / randomi nograph rd: τ² is 0 to four decimals.
    @Test func inverseVarianceRiskDifference() throws {
        let result = try BCG.analyse(.rd, .inverseVariance)
        expectPrinted(result.fixed.value, -0.0009, "RD fixed")
        expectPrinted(result.fixed.interval?.low, -0.0014, "fixed low")
        expectPrinted(result.fixed.interval?.high, -0.0005, "fixed high")
        expectPrinted(result.fixedTest.statistic, -4.0448, "fixed z")
        expectPrinted(result.q, 276.4737, "Q")
        expectPrinted(result.random.value, -0.0071, "RD random")
        expectPrinted(result.random.interval?.low, -0.0101, "random low")
        expectPrinted(result.random.interval?.high, -0.0040, "random high")
        expectPrinted(result.randomTest.statistic, -4.5128, "random z")
        expectPrinted(result.tau2, 0.0000, "τ²")
        expectPrinted(result.i2, 95.6596, "I²")
    }

    /// Viechtbauer (2010), rma(yi, vi) with REML on the log RR: estimate −0.7145, se 0.1798,
    /// z −3.9744, CI −1.0669 to −0.3622, τ² 0.3132, Q(12) = 152.2330. (metafor prints I² = 92.22%
    /// from τ²; our I² is (Q − df)/Q = 92.12%, RevMan's and metan's definition.)
    @Test func remlRiskRatio() throws {
        let result = try BCG.analyse(.rr, .inverseVariance, .reml)
        let logRR = Double.log(result.random.value)
        expectPrinted(logRR, -0.7145, "log RR")
        expectPrinted(logRR / (result.randomTest.statistic ?? .nan), 0.1798, "SE")
        expectPrinted(result.randomTest.statistic, -3.9744, "z")
        expectPrinted(Double.log(result.random.interval?.low ?? .nan), -1.0669, "log low")
        expectPrinted(Double.log(result.random.interval?.high ?? .nan), -0.3622, "log high")
        expectPrinted(result.tau2, 0.3132, "τ²")
        expectPrinted(result.q, 152.2330, "Q")
        expectPrinted(result.i2, 92.1173, "I²")
    }

    /// Paule-Mandel solves the same equation as metafor's iterated DerSimonian-Laird (DLIT) and
    /// Sidik-Jonkman (SJIT) estimators, whose τ² test_misc_rma_uni.r gives as 0.3181.
    @Test func pauleMandelRiskRatio() throws {
        let result = try BCG.analyse(.rr, .inverseVariance, .pauleMandel)
        expectPrinted(result.tau2, 0.3181, "τ²")
    }

    /// The random weights with DL are 1/(vᵢ + τ²) in percent (test_misc_weights.r), summing to 100.
    @Test func weightsArePercentages() throws {
        for method in [FixedEffectMethod.mantelHaenszel, .inverseVariance, .peto] {
            let result = try BCG.analyse(.or, method)
            expectClose(result.studies.reduce(0) { $0 + $1.weightFixed }, 100, relative: 1e-12, "\(method) fixed weights")
            expectClose(result.studies.reduce(0) { $0 + $1.weightRandom }, 100, relative: 1e-12, "\(method) random weights")
        }
    }
}
