/// The accuracy of a diagnostic test against a reference standard: the proportions, likelihood
/// ratios and summaries a critically appraised topic on diagnosis reports, each with its
/// confidence interval and the method in words.
///
/// The proportions use the Wilson score interval; the ratios the log method with a 0.5 correction
/// for zero cells (recorded in `adjustments`). No function returns NaN or an infinity: each gives a
/// finite estimate or throws a `StatisticsError` saying why it cannot.
public enum DiagnosticAccuracy {
    /// Sensitivity, a / (a + c): the proportion of people with the condition whom the test calls
    /// positive, with the Wilson score interval.
    ///
    /// Throws `.invalidArgument` for a level outside (0, 1).
    public static func sensitivity(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try Proportion.wilson(events: table.truePositives, total: table.withCondition, level: level)
    }

    /// Specificity, d / (b + d): the proportion of people without the condition whom the test
    /// calls negative, with the Wilson score interval.
    ///
    /// Throws `.invalidArgument` for a level outside (0, 1).
    public static func specificity(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try Proportion.wilson(events: table.trueNegatives, total: table.withoutCondition, level: level)
    }

    /// The positive predictive value, a / (a + b): the proportion of people with a positive result
    /// who have the condition (at the study's prevalence), with the Wilson score interval.
    ///
    /// Throws `.undefined` when no one tested positive, `.invalidArgument` for a level outside (0, 1).
    public static func positivePredictiveValue(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        guard table.testPositives > 0 else {
            throw .undefined("no one tested positive, so the positive predictive value is 0/0")
        }
        return try Proportion.wilson(events: table.truePositives, total: table.testPositives, level: level)
    }

    /// The negative predictive value, d / (c + d): the proportion of people with a negative result
    /// who are free of the condition (at the study's prevalence), with the Wilson score interval.
    ///
    /// Throws `.undefined` when no one tested negative, `.invalidArgument` for a level outside (0, 1).
    public static func negativePredictiveValue(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        guard table.testNegatives > 0 else {
            throw .undefined("no one tested negative, so the negative predictive value is 0/0")
        }
        return try Proportion.wilson(events: table.trueNegatives, total: table.testNegatives, level: level)
    }

    /// The prevalence in the study, (a + c) / n: the pre-test probability the predictive values
    /// assume, with the Wilson score interval.
    ///
    /// Throws `.invalidArgument` for a level outside (0, 1).
    public static func prevalence(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try Proportion.wilson(events: table.withCondition, total: table.total, level: level)
    }

    /// The overall accuracy, (a + d) / n: the proportion of people the test classifies correctly,
    /// with the Wilson score interval.
    ///
    /// Throws `.invalidArgument` for a level outside (0, 1).
    public static func accuracy(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try Proportion.wilson(events: table.truePositives + table.trueNegatives, total: table.total, level: level)
    }
}
