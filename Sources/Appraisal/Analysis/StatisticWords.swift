/// Statistic names in words, for readers: the verification panel says "Number needed to treat
/// (improvement)" where the author wrote `improvement.nnt`.
public enum StatisticWords {
    /// Names whose words do not depend on an arm, study or level.
    static let words: [String: String] = [
        "nnt": "Number needed to treat", "rr": "Relative risk", "rrr": "Relative risk reduction", "or": "Odds ratio",
        "rd": "Risk difference", "arr": "Absolute risk reduction", "eer": "Experimental event rate", "cer": "Control event rate",
        "fisher.p": "Fisher's exact test, P", "chisq.p": "Chi-square test, P", "chisq.stat": "Chi-square statistic", "yates.p": "Chi-square with Yates's correction, P",
        "md": "Mean difference", "smd": "Standardised mean difference", "t.p": "Student's t-test, P", "t.stat": "Student's t statistic",
        "welch.p": "Welch's t-test, P", "mw.p": "Mann-Whitney U test, P", "mw.u": "Mann-Whitney U", "anova.p": "One-way ANOVA, P", "anova.f": "ANOVA F",
        "logrank.p": "Log-rank test, P", "logrank.chisq": "Log-rank chi-square", "logrank.hr": "Hazard ratio (log-rank O/E)",
        "hr": "Hazard ratio", "hr.p": "Hazard ratio, Wald test P",
        "sensitivity": "Sensitivity", "specificity": "Specificity", "ppv": "Positive predictive value", "npv": "Negative predictive value",
        "prevalence": "Prevalence", "accuracy": "Accuracy", "lr_positive": "Likelihood ratio of a positive result",
        "lr_negative": "Likelihood ratio of a negative result", "dor": "Diagnostic odds ratio", "youden": "Youden index",
        "posttest_positive": "Post-test probability after a positive result", "posttest_negative": "Post-test probability after a negative result",
        "auc": "Area under the ROC curve", "patient.risk": "Your patient's risk with treatment", "patient.nnt": "Number needed to treat for your patient",
        "patient.nnt_or": "Number needed to treat for your patient, from the odds ratio",
        "fixed": "Pooled estimate, fixed effect", "random": "Pooled estimate, random effects", "fixed.p": "Fixed effect, P", "random.p": "Random effects, P",
        "prediction": "Prediction interval", "i2": "I²", "tau2": "τ²", "tau": "τ", "q": "Cochran's Q", "q.p": "Heterogeneity, P", "egger.p": "Egger's test, P",
        "k": "Number of studies", "n": "Number of participants",
    ]
    /// Words for the last part of a name about one arm, study or level.
    static let partWords: [String: String] = [
        "risk": "risk", "events": "events", "total": "patients", "mean": "mean", "sd": "SD", "n": "patients", "median": "median",
        "estimate": "estimate", "weight_fixed": "fixed-effect weight", "weight_random": "random-effects weight", "lr": "likelihood ratio",
        "posttest": "post-test probability", "low": "lower limit", "high": "upper limit",
    ]

    /// `name` (without the block id) in words, e.g. "Number needed to treat", "IVIG: risk",
    /// "Relative risk, lower limit"; the name itself when it has no words.
    public static func describe(_ name: String) -> String {
        if let words = words[name] { return words }
        for limit in ["low", "high"] where name.hasSuffix(".\(limit)") {
            let base = String(name.dropLast(limit.count + 1))
            if let words = words[base] { return "\(words), \(partWords[limit] ?? limit)" }
        }
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 2, let last = parts.last, let words = partWords[last] else { return name }
        return parts.dropLast().joined(separator: " ") + ": " + words
    }

    /// A check's label for readers: "improvement.nnt" → "Number needed to treat (improvement)";
    /// labels that are not `block.statistic` are already words and stay as they are.
    public static func readable(_ label: String) -> String {
        guard !label.contains(" "), let dot = label.firstIndex(of: ".") else { return label }
        let block = label[..<dot], name = String(label[label.index(after: dot)...])
        return "\(describe(name)) (\(block))"
    }
}
