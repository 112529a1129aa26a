/// The parts of a scaffold that depend on the design: the question's template and the results
/// section with the data block that fits (survival rows for prognosis, none where a study has no
/// counts to recompute).
extension AppraisalScaffold {
    /// The one-sentence question to complete, shaped for `design`.
    static func questionTemplate(_ design: ChecklistDesign) -> String {
        switch design.key {
        case "prognosis": "TODO: In [population], how likely is [outcome] over [time], and does [prognostic factor] change it?"
        case "clinical-prediction-rule": "TODO: In [population], how well does [rule] predict [outcome]?"
        case "qualitative": "TODO: How do [people] experience [condition, treatment or service]?"
        case "economic-evaluation": "TODO: In [population], is [intervention] worth its cost compared with [comparison], judged by [outcome]?"
        default: "TODO: In [population], does [intervention] compared with [comparison] change [outcome]?"
        }
    }

    /// The text of the Results section, ending with its data block if the design has one.
    static func results(_ design: ChecklistDesign) -> String {
        switch design.key {
        case "prognosis": prognosisResults
        case "diagnostic": diagnosticResults
        case "systematic-review": reviewResults
        case "clinical-prediction-rule": predictionRuleResults
        case "qualitative":
            "TODO: set out the main themes the study found, each with a short quotation or example from the participants.\n"
        case "economic-evaluation":
            """
            TODO: report the extra cost and extra benefit of the preferred option, the cost per unit of benefit (e.g. per QALY \
            gained) and how the sensitivity analyses moved it; write a figure that cannot be recomputed as `{{ quote: ... }}`.

            """
        default: treatmentResults
        }
    }

    private static let treatmentResults = """
        TODO: report the main result with {{ outcome.rr | ci }} and {{ outcome.nnt | ci }} once the numbers below are filled in.

        ```data outcome
        type: binary
        outcome: "TODO: the outcome counted"
        arms:
          Treatment: 1/2   # TODO: events/total in the experimental group
          Control: 1/2     # TODO: events/total in the control group
        ```

        """

    private static let prognosisResults = """
        TODO: report how the outcome unfolded over time, e.g. median time to it of {{ outcome.factor_present.median }} with the \
        factor and {{ outcome.factor_absent.median }} without, a hazard ratio of {{ outcome.hr | ci }} (log-rank \
        {{ outcome.logrank.p | p }}), once the rows below are filled in.

        ```data outcome
        type: survival
        outcome: "TODO: the outcome followed over time, and the unit of time"
        # TODO: one row per patient: group (with or without the factor), time to the outcome or to the last follow-up, event 1 (outcome) or 0 (censored)
        csv: |
          group,time,event
          Factor present,1,1
          Factor present,2,0
          Factor absent,1,1
          Factor absent,2,0
        figures: [km]
        ```

        """

    private static let diagnosticResults = """
        TODO: report the test's sensitivity {{ test.sensitivity | ci }} and specificity {{ test.specificity | ci }}, its \
        likelihood ratios {{ test.lr_positive | ci }} and {{ test.lr_negative | ci }}, and what a positive result means for \
        your patient: {{ test.posttest_positive | ci }}, once the counts below are filled in.

        ```data test
        type: diagnostic
        target: "TODO: the condition the test looks for"
        test: "TODO: the index test and its cut-off"
        reference: "TODO: the reference standard"
        counts: {tp: 1, fp: 1, fn: 1, tn: 1}   # TODO: true and false positives, false and true negatives from the paper's 2×2 table
        pretest: 0.5                          # TODO: your patient's probability of the condition before the test
        figures: [nomogram]
        ```

        """

    private static let reviewResults = """
        TODO: report the pooled effect {{ studies.random | ci }} ({{ studies.k }} studies, {{ studies.n }} participants), \
        how much the studies disagree (I² {{ studies.i2 }}%, prediction interval {{ studies.prediction | ci }}), once the \
        studies below are filled in.

        ```data studies
        type: meta-analysis
        outcome: "TODO: the outcome pooled"
        measure: rr
        studies:
          First study 2001: 1/2 vs 1/2    # TODO: events/total with the intervention vs the comparison, one line per study
          Second study 2005: 1/2 vs 1/2
          Third study 2010: 1/2 vs 1/2
        figures: [forest, funnel]
        ```

        TODO: judge each study's risk of bias, domain by domain.

        ```risk-of-bias rob2
        block: studies
        First study 2001: {randomisation: some concerns, deviations: some concerns, missing: some concerns, measurement: some concerns, selection: some concerns}
        Second study 2005: {randomisation: some concerns, deviations: some concerns, missing: some concerns, measurement: some concerns, selection: some concerns}
        Third study 2010: {randomisation: some concerns, deviations: some concerns, missing: some concerns, measurement: some concerns, selection: some concerns}
        ```

        ```summary-of-findings
        population: "TODO: who"
        intervention: "TODO: what"
        comparison: "TODO: against what"
        outcomes:
          - block: studies
            certainty: moderate
            downgrade: {risk_of_bias: serious}
            comment: "TODO: what the pooled result means for patients"
        ```

        """

    private static let predictionRuleResults = """
        TODO: report how often the outcome occurred in each group the rule assigns, e.g. {{ outcome.high_risk.risk | ci }} against \
        {{ outcome.low_risk.risk | ci }}, and the rule's sensitivity, specificity or likelihood ratios as the study gives them.

        ```data outcome
        type: binary
        outcome: "TODO: the outcome the rule predicts"
        arms:
          High risk: 1/2   # TODO: patients with the outcome/all patients the rule calls high risk
          Low risk: 1/2    # TODO: patients with the outcome/all patients the rule calls low risk
        ```

        """
}
