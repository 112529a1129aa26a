import RealModule

extension DiagnosticAccuracy {
    /// The likelihood ratio of a positive result, LR+ = sensitivity / (1 − specificity), with the
    /// log-method interval of Simel, Samsa and Matchar (1991):
    /// exp(ln LR+ ± z·√(1/a − 1/(a+c) + 1/b − 1/(b+d))).
    ///
    /// When a or b is zero (LR+ would be 0, infinite or 0/0), 0.5 is added to every cell for both
    /// the estimate and the interval, and `adjustments` says so. Throws `.invalidArgument` for a
    /// level outside (0, 1).
    public static func positiveLikelihoodRatio(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try logLikelihoodRatio(
            withCondition: (table.truePositives, table.falseNegatives),
            withoutCondition: (table.falsePositives, table.trueNegatives), level: level)
    }

    /// The likelihood ratio of a negative result, LR− = (1 − sensitivity) / specificity, with the
    /// log-method interval of Simel, Samsa and Matchar (1991):
    /// exp(ln LR− ± z·√(1/c − 1/(a+c) + 1/d − 1/(b+d))).
    ///
    /// When c or d is zero (LR− would be 0, infinite or 0/0), 0.5 is added to every cell for both
    /// the estimate and the interval, and `adjustments` says so. Throws `.invalidArgument` for a
    /// level outside (0, 1).
    public static func negativeLikelihoodRatio(_ table: DiagnosticTable, level: Double = 0.95) throws(StatisticsError) -> Estimate {
        try logLikelihoodRatio(
            withCondition: (table.falseNegatives, table.truePositives),
            withoutCondition: (table.trueNegatives, table.falsePositives), level: level)
    }

    /// The method every likelihood ratio reports.
    static let likelihoodRatioMethod = "log method (Simel, Samsa and Matchar 1991)"

    /// The adjustment a zero cell causes, in words.
    static let zeroCellAdjustment = "0.5 added to every cell because a cell is zero"

    /// The likelihood ratio of one result, (x/(x+y)) / (u/(u+v)), where x of the people with the
    /// condition and u of those without had it (y and v had another result), with the log-method
    /// interval; 0.5 is added to x, y, u and v when x or u is zero.
    static func logLikelihoodRatio(
        withCondition: (result: Int, other: Int), withoutCondition: (result: Int, other: Int), level: Double
    ) throws(StatisticsError) -> Estimate {
        let z = try ConfidenceLevel.criticalValue(level)
        var x = Double(withCondition.result), y = Double(withCondition.other)
        var u = Double(withoutCondition.result), v = Double(withoutCondition.other)
        var adjustments: [String] = []
        if x == 0 || u == 0 {
            (x, y, u, v) = (x + 0.5, y + 0.5, u + 0.5, v + 0.5)
            adjustments = [zeroCellAdjustment]
        }
        let ratio = (x / (x + y)) / (u / (u + v))
        let standardError = (1 / x - 1 / (x + y) + 1 / u - 1 / (u + v)).squareRoot()
        return logInterval(ratio, standardError: standardError, z: z, level: level,
                           method: likelihoodRatioMethod, adjustments: adjustments)
    }

    /// An estimate with the interval exp(ln ratio ± z·SE).
    static func logInterval(
        _ ratio: Double, standardError: Double, z: Double, level: Double, method: String, adjustments: [String]
    ) -> Estimate {
        let logRatio = Double.log(ratio)
        return Estimate(
            value: ratio,
            interval: ConfidenceInterval(
                low: Double.exp(logRatio - z * standardError), high: Double.exp(logRatio + z * standardError), level: level),
            method: method, adjustments: adjustments)
    }
}
