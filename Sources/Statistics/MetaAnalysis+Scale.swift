import RealModule

extension MetaAnalysis {
    /// The map from the analysis scale back to the measure's own: exp for ratios, identity otherwise.
    struct Scale: Sendable {
        let isRatio: Bool

        init(measure: MetaAnalysisMeasure) { isRatio = measure.isRatio }

        /// A value on the measure's own scale.
        func natural(_ value: Double) -> Double { isRatio ? Double.exp(value) : value }

        /// An estimate on the measure's own scale from analysis-scale value and limits.
        func estimate(_ value: Double, _ low: Double, _ high: Double, _ level: Double, method: String,
                      adjustments: [String] = []) -> Estimate {
            Estimate(value: natural(value), interval: ConfidenceInterval(low: natural(low), high: natural(high), level: level),
                     method: method, adjustments: adjustments)
        }
    }
}
