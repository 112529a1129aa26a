import Appraisal
import Markdown
import Statistics

/// What a figure may need besides its block's results: its id, the number style, and the rest
/// of the document's structure (a forest plot shows the risk-of-bias judgements of its studies).
struct FigureContext {
    /// The figure's element id, `figure-N`.
    var id: String
    /// The document's number style.
    var style: NumberStyle
    /// The document's checklists and review blocks, when known.
    var structure: AppraisalStructure?
}

/// A kind of data block that can draw figures; each kind conforms beside its drawings.
protocol FigureContent: DataBlockContent {
    /// The draft of figure `name` (as written in `figures:`), or nil when this kind cannot draw it.
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft?
}

extension BinaryData: FigureContent {
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        let (id, style) = (context.id, context.style)
        return switch name {
        case "icons": FigureDrafts.icons(self, results, id: id, style)
        case "forest": FigureDrafts.forest(binary: self, results, style)
        case "bars": FigureDrafts.bars(binary: self, results, id: id, style)
        default: nil
        }
    }
}

extension ContinuousData: FigureContent {
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        let (id, style) = (context.id, context.style)
        return switch name {
        case "forest": FigureDrafts.forest(continuous: self, results, style)
        case "bars": FigureDrafts.bars(continuous: self, results, id: id, style)
        default: nil
        }
    }
}

extension SurvivalRows: FigureContent {
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        name == "km" ? FigureDrafts.km(self, results, context.style) : nil
    }
}

/// Turns a block's computed results into figure drafts: the numbers come from `BlockResults`
/// and are printed in the document's number style.
enum FigureDrafts {
    /// The draft of figure `name` for `results`, or nil when the block lacks what it needs.
    static func draft(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        (results.block.content as? any FigureContent)?.figure(name, results: results, context: context)
    }

    /// A caption's first sentence: "Outcome: rest" when the block names its outcome, else "Rest".
    static func lead(_ results: BlockResults, _ rest: String) -> String {
        guard let outcome = results.block.outcome else { return rest.prefix(1).uppercased() + rest.dropFirst() }
        return outcome + ": " + rest
    }

    /// The experimental and control arms of a binary block.
    static func pair(_ data: BinaryData) -> (experimental: BinaryData.Arm, control: BinaryData.Arm)? {
        guard data.arms.count >= 2, data.arms.indices.contains(data.controlIndex) else { return nil }
        return (data.arms[data.controlIndex == 0 ? 1 : 0], data.arms[data.controlIndex])
    }

    /// A statistic with its interval, in the style's full form ("0.43 (95% CI, 0.20-0.90)").
    static func full(_ results: BlockResults, _ name: String, _ style: NumberStyle) -> StyledText? {
        guard let statistic = results[name] else { return nil }
        return QuantityFormatter.format(statistic.quantity, filters: [.ci], style: style, nnt: statistic.nnt)
    }

    static func icons(_ data: BinaryData, _ results: BlockResults, id: String, _ style: NumberStyle) -> FigureDraft? {
        guard let (experimental, control) = pair(data), let eer = results["eer"], let cer = results["cer"] else { return nil }
        var array = IconArray(experimental: experimental.name.display, control: control.name.display,
                              eer: eer.quantity.value, cer: cer.quantity.value, desirable: data.desirable)
        if let nnt = results["nnt"]?.nnt {
            let label = style.nnt(value: nnt.value, isBenefit: nnt.direction == .benefit)
            let whole = nnt.value.rounded(.up)
            array.nntSentence = nnt.value.isFinite && whole >= 1
                ? "Treat \(style.number(whole, decimals: 0)) with \(array.experimental) for one more to \(nnt.direction == .benefit ? "benefit" : "be harmed") (\(label))."
                : "The event rates do not differ: no number needed to treat."
        }
        let (body, height) = array.body(id: id)
        let nnt = full(results, "nnt", style)
        var caption: SafeHTML = "\(lead(results, "what happens to 100 patients like those in the trial given \(array.experimental) instead of \(array.control) (event rates \(style.percent(eer.quantity.value, decimals: 0)) with \(array.experimental) and \(style.percent(cer.quantity.value, decimals: 0)) with \(array.control), rounded to whole patients)."))"
        if let nnt { caption = caption + " \(nnt.html)." }
        let description = array.description + " Event rate \(style.percent(eer.quantity.value, decimals: 0)) with \(array.experimental) and \(style.percent(cer.quantity.value, decimals: 0)) with \(array.control)" + (nnt.map { "; \($0.plainText)." } ?? ".")
        return FigureDraft(kind: "icons", width: 480, height: height, title: "icon array of 100 patients", description: description,
                           body: body, caption: caption)
    }

    static func km(_ rows: SurvivalRows, _ results: BlockResults, _ style: NumberStyle) -> FigureDraft? {
        let arms = rows.groups.compactMap { group -> KaplanMeierPlot.Arm? in
            guard let curve = results.survivalCurves[group.slug] else { return nil }
            let followUp = rows.rows.filter { $0.group == group.display }.map { (time: $0.time, event: $0.event) }
            return KaplanMeierPlot.Arm(name: group.display, curve: curve, followUp: followUp)
        }
        guard !arms.isEmpty else { return nil }
        let plot = KaplanMeierPlot(arms: arms)
        let (body, height) = plot.body(style: style)
        let logRank = results["logrank.p"].map { style.pValue($0.quantity.value) }
        var caption: SafeHTML = "\(lead(results, "Kaplan-Meier estimates per arm; short vertical marks are censored patients; numbers at risk under the time axis."))"
        if let logRank { caption = caption + " Log-rank test, \(logRank.html)." }
        let words = arms.map { arm -> String in
            let events = arm.curve.steps.reduce(0) { $0 + $1.events }
            let median = arm.curve.median.map { "median \(style.number($0, decimals: 1))" } ?? "median not reached"
            let last = arm.curve.steps.last?.survival ?? 1
            return "\(arm.name): \(arm.curve.patients) patients, \(events) events, \(median), \(style.percent(last, decimals: 0)) without the event at the last follow-up (time \(style.number(arm.curve.lastFollowUp, decimals: arm.curve.lastFollowUp == arm.curve.lastFollowUp.rounded() ? 0 : 1)))"
        }
        let description = "Kaplan-Meier curves. " + words.joined(separator: "; ") + (logRank.map { "; log-rank \($0.plainText)." } ?? ".")
        return FigureDraft(kind: "km", width: 480, height: height, title: "Kaplan-Meier curves", description: description, body: body, caption: caption)
    }
}
