/// The checklist question sets, one per study design.
///
/// The wording is the project's own. Keys are stable: appraisals refer to them, so a key is
/// never renamed; a question may be reworded without breaking any document.
public enum ChecklistCatalogue {
    /// The designs that have a checklist, in the order they are documented.
    public static let designs: [ChecklistDesign] = [
        rct, cohort, caseControl, systematicReview, diagnostic,
        prognosis, clinicalPredictionRule, qualitative, economicEvaluation,
    ]

    /// The design keys, e.g. `rct`, `case-control`.
    public static var designKeys: [String] { designs.map(\.key) }

    /// The checklist for `key` (case-insensitive), if there is one.
    public static func design(_ key: String) -> ChecklistDesign? {
        designs.first { $0.key == key.lowercased() }
    }

    /// Randomised controlled trials.
    public static let rct = ChecklistDesign(key: "rct", questions: [
        .init("focused_question", .validity, "Does the trial set out a clear question: who, which treatment, against what, measured how?"),
        .init("randomised", .validity, "Were patients assigned to the groups by a random process?"),
        .init("allocation_concealed", .validity, "Was the next assignment hidden from those enrolling patients?"),
        .init("groups_similar", .validity, "Did the groups start out alike in the things that affect prognosis?"),
        .init("blinded", .validity, "Were patients, clinicians and those judging outcomes kept unaware of the assigned group, as far as possible?"),
        .init("equal_care", .validity, "Apart from the treatment under study, were the groups looked after in the same way?"),
        .init("follow_up_complete", .validity, "Were almost all patients who entered the trial accounted for at its end?"),
        .init("intention_to_treat", .validity, "Were patients analysed in the groups they were assigned to?"),
        .init("effect_size", .results, "Is the size of the effect reported, in absolute as well as relative terms?"),
        .init("precision", .results, "Is the estimate precise enough to act on (a confidence interval that excludes a trivial effect)?"),
        .init("applies_to_patient", .applicability, "Are my patients like the trial's patients in the ways that matter?"),
        .init("outcomes_important", .applicability, "Were the outcomes that matter to patients measured?"),
        .init("benefits_outweigh_harms", .applicability, "Are the expected benefits worth the harms, burdens and costs?"),
    ])

    /// Cohort studies of harm or prognosis.
    public static let cohort = ChecklistDesign(key: "cohort", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which people, which exposure, which outcome?"),
        .init("cohort_representative", .validity, "Is the cohort a well-defined group, assembled at a similar point in the course of their condition?"),
        .init("exposure_measured", .validity, "Was exposure measured accurately, and in the same way for everyone?"),
        .init("outcome_measured", .validity, "Were outcomes measured objectively, ideally by people unaware of exposure?"),
        .init("confounders_addressed", .validity, "Were important confounders identified and allowed for in design or analysis?"),
        .init("follow_up_complete", .validity, "Was follow-up complete enough that losses could not change the answer?"),
        .init("follow_up_long_enough", .validity, "Was follow-up long enough for the outcome to appear?"),
        .init("effect_size", .results, "How strong is the association between exposure and outcome?"),
        .init("precision", .results, "Is the estimate precise enough to act on?"),
        .init("believable", .results, "Is the result plausible, and in line with other evidence (dose-response, timing, biology)?"),
        .init("applies_to_patient", .applicability, "Are my patients like the cohort in the ways that matter?"),
        .init("changes_practice", .applicability, "Would the result change what I advise or do?"),
    ])

    /// Case-control studies.
    public static let caseControl = ChecklistDesign(key: "case-control", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which outcome, which exposure, in whom?"),
        .init("cases_defined", .validity, "Were cases defined precisely and recruited in a way that avoids selection bias?"),
        .init("controls_comparable", .validity, "Were controls drawn from the population that produced the cases?"),
        .init("exposure_measured", .validity, "Was exposure established in the same way for cases and controls, ideally without knowing which was which?"),
        .init("confounders_addressed", .validity, "Were important confounders identified and allowed for in design or analysis?"),
        .init("effect_size", .results, "How strong is the association (odds ratio)?"),
        .init("precision", .results, "Is the estimate precise enough to act on?"),
        .init("applies_to_patient", .applicability, "Are my patients like the study's cases in the ways that matter?"),
        .init("consistent_with_other_evidence", .applicability, "Does the result agree with other available evidence?"),
    ])

    /// Systematic reviews, with or without meta-analysis.
    public static let systematicReview = ChecklistDesign(key: "systematic-review", questions: [
        .init("focused_question", .validity, "Does the review set out a clear question: population, intervention or exposure, outcomes?"),
        .init("right_studies", .validity, "Did the review include the kind of studies that can answer the question?"),
        .init("search_comprehensive", .validity, "Was the search wide enough to be unlikely to miss relevant studies, published or not?"),
        .init("quality_assessed", .validity, "Was the risk of bias of each included study assessed?"),
        .init("selection_reproducible", .validity, "Were selection and data extraction done in a reproducible way, e.g. by two reviewers independently?"),
        .init("combining_reasonable", .validity, "Were the studies similar enough for their results to be combined?"),
        .init("overall_result", .results, "Is the overall result clearly stated, with its size?"),
        .init("precision", .results, "Is the overall estimate precise enough to act on?"),
        .init("applies_to_patient", .applicability, "Are my patients like those in the included studies in the ways that matter?"),
        .init("outcomes_important", .applicability, "Were the outcomes that matter to patients considered?"),
        .init("benefits_outweigh_harms", .applicability, "Are the expected benefits worth the harms, burdens and costs?"),
    ])

    /// Diagnostic accuracy studies.
    public static let diagnostic = ChecklistDesign(key: "diagnostic", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which test, for which condition, in whom?"),
        .init("reference_standard", .validity, "Was the test compared with an appropriate reference standard?"),
        .init("reference_in_all", .validity, "Did every patient receive the reference standard, whatever the test's result?"),
        .init("independent_blind", .validity, "Were the test and the reference standard read independently, each without knowing the other's result?"),
        .init("spectrum_appropriate", .validity, "Did the patients span the range in whom the test would be used in practice?"),
        .init("test_described", .validity, "Is the test described well enough to be repeated?"),
        .init("accuracy_reported", .results, "Are sensitivity, specificity or likelihood ratios reported, or can they be worked out?"),
        .init("precision", .results, "Are the accuracy estimates precise enough to act on?"),
        .init("test_available", .applicability, "Is the test available, affordable and reproducible where I work?"),
        .init("changes_management", .applicability, "Would the result of the test change what I do for my patient?"),
        .init("applies_to_patient", .applicability, "Is my patient like the study's patients in the ways that matter?"),
    ])
}
