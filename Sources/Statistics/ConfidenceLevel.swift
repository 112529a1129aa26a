/// Checks shared by the interval methods: the confidence level and its normal critical value.
enum ConfidenceLevel {
    /// The two-sided standard normal critical value z for `level` (1.959964 for 0.95).
    ///
    /// Computed as -Φ⁻¹((1 - level) / 2) so that the lower tail, where the quantile is most
    /// accurate, fixes the value.
    static func criticalValue(_ level: Double) throws(StatisticsError) -> Double {
        try validate(level)
        let normal = try NormalDistribution()
        return -normal.quantile((1 - level) / 2)
    }

    /// Throws unless `level` lies strictly between 0 and 1.
    static func validate(_ level: Double) throws(StatisticsError) {
        guard level > 0, level < 1 else {
            throw .invalidArgument("confidence level \(level) is not strictly between 0 and 1")
        }
    }
}
