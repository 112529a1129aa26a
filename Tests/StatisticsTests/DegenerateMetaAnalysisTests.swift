import Testing
@testable import Statistics

/// Zero cells, exclusions, too few studies, homogeneity, extreme heterogeneity and invalid data.
@Suite("Meta-analysis: degenerate and invalid input")
struct DegenerateMetaAnalysisTests {
    static func counts(_ rows: [(Int, Int, Int, Int)]) -> [MetaAnalysisStudy] {
        rows.enumerated().map { index, row in
            MetaAnalysisStudy(name: "S\(index + 1)", data: .counts(experimentalEvents: row.0, experimentalTotal: row.1,
                                                                 controlEvents: row.2, controlTotal: row.3))
        }
    }

    static func estimates(_ rows: [(Double, Double, Double)]) -> [MetaAnalysisStudy] {
        rows.enumerated().map { index, row in
            MetaAnalysisStudy(name: "S\(index + 1)", data: .estimate(value: row.0, low: row.1, high: row.2, level: 0.95))
        }
    }

    /// Every number in a result is finite (limits of a prediction interval included).
    static func expectFinite(_ result: MetaAnalysisResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var numbers: [Double] = [result.fixed.value, result.random.value, result.q, result.qPValue, result.i2, result.tau2, result.tau,
                                 result.fixedTest.pValue, result.randomTest.pValue, result.randomTest.statistic ?? 0]
        numbers += [result.fixed.interval?.low ?? .nan, result.random.interval?.high ?? .nan,
                    result.prediction?.low ?? 0, result.prediction?.high ?? 0]
        for study in result.studies { numbers += [study.effect, study.variance, study.weightFixed, study.weightRandom] }
        let allFinite = numbers.allSatisfy { $0.isFinite }
        #expect(allFinite, "\(numbers)", sourceLocation: sourceLocation)
    }

    @Test func zeroCellGetsHalfAddedForInverseVarianceOnly() throws {
        let studies = Self.counts([(0, 50, 5, 50), (3, 60, 8, 60), (4, 40, 9, 45)])
        let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .or))
        #expect(result.fixedEffectMethod == .mantelHaenszel)
        #expect(result.studies[0].adjustments == ["0.5 added to every cell because a cell is zero"])
        #expect(result.studies[1].adjustments.isEmpty)
        expectClose(result.studies[0].variance, 1 / 0.5 + 1 / 50.5 + 1 / 5.5 + 1 / 45.5, "corrected variance")
        #expect(result.studies[0].weightFixed > 0, "the Mantel-Haenszel weight b·c/N needs no correction")
        #expect(result.k == 3)
        Self.expectFinite(result)
    }

    @Test(arguments: [MetaAnalysisMeasure.rr, .or])
    func doubleZeroStudyIsExcludedFromRatios(_ measure: MetaAnalysisMeasure) throws {
        let studies = Self.counts([(0, 30, 0, 30), (3, 60, 8, 60), (4, 40, 9, 45), (2, 80, 7, 75)])
        for method in [FixedEffectMethod.mantelHaenszel, .inverseVariance] {
            let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: measure, fixedEffect: method))
            #expect(result.k == 3)
            #expect(result.participants == 120 + 85 + 155)
            #expect(result.studies[0].excluded == "no events in either arm")
            #expect(result.studies[0].weightFixed == 0 && result.studies[0].weightRandom == 0)
            Self.expectFinite(result)
        }
    }

    @Test func allEventsInBothArmsIsExcludedFromRatios() throws {
        let studies = Self.counts([(20, 20, 30, 30), (3, 60, 8, 60), (4, 40, 9, 45)])
        let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .or, fixedEffect: .peto))
        #expect(result.studies[0].excluded == "every patient in both arms had the event")
        #expect(result.k == 2)
    }

    @Test func doubleZeroStudyStaysInRiskDifference() throws {
        let studies = Self.counts([(0, 30, 0, 30), (3, 60, 8, 60), (4, 40, 9, 45)])
        let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rd))
        #expect(result.k == 3)
        #expect(result.studies[0].excluded == nil)
        #expect(result.studies[0].weightFixed > 0)
        Self.expectFinite(result)
    }

    @Test func oneStudyLeftThrows() {
        let studies = Self.counts([(0, 30, 0, 30), (3, 60, 8, 60)])
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rr)) }
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse([], options: MetaAnalysisOptions(measure: .rr)) }
    }

    @Test(arguments: [HeterogeneityEstimator.reml, .dersimonianLaird, .pauleMandel])
    func homogeneousStudiesHaveNoHeterogeneity(_ estimator: HeterogeneityEstimator) throws {
        let studies = Self.estimates([(0.8, 0.6, 1.0), (0.8, 0.5, 1.1), (0.8, 0.7, 0.9), (0.8, 0.4, 1.2)])
        for hksj in [false, true] {
            let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .difference, tau2: estimator, hksj: hksj))
            #expect(result.tau2 == 0)
            #expect(result.i2 == 0)
            expectClose(result.q, 0, absolute: 1e-20, "Q")
            expectClose(result.random.value, result.fixed.value, "random equals fixed")
            Self.expectFinite(result)
        }
    }

    @Test(arguments: [HeterogeneityEstimator.reml, .dersimonianLaird, .pauleMandel])
    func hugeHeterogeneityConverges(_ estimator: HeterogeneityEstimator) throws {
        let values = [-9.0, 7.5, -3.2, 12.0, 0.4, -15.0, 4.4, 9.9, -6.1, 2.2, 20.0]
        let studies = Self.estimates(values.map { ($0, $0 - 0.01, $0 + 0.01) })
        let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .difference, tau2: estimator, hksj: true))
        #expect(result.tau2 > 50)
        #expect(result.i2 > 99.99)
        #expect(result.egger != nil)
        Self.expectFinite(result)
    }

    /// Identical studies give HKSJ a zero variance: the interval collapses onto the mean and the
    /// t statistic is infinite with P = 0, never NaN.
    @Test func identicalStudiesUnderHKSJ() throws {
        let studies = Self.estimates([(1.0, 0.5, 1.5), (1.0, 0.5, 1.5), (1.0, 0.5, 1.5)])
        let result = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .difference, hksj: true))
        #expect(result.q == 0)
        #expect(result.random.interval == ConfidenceInterval(low: 1, high: 1, level: 0.95))
        #expect(result.randomTest.statistic == .infinity)
        #expect(result.randomTest.pValue == 0)
    }

    @Test func predictionNeedsThreeStudiesAndEggerTen() throws {
        let two = try MetaAnalysis.analyse(Self.estimates([(1.2, 0.9, 1.6), (0.7, 0.5, 0.98)]), options: MetaAnalysisOptions(measure: .ratio))
        #expect(two.prediction == nil)
        #expect(two.egger == nil)
        let rows: [(Double, Double, Double)] = (0..<10).map { (i: Int) -> (Double, Double, Double) in
            let x = Double(i)
            return (0.6 + 0.05 * x, 0.3 + 0.02 * x, 1.2 + 0.1 * x)
        }
        let nine = try MetaAnalysis.analyse(Self.estimates(Array(rows.prefix(9))), options: MetaAnalysisOptions(measure: .ratio))
        #expect(nine.prediction != nil)
        #expect(nine.egger == nil)
        let ten = try MetaAnalysis.analyse(Self.estimates(rows), options: MetaAnalysisOptions(measure: .ratio))
        #expect(ten.egger?.degreesOfFreedom == 8)
    }

    @Test(arguments: [
        ("events above total", [MetaAnalysisStudy.Data.counts(experimentalEvents: 5, experimentalTotal: 4, controlEvents: 1, controlTotal: 9)], MetaAnalysisMeasure.rr),
        ("negative count", [.counts(experimentalEvents: -1, experimentalTotal: 4, controlEvents: 1, controlTotal: 9)], .rr),
        ("zero SD", [.means(experimentalMean: 1, experimentalSD: 0, experimentalN: 5, controlMean: 2, controlSD: 1, controlN: 5)], .md),
        ("zero n", [.means(experimentalMean: 1, experimentalSD: 1, experimentalN: 0, controlMean: 2, controlSD: 1, controlN: 5)], .smd),
        ("CI misses estimate", [.estimate(value: 2, low: 0.5, high: 1.5, level: 0.95)], .ratio),
        ("ratio not positive", [.estimate(value: 0.5, low: 0, high: 1.5, level: 0.95)], .ratio),
        ("md on counts", [.counts(experimentalEvents: 1, experimentalTotal: 4, controlEvents: 1, controlTotal: 9)], .md),
        ("rr on means", [.means(experimentalMean: 1, experimentalSD: 1, experimentalN: 5, controlMean: 2, controlSD: 1, controlN: 5)], .rr),
        ("mixed types", [.means(experimentalMean: 1, experimentalSD: 1, experimentalN: 5, controlMean: 2, controlSD: 1, controlN: 5),
                         .estimate(value: 1, low: 0.5, high: 1.5, level: 0.95)], .md),
    ] as [(String, [MetaAnalysisStudy.Data], MetaAnalysisMeasure)])
    func invalidDataThrowsWithReason(_ label: String, _ bad: [MetaAnalysisStudy.Data], _ measure: MetaAnalysisMeasure) {
        let good: MetaAnalysisStudy.Data = switch bad[0] {
        case .counts: .counts(experimentalEvents: 2, experimentalTotal: 20, controlEvents: 4, controlTotal: 20)
        case .means: .means(experimentalMean: 1, experimentalSD: 1, experimentalN: 10, controlMean: 2, controlSD: 1, controlN: 10)
        case .estimate: .estimate(value: 1, low: 0.5, high: 2, level: 0.95)
        }
        let studies = ([good] + bad).enumerated().map { MetaAnalysisStudy(name: "S\($0.offset)", data: $0.element) }
        do {
            _ = try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: measure))
            Issue.record("\(label): no error")
        } catch {
            guard case .invalidArgument(let reason) = error else { Issue.record("\(label): \(error)"); return }
            #expect(!reason.isEmpty, "\(label)")
        }
    }

    @Test func methodMustFitMeasure() {
        let studies = Self.counts([(2, 20, 4, 20), (3, 30, 6, 30)])
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rr, fixedEffect: .peto)) }
        let means = [MetaAnalysisStudy(name: "A", data: .means(experimentalMean: 1, experimentalSD: 1, experimentalN: 5, controlMean: 2, controlSD: 1, controlN: 5)),
                     MetaAnalysisStudy(name: "B", data: .means(experimentalMean: 1, experimentalSD: 1, experimentalN: 5, controlMean: 2, controlSD: 1, controlN: 5))]
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse(means, options: MetaAnalysisOptions(measure: .md, fixedEffect: .mantelHaenszel)) }
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rr, level: 1)) }
    }

    @Test func errorsNameTheStudy() {
        let studies = [MetaAnalysisStudy(name: "Smith 2001", data: .counts(experimentalEvents: 9, experimentalTotal: 4, controlEvents: 1, controlTotal: 9)),
                       MetaAnalysisStudy(name: "Jones 2002", data: .counts(experimentalEvents: 1, experimentalTotal: 4, controlEvents: 1, controlTotal: 9))]
        #expect(throws: StatisticsError.invalidArgument("study 'Smith 2001': the experimental arm's events (9) must lie between 0 and its total (4)")) {
            try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rr))
        }
    }

    @Test func mantelHaenszelWithNoEventsInOneArmAnywhereThrows() {
        let studies = Self.counts([(0, 20, 4, 20), (0, 30, 6, 30)])
        #expect(throws: StatisticsError.self) { try MetaAnalysis.analyse(studies, options: MetaAnalysisOptions(measure: .rr)) }
    }
}
