import Testing
import Statistics

/// Published results on R's standard datasets (R Core Team, `datasets` package), checked both to
/// the digits R prints and to the full-precision values scipy gives on the same data.
@Suite("Continuous methods on R's standard datasets")
struct ContinuousPublishedTests {
    /// `sleep`: extra hours of sleep with drug 1 and drug 2 (Cushny & Peebles 1905).
    static let sleepDrug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    static let sleepDrug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]

    /// `mtcars$mpg` split by transmission (`am` = 0 automatic, 1 manual).
    static let mpgAutomatic = [21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3, 19.2]
    static let mpgManual = [21.0, 21.0, 22.8, 32.4, 30.4, 33.9, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4]

    struct TwoSampleCase: Sendable, CustomTestStringConvertible {
        let name: String
        let first: [Double]
        let second: [Double]
        let welch: Bool
        /// As printed by R's `t.test`: t, df, P value, 95% interval.
        let printed: (t: Double, df: Double, p: Double, low: Double, high: Double)
        /// scipy.stats.ttest_ind on the same data.
        let exact: (t: Double, df: Double, p: Double, low: Double, high: Double)
        var testDescription: String { name }
    }

    static let twoSampleCases: [TwoSampleCase] = [
        TwoSampleCase(
            name: "t.test(extra ~ group, data = sleep)", first: sleepDrug1, second: sleepDrug2, welch: true,
            printed: (-1.8608, 17.776, 0.07939, -3.3654832, 0.2054832),
            exact: (-1.8608134674868526, 17.776473516178488, 0.0793941401873583, -3.3654832307117104, 0.20548323071171137)),
        TwoSampleCase(
            name: "t.test(extra ~ group, data = sleep, var.equal = TRUE)", first: sleepDrug1, second: sleepDrug2, welch: false,
            printed: (-1.8608, 18, 0.07919, -3.363874, 0.203874),
            exact: (-1.8608134674868524, 18, 0.07918671421593822, -3.3638740322875984, 0.20387403228759915)),
        TwoSampleCase(
            name: "t.test(mpg ~ am, data = mtcars)", first: mpgAutomatic, second: mpgManual, welch: true,
            printed: (-3.7671, 18.332, 0.001374, -11.280194, -3.209684),
            exact: (-3.767123145144923, 18.332251638400464, 0.0013736383330710362, -11.280194355040159, -3.2096841874699544)),
    ]

    @Test("two-sample t-tests match R's printed output and scipy", arguments: twoSampleCases)
    func twoSample(_ item: TwoSampleCase) throws {
        let result = item.welch ? try TTest.welch(item.first, item.second) : try TTest.student(item.first, item.second)
        let difference = item.welch
            ? try MeanDifference.welch(item.first, item.second)
            : try MeanDifference.student(item.first, item.second)
        let t = try #require(result.statistic)
        let df = try #require(result.degreesOfFreedom)
        let interval = try #require(difference.interval)
        #expect((t - item.printed.t).magnitude < 5e-5)
        #expect((df - item.printed.df).magnitude < 5e-4)
        #expect((result.pValue - item.printed.p).magnitude < 5e-6)
        #expect((interval.low - item.printed.low).magnitude < 5e-7 && (interval.high - item.printed.high).magnitude < 5e-7)
        expectClose(t, item.exact.t, "t")
        expectClose(df, item.exact.df, "df")
        expectClose(result.pValue, item.exact.p, "P")
        expectClose(interval.low, item.exact.low, "CI low")
        expectClose(interval.high, item.exact.high, "CI high")
    }

    struct AnovaCase: Sendable, CustomTestStringConvertible {
        let name: String
        let groups: [[Double]]
        /// As printed by R's `summary(aov(...))`: F, df between, df within, P (an upper bound when
        /// R prints "< 2e-16").
        let printed: (f: Double, dfBetween: Double, dfWithin: Double, p: Double)
        var printedPIsBound = false
        /// scipy.stats.f_oneway on the same data.
        var exact: (f: Double, p: Double)
        var testDescription: String { name }
    }

    static let anovaCases: [AnovaCase] = [
        AnovaCase(
            name: "aov(weight ~ group, data = PlantGrowth)",
            groups: [
                [4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14],
                [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69],
                [6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26],
            ],
            printed: (4.846, 2, 27, 0.01591), exact: (4.846087862380135, 0.015909958325622912)),
        AnovaCase(
            name: "aov(count ~ spray, data = InsectSprays)",
            groups: [
                [10, 7, 20, 14, 14, 12, 10, 23, 17, 20, 14, 13],
                [11, 17, 21, 11, 16, 14, 17, 17, 19, 21, 7, 13],
                [0, 1, 7, 2, 3, 1, 2, 1, 3, 0, 1, 4],
                [3, 5, 12, 6, 4, 3, 5, 5, 5, 5, 2, 4],
                [3, 5, 3, 5, 3, 6, 1, 1, 3, 2, 6, 4],
                [11, 9, 15, 22, 15, 16, 13, 10, 26, 26, 24, 13],
            ],
            printed: (34.7, 5, 66, 2e-16), printedPIsBound: true, exact: (34.702282055491715, 3.182583726145106e-17)),
    ]

    @Test("one-way ANOVA matches R's printed output and scipy", arguments: anovaCases)
    func anova(_ item: AnovaCase) throws {
        let result = try OneWayANOVA.test(item.groups)
        let f = try #require(result.statistic)
        #expect((f - item.printed.f).magnitude <= 0.0005 * item.printed.f)
        #expect(result.degreesOfFreedom == item.printed.dfBetween)
        #expect(result.denominatorDegreesOfFreedom == item.printed.dfWithin)
        if item.printedPIsBound {
            #expect(result.pValue > 0 && result.pValue < item.printed.p)
        } else {
            #expect((result.pValue - item.printed.p).magnitude <= 0.0005 * item.printed.p)
        }
        expectClose(f, item.exact.f, "F")
        expectClose(result.pValue, item.exact.p, "P")
    }

    @Test("summary(sleep$extra) gives R's type 7 quartiles")
    func sleepSummary() throws {
        let d = try Descriptives(Self.sleepDrug1 + Self.sleepDrug2)
        #expect(d.count == 20)
        #expect(d.minimum == -1.6 && d.maximum == 5.5)
        expectClose(d.lowerQuartile, -0.025, "Q1")
        expectClose(d.median, 0.95, "median")
        expectClose(d.upperQuartile, 3.4, "Q3")
        expectClose(d.mean, 1.54, "mean")
        expectClose(d.standardDeviation ?? .nan, 2.0179197209007103, "SD")
    }

    @Test("Hedges' g of the sleep data matches statsmodels effectsize_smd")
    func sleepHedges() throws {
        let g = try HedgesG(Self.sleepDrug1, Self.sleepDrug2)
        let expectedG = -0.7970185004474464
        let expectedVariance = 0.21977703891829067
        expectClose(g.value, expectedG, "g")
        expectClose(g.variance, expectedVariance, "Var(g)")
        expectClose(g.interval.low, expectedG - 1.959963984540054 * expectedVariance.squareRoot(), "low")
        expectClose(g.interval.high, expectedG + 1.959963984540054 * expectedVariance.squareRoot(), "high")
    }
}
