import Statistics

extension BinaryData: DataBlockContent {
    /// `type: binary`.
    public static let kind = "binary"
    /// The arms.
    public var namedParts: [ArmName] { arms.map(\.name) }

    /// Risks, effect measures, NNT and tests.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        BinaryAnalysis.compute(self, into: &results)
        return []
    }
}

/// Computes every statistic of a binary block: risks, effect measures, NNT and tests.
enum BinaryAnalysis {
    static func compute(_ data: BinaryData, into results: inout BlockResults) {
        for arm in data.arms {
            let decimals = NumberStyle.standard.percentDecimals(denominator: arm.total)
            results.add("\(arm.name.slug).events", Quantity(Double(arm.events), kind: .count, defaultDecimals: 0), method: "count")
            results.add("\(arm.name.slug).total", Quantity(Double(arm.total), kind: .count, defaultDecimals: 0), method: "count")
            results.attempt(["\(arm.name.slug).risk"]) { (results: inout BlockResults) throws(StatisticsError) in
                results.add("\(arm.name.slug).risk", try Proportion.wilson(events: arm.events, total: arm.total), kind: .proportion, decimals: decimals)
            }
        }
        guard data.arms.count >= 2 else { return }
        let experimentalIndex = data.controlIndex == 0 ? 1 : 0
        let experimental = data.arms[experimentalIndex], control = data.arms[data.controlIndex]
        let smallest = min(experimental.total, control.total)
        let decimals = NumberStyle.standard.percentDecimals(denominator: smallest)
        let patientNames = data.patientRisk == nil ? [] : ["patient.risk", "patient.nnt", "patient.nnt_or"]
        let pairNames = ["eer", "cer", "rd", "arr", "rr", "rrr", "or", "nnt", "fisher.p"] + patientNames
        results.attempt(pairNames) { (results: inout BlockResults) throws(StatisticsError) in
            let table = try TwoByTwoTable(experimentalEvents: experimental.events, experimentalTotal: experimental.total,
                                          controlEvents: control.events, controlTotal: control.total)
            results.add("eer", Quantity(table.experimentalRisk, kind: .proportion, defaultDecimals: decimals), method: "events / total")
            results.add("cer", Quantity(table.controlRisk, kind: .proportion, defaultDecimals: decimals), method: "events / total")
            let difference = try table.riskDifference()
            results.add("rd", difference, kind: .riskDifference, decimals: decimals)
            results.add("arr", negated(difference), kind: .riskDifference, decimals: decimals)
            add(try table.numberNeededToTreat(eventIsDesirable: data.desirable), as: "nnt",
                method: "1/|RD|, Altman interval from the Newcombe limits", into: &results)
            results.add(test: try FisherExactTest.test(table), prefix: "fisher")
            try ratioMeasures(table, into: &results)
            if let peer = data.patientRisk { patient(peer, table, desirable: data.desirable, into: &results) }
        }
        results.attempt(["chisq.stat", "chisq.df", "chisq.p", "yates.p"]) { (results: inout BlockResults) throws(StatisticsError) in
            let rows = data.arms.map { [$0.events, $0.total - $0.events] }
            results.add(test: try ChiSquareTest.pearson(rows, continuityCorrection: false).test, prefix: "chisq")
            if rows.count == 2 {
                results.add(test: try ChiSquareTest.pearson(rows, continuityCorrection: true).test, prefix: "yates")
            }
        }
    }

    private static func ratioMeasures(_ table: TwoByTwoTable, into results: inout BlockResults) throws(StatisticsError) {
        results.attempt(["rr", "rrr"]) { (results: inout BlockResults) throws(StatisticsError) in
            let ratio = try table.riskRatio()
            results.add("rr", ratio, kind: .ratio, decimals: 2)
            var reduction = negated(ratio)
            reduction.value += 1
            reduction.interval = reduction.interval.map { ConfidenceInterval(low: $0.low + 1, high: $0.high + 1, level: $0.level) }
            reduction.method = "1 − RR, from the " + ratio.method
            results.add("rrr", reduction, kind: .proportion, decimals: 0)
        }
        results.attempt(["or"]) { (results: inout BlockResults) throws(StatisticsError) in
            results.add("or", try table.oddsRatio(), kind: .ratio, decimals: 2)
        }
    }

    /// The relative effect applied to the reader's patient at expected risk `peer`.
    private static func patient(_ peer: Double, _ table: TwoByTwoTable, desirable: Bool, into results: inout BlockResults) {
        let decimals = NumberStyle.standard.percentDecimals(probability: peer)
        results.attempt(["patient.risk", "patient.nnt"]) { (results: inout BlockResults) throws(StatisticsError) in
            let ratio = try table.riskRatio()
            results.attempt(["patient.risk"]) { (results: inout BlockResults) throws(StatisticsError) in
                results.add("patient.risk", try PatientRisk.riskWithTreatment(expectedRisk: peer, riskRatio: ratio), kind: .proportion, decimals: decimals)
            }
            let nnt = try PatientRisk.numberNeededToTreat(expectedRisk: peer, riskRatio: ratio, eventIsDesirable: desirable)
            add(nnt, as: "patient.nnt", method: "1 / (PEER × |1 − RR|), interval from the RR's", into: &results)
        }
        results.attempt(["patient.nnt_or"]) { (results: inout BlockResults) throws(StatisticsError) in
            let nnt = try PatientRisk.numberNeededToTreat(expectedRisk: peer, oddsRatio: try table.oddsRatio(), eventIsDesirable: desirable)
            add(nnt, as: "patient.nnt_or", method: "(1 − PEER × (1 − OR)) / ((1 − PEER) × PEER × |1 − OR|), interval from the OR's", into: &results)
        }
    }

    /// Records an NNT with its Altman interval and presentation.
    private static func add(_ nnt: NumberNeededToTreat, as name: String, method: String, into results: inout BlockResults) {
        results.add(name, Quantity(nnt.value, kind: .nnt, interval: nntInterval(nnt), defaultDecimals: 0),
                    method: method, adjustments: nnt.riskDifference.adjustments, nnt: NNTPresentation(nnt))
    }

    /// −estimate, with the interval's limits swapped and negated.
    private static func negated(_ estimate: Estimate) -> Estimate {
        Estimate(value: -estimate.value,
                 interval: estimate.interval.map { ConfidenceInterval(low: -$0.high, high: -$0.low, level: $0.level) },
                 method: estimate.method, adjustments: estimate.adjustments)
    }

    /// The NNT interval as plain limits; one that passes through infinity runs from its limit on
    /// the point estimate's side to ∞ (the full form is in the `NNTPresentation`).
    private static func nntInterval(_ nnt: NumberNeededToTreat) -> QuantityInterval? {
        let level = nnt.level ?? 0.95
        switch nnt.interval {
        case .benefit(let low, let high), .harm(let low, let high): return QuantityInterval(low: low, high: high, level: level)
        case .throughInfinity(let benefit, let harm): return QuantityInterval(low: nnt.kind == .harm ? harm : benefit, high: .infinity, level: level)
        case nil: return nil
        }
    }
}
