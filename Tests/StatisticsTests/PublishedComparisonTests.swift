import Testing
@testable import Statistics

/// Published results the two-by-two, rank and survival methods must reproduce.
@Suite("Published comparisons")
struct PublishedComparisonTests {
    /// Fisher (1935): the lady tasting tea, 3 of 4 cups right each way.
    @Test func fisherTeaTasting() throws {
        let table = try TwoByTwoTable(experimentalEvents: 3, experimentalTotal: 4, controlEvents: 1, controlTotal: 4)
        let twoSided = try FisherExactTest.test(table)
        #expect((twoSided.pValue * 10_000).rounded() / 10_000 == 0.4857)
        expectClose(twoSided.pValue, 34.0 / 70.0, "two-sided P = 34/70")
        expectClose(try FisherExactTest.test(table, alternative: .greater).pValue, 17.0 / 70.0, "R's one-sided P 0.2429")
        #expect(twoSided.statistic == nil)
    }

    /// Dalakas et al. 1993 (NEJM 329:1993), IVIG in dermatomyositis: 7 of 8 improved on IVIG, 2 of 7 on placebo.
    @Test func dalakasIVIG() throws {
        let table = try TwoByTwoTable(experimentalEvents: 7, experimentalTotal: 8, controlEvents: 2, controlTotal: 7)
        let difference = try table.riskDifference()
        #expect((difference.value * 1000).rounded() / 1000 == 0.589)
        expectClose(difference.interval?.low ?? .nan, 0.09338940020229575, "Newcombe low (statsmodels)")
        expectClose(difference.interval?.high ?? .nan, 0.8171750148199346, "Newcombe high (statsmodels)")
        let nnt = try table.numberNeededToTreat(eventIsDesirable: true)
        #expect(nnt.kind == .benefit)
        #expect((nnt.value * 10).rounded() / 10 == 1.7)
        guard case .benefit(let low, let high) = nnt.interval else {
            Issue.record("expected an NNTB interval, got \(String(describing: nnt.interval))")
            return
        }
        expectClose(low, 1 / 0.8171750148199346, "NNTB low")
        expectClose(high, 1 / 0.09338940020229575, "NNTB high")
        #expect(nnt.description == "NNTB 1.7 (95% CI NNTB 1.2 to 10.7)")
        expectClose(try FisherExactTest.test(table).pValue, 0.040559440559440565, "Fisher P (scipy)")
    }

    /// Kampylafka et al. 2012: remission in 22 of 24 versus 10 of 18; Pearson chi-square P = 0.0065.
    @Test func kampylafkaRemission() throws {
        let table = try TwoByTwoTable(experimentalEvents: 22, experimentalTotal: 24, controlEvents: 10, controlTotal: 18)
        let result = try ChiSquareTest.pearson(table)
        #expect((result.test.pValue * 10_000).rounded() / 10_000 == 0.0065)
        expectClose(result.test.statistic ?? .nan, 7.39375, "chi-square")
        #expect(result.test.degreesOfFreedom == 1)
        #expect(result.cellsExpectedBelowFive == 1)
        expectClose(result.smallestExpected, 18.0 * 10 / 42, "smallest expected count")
    }

    /// R's chisq.test example (Agresti 2007): gender by party, X-squared = 30.07, df = 2, p = 2.954e-07.
    @Test func agrestiPartyIdentification() throws {
        let result = try ChiSquareTest.pearson([[762, 327, 468], [484, 239, 477]], continuityCorrection: true)
        expectClose(result.test.statistic ?? .nan, 30.070149095754672, "X-squared")
        #expect(result.test.degreesOfFreedom == 2)
        #expect(!result.continuityCorrected)
        expectClose(result.test.pValue, 2.9535891832117595e-07, "P")
    }

    /// R: wilcox.test(mpg ~ am, data = mtcars) gives W = 42, p-value = 0.001871 (normal approximation with ties).
    @Test func mtcarsMileageByTransmission() throws {
        let automatic = [21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3, 19.2]
        let manual = [21.0, 21.0, 22.8, 32.4, 30.4, 33.9, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4]
        let result = try MannWhitneyU.test(automatic, manual)
        #expect(result.statistic == 42)
        #expect((result.pValue * 1e6).rounded() / 1e6 == 0.001871)
        #expect(result.method.contains("normal approximation"))
    }

    /// R's `aml` data (survival package): maintenance chemotherapy in acute myelogenous leukaemia.
    static let aml: [SurvivalRecord] =
        [(9, 1), (13, 1), (13, 0), (18, 1), (23, 1), (28, 0), (31, 1), (34, 1), (45, 0), (48, 1), (161, 0)]
        .map { SurvivalRecord(group: "Maintained", time: $0.0, event: $0.1 == 1) }
        + [(5, 1), (5, 1), (8, 1), (8, 1), (12, 1), (16, 0), (23, 1), (27, 1), (30, 1), (33, 1), (43, 1), (45, 1)]
        .map { SurvivalRecord(group: "Nonmaintained", time: $0.0, event: $0.1 == 1) }

    /// R: survfit(Surv(time, status) ~ x, data = aml) gives medians 31 (Maintained) and 23 (Nonmaintained).
    @Test func amlKaplanMeierMedians() throws {
        let curves = try KaplanMeier.estimate(Self.aml)
        #expect(curves.map(\.group) == ["Maintained", "Nonmaintained"])
        #expect(curves[0].median == 31)
        #expect(curves[1].median == 23)
        let first = try #require(curves[0].steps.first)
        #expect(first.time == 9 && first.atRisk == 11 && first.events == 1)
        expectClose(first.survival, 10.0 / 11.0, "S(9)")
        expectClose(first.standardError ?? .nan, 0.0867, relative: 1e-3, "R's std.err 0.0867")
        expectClose(try curves[0].survival(at: 30), 0.614, relative: 1e-3, "R's summary at 30 weeks")
    }

    /// R: survdiff(Surv(time, status) ~ x, data = aml) gives Chisq = 3.4 on 1 df, p = 0.07.
    @Test func amlLogRank() throws {
        let result = try LogRankTest.test(Self.aml)
        #expect(((result.test.statistic ?? .nan) * 10).rounded() / 10 == 3.4)
        #expect(result.test.degreesOfFreedom == 1)
        #expect((result.test.pValue * 100).rounded() / 100 == 0.07)
        #expect(result.observed == [7, 11])
        expectClose(result.expected[0], 10.69, relative: 1e-3, "R's expected 10.69")
    }
}
