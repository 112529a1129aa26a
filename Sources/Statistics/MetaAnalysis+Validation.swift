extension MetaAnalysis {
    /// The kinds of data a study can report, for checking that studies and measure agree.
    enum DataKind: String, Sendable {
        case counts, means, estimates

        init(_ data: MetaAnalysisStudy.Data) {
            switch data {
            case .counts: self = .counts
            case .means: self = .means
            case .estimate: self = .estimates
            }
        }

        /// The measures this kind of data supports.
        var measures: [MetaAnalysisMeasure] {
            switch self {
            case .counts: [.rr, .or, .rd]
            case .means: [.md, .smd]
            case .estimates: [.ratio, .difference]
            }
        }
    }

    /// Checks that every study reports the same kind of data, that the measure fits it and that
    /// the fixed-effect method fits the measure; returns the fixed-effect method to use.
    static func validate(_ studies: [MetaAnalysisStudy], _ options: MetaAnalysisOptions) throws(StatisticsError) -> FixedEffectMethod {
        try ConfidenceLevel.validate(options.level)
        guard let first = studies.first else { throw .undefined("a meta-analysis needs at least two studies; none were given") }
        let kind = DataKind(first.data)
        if let other = studies.first(where: { DataKind($0.data) != kind }) {
            throw .invalidArgument(
                "the studies mix data types: '\(first.name)' gives \(kind.rawValue) but '\(other.name)' gives \(DataKind(other.data).rawValue)")
        }
        guard kind.measures.contains(options.measure) else {
            let allowed = kind.measures.map(\.rawValue).joined(separator: ", ")
            throw .invalidArgument("the measure \(options.measure.rawValue) does not fit \(kind.rawValue) (use \(allowed))")
        }
        let method = options.fixedEffect ?? (kind == .counts ? .mantelHaenszel : .inverseVariance)
        switch method {
        case .mantelHaenszel where kind != .counts:
            throw .invalidArgument("Mantel-Haenszel pooling needs counts; use iv for \(kind.rawValue)")
        case .peto where options.measure != .or:
            throw .invalidArgument("Peto pooling gives odds ratios only; use it with measure or")
        default:
            return method
        }
    }
}
