import Foundation
import Appraisal
import Markdown
import Statistics

extension MetaAnalysisData: FigureContent {
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        guard let pooled = results.metaAnalysis else { return nil }
        switch name {
        case "forest": return FigureDrafts.studyForest(self, pooled, results, context)
        case "funnel": return FigureDrafts.funnel(self, pooled, results, context.style)
        default: return nil
        }
    }
}

extension FigureDrafts {
    /// How a meta-analysis measure is drawn: log axis for ratios, percentage points for a risk difference.
    static func axis(_ measure: String) -> (logarithmic: Bool, scale: Double, title: String) {
        let name = MetaAnalysisData.measureNames[measure] ?? measure
        switch measure {
        case "rr", "or", "ratio": return (true, 1, "\(name) (log scale)")
        case "rd": return (false, 100, "\(name), percentage points")
        default: return (false, 1, name)
        }
    }

    static func studyForest(_ data: MetaAnalysisData, _ pooled: MetaAnalysisResult, _ results: BlockResults, _ context: FigureContext) -> FigureDraft? {
        let style = context.style
        let axis = axis(data.measure)
        let judged = judgements(context.structure, block: results.block.id)
        let print = { (value: Double) in axis.logarithmic ? style.ratio(value) : style.number(value * axis.scale, decimals: 2) }
        let text = { (estimate: Estimate) in compact(print(estimate.value), estimate.interval.map { print($0.low) }, estimate.interval.map { print($0.high) }, style: style) }
        let studies = pooled.studies.filter { $0.excluded == nil }.compactMap { study -> StudyForestPlot.Study? in
            guard let interval = study.estimate.interval else { return nil }
            return StudyForestPlot.Study(label: study.name, value: study.estimate.value * axis.scale, low: interval.low * axis.scale,
                                         high: interval.high * axis.scale, weight: study.weightRandom, text: text(study.estimate),
                                         weightText: style.number(study.weightRandom, decimals: 1) + "%",
                                         judgements: judged?.marks(study.name) ?? [])
        }
        guard studies.count >= 2 else { return nil }
        let diamonds = [("Fixed effect", pooled.fixed), ("Random effects", pooled.random)].compactMap { label, estimate -> StudyForestPlot.Pooled? in
            guard let interval = estimate.interval else { return nil }
            return StudyForestPlot.Pooled(label: label, value: estimate.value * axis.scale, low: interval.low * axis.scale,
                                          high: interval.high * axis.scale, text: text(estimate))
        }
        let prediction = pooled.prediction.map { (low: $0.low * axis.scale, high: $0.high * axis.scale,
                                                  text: compact("", print($0.low), print($0.high), style: style).trimmingWhitespace()) }
        let heterogeneity = "Heterogeneity: Q = \(style.number(pooled.q, decimals: 2)) (df = \(pooled.qDegreesOfFreedom)), \(style.pValue(pooled.qPValue).plainText); I² = \(style.number(pooled.i2, decimals: 0))%; τ² = \(style.number(pooled.tau2, decimals: 3))"
        let better = "favours experimental", worse = "favours control"
        let lowIsGood = axis.logarithmic || data.measure == "rd" ? !data.desirable : true
        let plot = StudyForestPlot(studies: studies, pooled: diamonds, prediction: prediction, heterogeneity: heterogeneity,
                                   logarithmic: axis.logarithmic, noEffect: axis.logarithmic ? 1 : 0, axisTitle: axis.title,
                                   lowSide: lowIsGood ? better : worse, highSide: lowIsGood ? worse : better,
                                   judgementHeadings: judged?.headings ?? [])
        let (body, height) = plot.body(style: style)
        let random = results["random"].map { QuantityFormatter.format($0.quantity, filters: [.ci], style: style, nnt: nil).plainText } ?? "—"
        let key = (judged.map { " Beside each study, its \($0.tool) judgements by domain (\($0.key))." } ?? "")
        let caption: SafeHTML = "\(lead(results, "\(pooled.k) studies, squares sized by their random-effects weight; diamonds are the pooled estimates (\(pooled.fixed.method); \(pooled.random.method)), the open bar the prediction interval. Random effects \(random).\(key)"))"
        let words = studies.map { study in
            "\(study.label): \(study.text), weight \(study.weightText)" + ((judged?.words(study.label)).map { ", risk of bias \($0)" } ?? "")
        }.joined(separator: "; ")
        let description = "Forest plot of \(studies.count) studies. \(words). " + diamonds.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
            + (prediction.map { "; prediction interval \($0.text)" } ?? "") + ". " + heterogeneity + "."
        return FigureDraft(kind: "forest", width: plot.width, height: height, title: "forest plot of the studies", description: description, body: body, caption: caption)
    }

    static func funnel(_ data: MetaAnalysisData, _ pooled: MetaAnalysisResult, _ results: BlockResults, _ style: NumberStyle) -> FigureDraft? {
        let axis = axis(data.measure)
        let points = pooled.studies.filter { $0.excluded == nil }.map { FunnelPlot.Point(effect: $0.effect * (axis.logarithmic ? 1 : axis.scale), standardError: $0.variance.squareRoot() * (axis.logarithmic ? 1 : axis.scale)) }
        guard points.count >= 2 else { return nil }
        let centre = axis.logarithmic ? Foundation.log(pooled.fixed.value) : pooled.fixed.value * axis.scale
        let plot = FunnelPlot(points: points, pooled: centre, logarithmic: axis.logarithmic, axisTitle: axis.title)
        let (body, height) = plot.body(style: style)
        let egger = results["egger.p"].map { "Egger's test \(style.pValue($0.quantity.value).plainText)." } ?? "Egger's test needs at least 10 studies."
        let caption: SafeHTML = "\(lead(results, "funnel plot of \(points.count) studies: each estimate against its standard error, the fixed-effect estimate as a line and its pseudo-95% limits as the funnel. \(egger)"))"
        let description = "Funnel plot. " + zip(pooled.studies.filter { $0.excluded == nil }, points).map { study, point in
            "\(study.name): estimate \(axis.logarithmic ? style.ratio(study.estimate.value) : style.number(point.effect, decimals: 2)), standard error \(style.number(point.standardError, decimals: 3))"
        }.joined(separator: "; ") + ". " + egger
        return FigureDraft(kind: "funnel", width: 480, height: height, title: "funnel plot", description: description, body: body, caption: caption)
    }
}

/// The risk-of-bias judgements a forest plot shows beside the studies of one meta-analysis.
struct ForestJudgements {
    /// The tool's name, e.g. "RoB 2".
    var tool: String
    /// One short heading per domain: D1, D2, ...
    var headings: [String]
    /// "D1 randomisation, D2 deviations, ..." for the caption.
    var key: String
    /// The lookup of a study's judgements.
    var lookup: (String) -> (tool: RiskOfBiasTool, study: RiskOfBiasAssessment.Study)?

    /// The marks for `study`, one per domain; none when the study has no judgements.
    func marks(_ study: String) -> [StudyForestPlot.Judgement] {
        guard let (tool, judged) = lookup(study) else { return [] }
        return tool.domains.filter { !$0.applicability }.map { domain in
            guard let judgement = judged.judgements[domain.key] else { return StudyForestPlot.Judgement(symbol: "", colour: "#FFFFFF") }
            let mark = RiskOfBiasMarks.mark(judgement)
            return StudyForestPlot.Judgement(symbol: mark.symbol, colour: mark.fill)
        }
    }

    /// The judgements of `study` in words, for the figure's description.
    func words(_ study: String) -> String? {
        guard let (tool, judged) = lookup(study) else { return nil }
        return tool.domains.filter { !$0.applicability }.compactMap { domain in judged.judgements[domain.key].map { "\(domain.key) \($0.word)" } }
            .joined(separator: ", ")
    }
}

extension FigureDrafts {
    /// The judgements of a risk-of-bias block that names `block`, if the document has one.
    static func judgements(_ structure: AppraisalStructure?, block: String) -> ForestJudgements? {
        guard let structure, let assessment = structure.riskOfBias.first(where: { $0.block == block }) else { return nil }
        let domains = assessment.tool.domains.filter { !$0.applicability }
        return ForestJudgements(tool: assessment.tool.name, headings: domains.indices.map { "D\($0 + 1)" },
                                key: domains.enumerated().map { "D\($0.offset + 1) \($0.element.key)" }.joined(separator: ", "),
                                lookup: { structure.riskOfBias(block: block, study: $0) })
    }
}
