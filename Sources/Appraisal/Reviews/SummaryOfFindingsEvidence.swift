extension MetaAnalysisData {
    /// The control arm's events and total of each study given as counts, for the default
    /// baseline risk of a summary-of-findings row.
    var controlCounts: [(events: Int, total: Int)] {
        studies.compactMap { study in
            guard case .counts(_, _, let events, let total) = study.data else { return nil }
            return (events, total)
        }
    }
}

/// The numbers one summary-of-findings row takes from its data block.
struct SummaryOfFindingsEvidence {
    /// How the difference per 1,000 follows from the effect.
    enum Scale {
        /// A risk ratio (also a generic ratio given as estimates).
        case riskRatio
        /// An odds ratio, converted through the odds.
        case oddsRatio
        /// A risk difference, already absolute.
        case riskDifference
    }

    /// The data block's kind when it cannot give a row, and why.
    struct Unusable: Error {
        /// The code of the diagnostic.
        var code: String
        /// What is wrong.
        var message: String
        /// How to fix it.
        var hint: String
    }

    var participants: Int?
    var studies: Int?
    var scale: Scale
    var estimate: Double
    var low: Double
    var high: Double
    var method: String
    /// The risk with the comparison in the data, used when `baseline:` is not written.
    var dataBaseline: Double?
    /// Where `dataBaseline` comes from, in words.
    var dataBaselineSource: String

    /// The relative effect as the table prints it; nil for a risk difference.
    var relative: SummaryOfFindings.RelativeEffect? {
        let label: String
        switch scale {
        case .riskRatio: label = "RR"
        case .oddsRatio: label = "OR"
        case .riskDifference: return nil
        }
        return SummaryOfFindings.RelativeEffect(label: label, value: estimate, low: low, high: high, method: method)
    }

    /// The effect per 1,000 at `baseline`.
    func absolute(at baseline: Double) -> AbsoluteEffect {
        switch scale {
        case .riskRatio: AbsoluteEffect.riskRatio(baseline: baseline, estimate, low: low, high: high)
        case .oddsRatio: AbsoluteEffect.oddsRatio(baseline: baseline, estimate, low: low, high: high)
        case .riskDifference: AbsoluteEffect.riskDifference(baseline: baseline, estimate, low: low, high: high)
        }
    }

    /// Reads a binary block's risk ratio or a meta-analysis block's random-effects estimate.
    static func read(_ results: BlockResults) -> Result<SummaryOfFindingsEvidence, Unusable> {
        let block = results.block
        if let binary = block.content as? BinaryData {
            return binaryEvidence(binary, results)
        }
        if let pooled = block.content as? MetaAnalysisData {
            return pooledEvidence(pooled, results)
        }
        return .failure(Unusable(code: "sof-block-kind",
                                 message: "data block '\(block.id)' is a \(block.kind) block; a summary-of-findings outcome needs a binary or meta-analysis block",
                                 hint: "name a block of type: binary or type: meta-analysis with a dichotomous outcome"))
    }

    private static func binaryEvidence(_ data: BinaryData, _ results: BlockResults) -> Result<SummaryOfFindingsEvidence, Unusable> {
        guard let rr = results["rr"], let interval = rr.quantity.interval else {
            return .failure(Unusable(code: "sof-no-effect", message: "data block '\(results.block.id)' has no risk ratio: \(results.unavailable["rr"] ?? "it could not be computed")",
                                     hint: "a risk ratio needs events in the control arm"))
        }
        let experimental = data.arms[data.controlIndex == 0 ? 1 : 0], control = data.arms[data.controlIndex]
        return .success(SummaryOfFindingsEvidence(
            participants: experimental.total + control.total, studies: 1, scale: .riskRatio,
            estimate: rr.quantity.value, low: interval.low, high: interval.high, method: rr.method,
            dataBaseline: control.total > 0 ? Double(control.events) / Double(control.total) : nil,
            dataBaselineSource: "the \(control.name.display) arm's risk"))
    }

    private static func pooledEvidence(_ data: MetaAnalysisData, _ results: BlockResults) -> Result<SummaryOfFindingsEvidence, Unusable> {
        let id = results.block.id
        let scale: Scale
        switch data.measure {
        case "rr", "ratio": scale = .riskRatio
        case "or": scale = .oddsRatio
        case "rd": scale = .riskDifference
        default:
            return .failure(Unusable(code: "sof-block-kind", message: "meta-analysis '\(id)' pools a \(data.measure) (a continuous outcome); a summary-of-findings outcome needs events",
                                     hint: "use a meta-analysis of counts with measure: rr, or or rd"))
        }
        guard let random = results["random"], let interval = random.quantity.interval else {
            return .failure(Unusable(code: "sof-no-effect", message: "meta-analysis '\(id)' has no random-effects estimate: \(results.unavailable["random"] ?? "it could not be computed")",
                                     hint: "check the block's own findings first"))
        }
        let counts = data.controlCounts
        let events = counts.reduce(0) { $0 + $1.events }, total = counts.reduce(0) { $0 + $1.total }
        return .success(SummaryOfFindingsEvidence(
            participants: results["n"].map { Int($0.quantity.value) }, studies: results["k"].map { Int($0.quantity.value) }, scale: scale,
            estimate: random.quantity.value, low: interval.low, high: interval.high, method: random.method,
            dataBaseline: total > 0 ? Double(events) / Double(total) : nil,
            dataBaselineSource: "the control arms' pooled risk (\(events)/\(total))"))
    }
}
