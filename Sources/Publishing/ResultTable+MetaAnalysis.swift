import Appraisal
import Markdown

extension MetaAnalysisData: ResultTableContent {
    /// Every study with its data, estimate and both weights, then the pooled estimates,
    /// the prediction interval, heterogeneity and Egger's test.
    func resultTables(_ results: BlockResults, style: NumberStyle) -> [GeneratedTable] {
        let rows = studies.map { study -> GeneratedTable.Row in
            let slug = study.name.slug
            let (experimental, control) = MetaAnalysisData.arms(study.data, style: style)
            let data: [GeneratedTable.Cell] = [.header("\(study.name.display)", scope: .row), .data("\(experimental)"), .data("\(control)")]
            guard results["\(slug).estimate"] != nil else {
                let reason = results.unavailable["\(slug).estimate"] ?? "not pooled"
                return GeneratedTable.Row(cells: data + [.data("left out: \(reason)", colspan: 3)], htmlAttributes: " class=\"unavailable\"")
            }
            return GeneratedTable.Row(cells: data + ["estimate", "weight_fixed", "weight_random"].map { .data(ResultTable.cell(results, "\(slug).\($0)", style)) })
        }
        let measureName = MetaAnalysisData.measureNames[measure] ?? measure
        let table = ResultTable.arms(rows, headings: ["Study", "Experimental", "Control", "\(measureName) (95% CI)", "Weight, fixed (%)", "Weight, random (%)"],
                                     classes: "arms studies")
        return [table] + ResultTable.measures(results, style, [
            ("Fixed effect", "fixed"), ("Fixed effect, test of no effect", "fixed.p"),
            ("Random effects", "random"), ("Random effects, test of no effect", "random.p"),
            ("Prediction interval for a new study", "prediction"),
            ("Cochran's Q", "q"), ("Heterogeneity, test", "q.p"), ("I² (%)", "i2"), ("τ²", "tau2"),
            ("Egger's test for funnel asymmetry", "egger.p"),
        ], note: desirable ? "The outcome is a desirable event." : nil)
    }

    /// The measures in words, for column headings and captions.
    static let measureNames = ["rr": "Risk ratio", "or": "Odds ratio", "rd": "Risk difference", "md": "Mean difference",
                               "smd": "Standardised mean difference", "ratio": "Ratio", "difference": "Difference"]

    /// A study's two arms as written; an estimate with its interval has no arms to show.
    static func arms(_ data: StudyData, style: NumberStyle) -> (String, String) {
        switch data {
        case .counts(let a, let n, let c, let m): ("\(a)/\(n)", "\(c)/\(m)")
        case .means(let mean1, let sd1, let n1, let mean2, let sd2, let n2):
            ("\(style.number(mean1, decimals: 2)) ± \(style.number(sd1, decimals: 2)) (n = \(n1))",
             "\(style.number(mean2, decimals: 2)) ± \(style.number(sd2, decimals: 2)) (n = \(n2))")
        case .estimate: ("—", "—")
        }
    }
}
