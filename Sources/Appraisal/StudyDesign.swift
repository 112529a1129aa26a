/// Readable names for the study designs front matter may name.
public enum StudyDesign {
    /// Display names by the short keys authors write in `design:`.
    public static let names: [String: String] = [
        "rct": "Randomised controlled trial",
        "cohort": "Cohort study",
        "case-control": "Case-control study",
        "systematic-review": "Systematic review",
        "diagnostic": "Diagnostic accuracy study",
        "prognosis": "Prognosis study",
        "clinical-prediction-rule": "Clinical prediction rule",
        "qualitative": "Qualitative study",
        "economic-evaluation": "Economic evaluation",
        "cross-sectional": "Cross-sectional study",
        "case-series": "Case series",
    ]

    /// The display name for `key`, or the key itself when it is not one of the known designs.
    public static func displayName(_ key: String) -> String {
        names[key.lowercased()] ?? key
    }
}
