import Testing
@testable import Statistics

/// Published prognosis results on R's `aml` data (maintained versus non-maintained chemotherapy).
@Suite("Prognosis on published data")
struct PrognosisPublishedTests {
    static let aml = PublishedComparisonTests.aml

    /// R: coxph(Surv(time, status) ~ x, data = aml) (Efron ties) prints coef 0.9155, exp(coef) 2.498,
    /// se(coef) 0.5119, z 1.788, p 0.0737, and 95% limits 0.9159 to 6.813 for xNonmaintained;
    /// statsmodels PHReg(ties="efron") gives the same digits.
    @Test func amlCoxNonmaintainedVersusMaintained() throws {
        let fit = try ProportionalHazards.fit(Self.aml, experimental: "Nonmaintained", control: "Maintained")
        #expect((fit.coefficient * 10_000).rounded() / 10_000 == 0.9155)
        #expect((fit.hazardRatio.value * 1000).rounded() / 1000 == 2.498)
        #expect((fit.standardError * 10_000).rounded() / 10_000 == 0.5119)
        #expect(((fit.test.statistic ?? .nan) * 1000).rounded() / 1000 == 1.788)
        #expect((fit.test.pValue * 10_000).rounded() / 10_000 == 0.0737)
        let interval = try #require(fit.hazardRatio.interval)
        #expect((interval.low * 10_000).rounded() / 10_000 == 0.9159)
        #expect((interval.high * 1000).rounded() / 1000 == 6.813)
        expectClose(fit.coefficient, 0.9155325750147734, relative: 1e-10, "statsmodels β")
        #expect(fit.hazardRatio.method == "Cox proportional hazards, Efron ties, Wald interval")
    }

    /// Coding the maintained arm as 1 flips the sign: coef -0.9155, exp(coef) 0.4003 (R's exp(-coef)).
    @Test func amlCoxMaintainedVersusNonmaintained() throws {
        let fit = try ProportionalHazards.fit(Self.aml, experimental: "Maintained", control: "Nonmaintained")
        #expect((fit.coefficient * 10_000).rounded() / 10_000 == -0.9155)
        #expect((fit.hazardRatio.value * 10_000).rounded() / 10_000 == 0.4003)
        #expect((fit.test.pValue * 10_000).rounded() / 10_000 == 0.0737)
    }

    /// R: survdiff gives O = 11, E = 7.31 (Nonmaintained) and O = 7, E = 10.69 (Maintained), so the
    /// O/E hazard ratio is (11/7.31)/(7/10.69) = 2.30.
    @Test func amlLogRankHazardRatio() throws {
        let ratio = try LogRankTest.test(Self.aml).hazardRatio(experimental: "Nonmaintained", control: "Maintained")
        #expect((ratio.value * 100).rounded() / 100 == 2.30)
        let interval = try #require(ratio.interval)
        #expect(interval.low < 1 && interval.high > 1, "the log-rank P is 0.07")
    }

    /// S(9) = 10/11 in the maintained arm with V = 1/110: the log-log limits S^exp(±z√V/ln S) are
    /// 0.508 to 0.987 (R's survfit prints these for conf.type = "log-log").
    @Test func amlLogLogSurvivalInterval() throws {
        let curve = try #require(try KaplanMeier.estimate(Self.aml).first)
        let estimate = try curve.survivalEstimate(at: 9)
        let interval = try #require(estimate.interval)
        expectClose(estimate.value, 10.0 / 11.0, "S(9)")
        #expect((interval.low * 1000).rounded() / 1000 == 0.508)
        #expect((interval.high * 1000).rounded() / 1000 == 0.987)
        #expect(try curve.survivalEstimate(at: 4).interval == nil, "no interval before the first event")
    }

    /// statsmodels quantile_ci(0.5, method="cloglog"): maintained 31 (13 to not reached),
    /// non-maintained 23 (5 to 33).
    @Test func amlMedianBrookmeyerCrowley() throws {
        let curves = try KaplanMeier.estimate(Self.aml)
        let maintained = try curves[0].medianSurvival()
        #expect(maintained.median == 31 && maintained.low == 13 && maintained.high == nil)
        let nonmaintained = try curves[1].medianSurvival()
        #expect(nonmaintained.median == 23 && nonmaintained.low == 5 && nonmaintained.high == 33)
        #expect(nonmaintained.level == 0.95)
    }
}
