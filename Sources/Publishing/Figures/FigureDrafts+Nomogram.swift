import Appraisal
import Markdown

extension DiagnosticData: FigureContent {
    func figure(_ name: String, results: BlockResults, context: FigureContext) -> FigureDraft? {
        name == "nomogram" ? FigureDrafts.nomogram(self, results, context.style) : nil
    }
}

extension FigureDrafts {
    /// The Fagan nomogram of a diagnostic block: its pre-test probability carried through the
    /// likelihood ratio of a positive and of a negative result, with the numbers as the prose prints them.
    static func nomogram(_ data: DiagnosticData, _ results: BlockResults, _ style: NumberStyle) -> FigureDraft? {
        guard let pretest = results["pretest"] else { return nil }
        let text = { (statistic: ComputedStatistic) in QuantityFormatter.format(statistic.quantity, filters: [], style: style).plainText }
        let outcomes = [("Positive result", "lr_positive", "posttest_positive"), ("Negative result", "lr_negative", "posttest_negative")]
            .compactMap { name, ratio, posttest -> FaganNomogram.Result? in
                guard let ratio = results[ratio], let posttest = results[posttest] else { return nil }
                return FaganNomogram.Result(name: name, likelihoodRatio: ratio.quantity.value, likelihoodRatioText: text(ratio),
                                            posttest: posttest.quantity.value, posttestText: text(posttest))
            }
        guard outcomes.count == 2 else { return nil }
        let nomogram = FaganNomogram(pretest: pretest.quantity.value, pretestText: text(pretest), results: outcomes)
        let test = data.test ?? "the test"
        let whose = data.pretest == nil ? "at the study's prevalence of \(nomogram.pretestText)" : "with a pre-test probability of \(nomogram.pretestText)"
        let caption: SafeHTML = "\(lead(results, "Fagan nomogram for \(test). A patient \(whose) has a probability of \(outcomes[0].posttestText) after a positive result (likelihood ratio \(outcomes[0].likelihoodRatioText)) and \(outcomes[1].posttestText) after a negative one (likelihood ratio \(outcomes[1].likelihoodRatioText))."))"
        return nomogram.draft(caption: caption, style: style)
    }
}
