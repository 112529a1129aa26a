import Appraisal
import Markdown

extension MetaAnalysisData: ResultTableContent {
    /// Every study with its data, estimate and both weights, then the pooled estimates,
    /// the prediction interval, heterogeneity and Egger's test.
    func resultTable(_ results: BlockResults, style: NumberStyle) -> SafeHTML {
        let rows = studies.map { study -> SafeHTML in
            let slug = study.name.slug
            let (experimental, control) = MetaAnalysisData.arms(study.data, style: style)
            guard results["\(slug).estimate"] != nil else {
                let reason = results.unavailable["\(slug).estimate"] ?? "not pooled"
                return "<tr class=\"unavailable\"><th scope=\"row\">\(study.name.display)</th><td>\(experimental)</td><td>\(control)</td><td colspan=\"3\">left out: \(reason)</td></tr>\n"
            }
            return "<tr><th scope=\"row\">\(study.name.display)</th><td>\(experimental)</td><td>\(control)</td><td>\(ResultTable.cell(results, "\(slug).estimate", style))</td><td>\(ResultTable.cell(results, "\(slug).weight_fixed", style))</td><td>\(ResultTable.cell(results, "\(slug).weight_random", style))</td></tr>\n"
        }
        let measureName = MetaAnalysisData.measureNames[measure] ?? measure
        let table: SafeHTML = "<table class=\"arms studies\">\n<thead><tr><th scope=\"col\">Study</th><th scope=\"col\">Experimental</th><th scope=\"col\">Control</th><th scope=\"col\">\(measureName) (95% CI)</th><th scope=\"col\">Weight, fixed (%)</th><th scope=\"col\">Weight, random (%)</th></tr></thead>\n<tbody>\n\(SafeHTML(joining: rows))</tbody>\n</table>\n"
        return table + ResultTable.measures(results, style, [
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
