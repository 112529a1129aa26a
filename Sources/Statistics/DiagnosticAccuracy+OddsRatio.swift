import RealModule

extension DiagnosticAccuracy {
    /// The diagnostic odds ratio, (a·d)/(b·c) = LR+ / LR−, with the Woolf logit interval
    /// (Woolf 1955): exp(ln DOR ± z·√(1/a + 1/b + 1/c + 1/d)).
    ///
    /// When any cell is zero, 0.5 is added to every cell for both the estimate and the interval,
    /// and `adjustments` says so. Throws `.invalidArgument` for a level outside (0, 1).
    public static func diagnosticOddsRatio(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        let z = try ConfidenceLevel.criticalValue(level)
        var a = Double(table.truePositives), b = Double(table.falsePositives)
        var c = Double(table.falseNegatives), d = Double(table.trueNegatives)
        var adjustments: [String] = []
        if a == 0 || b == 0 || c == 0 || d == 0 {
            (a, b, c, d) = (a + 0.5, b + 0.5, c + 0.5, d + 0.5)
            adjustments = [zeroCellAdjustment]
        }
        return logInterval(
            (a * d) / (b * c), standardError: (1 / a + 1 / b + 1 / c + 1 / d).squareRoot(), z: z, level: level,
            method: "Woolf logit interval", adjustments: adjustments)
    }
}
