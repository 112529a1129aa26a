extension DiagnosticAccuracy {
    /// Youden's index J = sensitivity + specificity − 1, the test's gain over chance at its cut,
    /// with the Wald interval J ± z·√(se(1−se)/(a+c) + sp(1−sp)/(b+d)) clipped to [−1, 1].
    ///
    /// Throws `.invalidArgument` for a level outside (0, 1).
    public static func youdenIndex(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let z = try ConfidenceLevel.criticalValue(level)
        let sensitivity = Double(table.truePositives) / Double(table.withCondition)
        let specificity = Double(table.trueNegatives) / Double(table.withoutCondition)
        let index = sensitivity + specificity - 1
        let standardError = (sensitivity * (1 - sensitivity) / Double(table.withCondition)
            + specificity * (1 - specificity) / Double(table.withoutCondition)).squareRoot()
        return Estimate(
            value: index,
            interval: ConfidenceInterval(
                low: max(-1, index - z * standardError), high: min(1, index + z * standardError), level: level),
            method: "Wald interval from the variances of sensitivity and specificity, clipped to [−1, 1]")
    }
}
