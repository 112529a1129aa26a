/// The checklists for prognosis, prediction rules, qualitative research and economic evaluation.
extension ChecklistCatalogue {
    /// Studies of prognosis: what happens over time to patients with a condition, and what changes it.
    public static let prognosis = ChecklistDesign(key: "prognosis", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which patients, followed from when, for which outcomes?"),
        .init("inception_cohort", .validity, "Were the patients a well-defined group, all gathered at a similar and early point in the course of their illness?"),
        .init("sample_representative", .validity, "Does the group resemble the patients seen in practice, rather than a few filtered through referral?"),
        .init("follow_up_complete", .validity, "Were nearly all patients followed to the end, so that those lost could not change the picture?"),
        .init("follow_up_long_enough", .validity, "Did follow-up last long enough for the outcomes of interest to occur?"),
        .init("outcomes_objective", .validity, "Were the outcomes defined beforehand by explicit, objective criteria?"),
        .init("outcomes_blinded", .validity, "Were those judging the outcomes unaware of each patient's prognostic factors?"),
        .init("factors_adjusted", .validity, "When groups with different outlooks were compared, were the other important prognostic factors allowed for?"),
        .init("validated", .validity, "Were the prognostic factors confirmed in a second, independent group of patients?"),
        .init("outcome_likelihood", .results, "How likely are the outcomes over time (survival curves, or event rates at stated times)?"),
        .init("precision", .results, "How precise are those estimates of risk over time?"),
        .init("applies_to_patient", .applicability, "Are the study's patients like mine in the ways that affect the outlook?"),
        .init("changes_management", .applicability, "Will knowing the prognosis change my treatment, or what I can tell my patient and their family?"),
    ])

    /// Studies that derive, validate or test the impact of a clinical prediction rule.
    public static let clinicalPredictionRule = ChecklistDesign(key: "clinical-prediction-rule", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which rule, predicting what, in which patients?"),
        .init("patients_representative", .validity, "Did the patients span the range of those in whom the rule would be used?"),
        .init("predictors_defined", .validity, "Were the predictors clearly defined and recorded in the same way for every patient?"),
        .init("outcome_blinded", .validity, "Was the outcome judged by explicit criteria, by people who did not know the predictor values?"),
        .init("outcome_in_all", .validity, "Was the outcome established for every patient, whatever the rule predicted?"),
        .init("enough_events", .validity, "Were there enough outcome events for the number of candidate predictors examined?"),
        .init("validated", .validity, "Has the rule been tested in a separate group of patients, ideally in other places and by other clinicians?"),
        .init("performance_reported", .results, "Is the rule's performance reported: risk in each category, sensitivity and specificity or likelihood ratios, discrimination and calibration?"),
        .init("precision", .results, "Are those estimates precise enough to act on?"),
        .init("applies_to_patient", .applicability, "Is my patient like those in whom the rule was built and tested?"),
        .init("usable_in_practice", .applicability, "Are the predictors easy to obtain where I work, and the rule simple enough to apply at the bedside?"),
        .init("impact_shown", .applicability, "Is there evidence that using the rule improves decisions, use of resources or patient outcomes?"),
        .init("changes_management", .applicability, "Would the rule's prediction change what I do, beyond my own clinical judgement?"),
    ])

    /// Qualitative research: interviews, focus groups, observation.
    public static let qualitative = ChecklistDesign(key: "qualitative", questions: [
        .init("focused_question", .validity, "Does the study say clearly what it set out to understand, and why that matters?"),
        .init("qualitative_appropriate", .validity, "Is a qualitative approach the right one for that aim?"),
        .init("design_suitable", .validity, "Does the chosen approach (e.g. grounded theory, phenomenology, ethnography) suit the aim, and is the choice explained?"),
        .init("sampling_appropriate", .validity, "Were participants chosen so as to bring out the range of relevant views and experiences?"),
        .init("data_collection", .validity, "Were data gathered in a way that fits the aim, described in detail, and continued until new ideas stopped appearing?"),
        .init("reflexivity", .validity, "Did the researchers consider how their own position and relationship with participants could shape what they found?"),
        .init("ethics_addressed", .validity, "Were ethical matters such as consent, confidentiality and possible distress handled?"),
        .init("analysis_rigorous", .validity, "Was the analysis systematic and described well enough to follow, e.g. with more than one analyst or a check with participants?"),
        .init("findings_clear", .results, "Are the findings stated clearly, and do they answer the study's aim?"),
        .init("findings_supported", .results, "Are the findings backed by enough of the data, such as quotations, including accounts that run against the main themes?"),
        .init("applies_to_patient", .applicability, "Are the participants and setting close enough to my patients and setting for the findings to carry over?"),
        .init("value_for_practice", .applicability, "Do the findings add to what is known, and help me understand or care for my patients?"),
    ])

    /// Economic evaluations: cost-effectiveness, cost-utility and cost-benefit analyses.
    public static let economicEvaluation = ChecklistDesign(key: "economic-evaluation", questions: [
        .init("focused_question", .validity, "Does the study set out a clear question: which options are compared, for whom, and from whose point of view?"),
        .init("alternatives_relevant", .validity, "Were all the sensible alternatives compared, including usual care or doing nothing where that is an option?"),
        .init("effectiveness_established", .validity, "Does the evidence that the options work come from sound studies, such as a good trial or systematic review?"),
        .init("costs_consequences_identified", .validity, "Were all the costs and consequences that matter from the stated point of view identified?"),
        .init("costs_consequences_valued", .validity, "Were costs and consequences measured in suitable units and given believable values?"),
        .init("discounted", .validity, "Were costs and consequences that fall in future years discounted to present values?"),
        .init("incremental_analysis", .validity, "Were the extra costs of one option set against its extra consequences (an incremental analysis)?"),
        .init("incremental_result", .results, "What are the extra cost and the extra benefit of the preferred option, and the cost of each unit of benefit gained?"),
        .init("precision", .results, "Was the uncertainty explored in sensitivity analyses, and does the conclusion survive plausible changes?"),
        .init("applies_to_patient", .applicability, "Are the patients and setting like mine in the ways that affect costs and outcomes?"),
        .init("costs_apply_locally", .applicability, "Would the resources used and their prices be similar where I work?"),
        .init("benefits_worth_costs", .applicability, "Are the expected benefits worth the harms and costs, given what else the money could buy?"),
    ])
}
