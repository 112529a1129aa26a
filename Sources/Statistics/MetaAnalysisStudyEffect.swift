import RealModule

/// One study reduced to what the pooling needs: its effect yᵢ and variance vᵢ on the analysis
/// scale, its cells for Mantel-Haenszel and Peto, and whether it is left out and why.
struct MetaAnalysisStudyEffect: Sendable {
    /// The cells a, b, c, d as reported (no correction), for Mantel-Haenszel and Peto.
    struct Cells: Sendable {
        let a: Double, b: Double, c: Double, d: Double
        var n1: Double { a + b }
        var n2: Double { c + d }
        var total: Double { a + b + c + d }
    }

    let name: String
    let effect: Double
    let variance: Double
    let cells: Cells?
    let participants: Int
    let excluded: String?
    let adjustments: [String]

    /// Computes one study's effect for `measure`, validating its data first.
    init(_ study: MetaAnalysisStudy, measure: MetaAnalysisMeasure) throws(StatisticsError) {
        name = study.name
        do {
            switch study.data {
            case let .counts(a, n1, c, n2):
                let table = try TwoByTwoTable(experimentalEvents: a, experimentalTotal: n1, controlEvents: c, controlTotal: n2)
                let effect = try Self.counts(table, measure: measure)
                (self.effect, variance, excluded, adjustments) = effect
                let (ra, rc) = (Double(a), Double(c))
                cells = Cells(a: ra, b: Double(n1) - ra, c: rc, d: Double(n2) - rc)
                participants = n1 + n2
            case let .means(m1, s1, n1, m2, s2, n2):
                (effect, variance) = try Self.means(m1, s1, n1, m2, s2, n2, measure: measure)
                cells = nil
                participants = n1 + n2
                excluded = nil
                adjustments = []
            case let .estimate(value, low, high, level):
                (effect, variance) = try Self.estimate(value, low, high, level, measure: measure)
                cells = nil
                participants = 0
                excluded = nil
                adjustments = []
            }
        } catch {
            throw Self.located(error, study.name)
        }
    }

    /// The error with the study's name in front of its reason.
    private static func located(_ error: StatisticsError, _ name: String) -> StatisticsError {
        switch error {
        case .invalidArgument(let reason): .invalidArgument("study '\(name)': \(reason)")
        case .undefined(let reason): .undefined("study '\(name)': \(reason)")
        case .didNotConverge(let reason): .didNotConverge("study '\(name)': \(reason)")
        }
    }

    /// log RR, log OR or RD with its variance, 0.5 added to every cell when a cell is zero; a
    /// ratio study with no events (or only events) in both arms is marked excluded.
    private static func counts(_ table: TwoByTwoTable, measure: MetaAnalysisMeasure) throws(StatisticsError)
        -> (Double, Double, String?, [String]) {
        var excluded: String?
        if measure.isRatio {
            if table.experimentalEvents == 0, table.controlEvents == 0 {
                excluded = "no events in either arm"
            } else if table.experimentalEvents == table.experimentalTotal, table.controlEvents == table.controlTotal {
                excluded = "every patient in both arms had the event"
            }
        }
        let (a, b, c, d, adjustments) = table.ratioCells()
        switch measure {
        case .rr:
            return (Double.log(a / (a + b)) - Double.log(c / (c + d)), 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d), excluded, adjustments)
        case .or:
            return (Double.log(a) + Double.log(d) - Double.log(b) - Double.log(c), 1 / a + 1 / b + 1 / c + 1 / d, excluded, adjustments)
        case .rd:
            let (n1, n2) = (a + b, c + d)
            return (a / n1 - c / n2, a * b / (n1 * n1 * n1) + c * d / (n2 * n2 * n2), nil, adjustments)
        default:
            throw .invalidArgument("the measure \(measure.rawValue) does not fit counts (use rr, or or rd)")
        }
    }

    /// The mean difference with variance s₁²/n₁ + s₂²/n₂, or Hedges' g with metafor's
    /// `measure="SMD"` definitions: exact correction J = Γ(m/2)/(√(m/2) Γ((m−1)/2)), m = n₁ + n₂ − 2,
    /// and the large-sample variance 1/n₁ + 1/n₂ + g²/(2(n₁ + n₂)).
    private static func means(_ m1: Double, _ s1: Double, _ n1: Int, _ m2: Double, _ s2: Double, _ n2: Int,
                              measure: MetaAnalysisMeasure) throws(StatisticsError) -> (Double, Double) {
        guard m1.isFinite, m2.isFinite else { throw .invalidArgument("a mean is not a finite number") }
        guard s1.isFinite, s2.isFinite, s1 > 0, s2 > 0 else {
            throw .invalidArgument("a standard deviation is not a positive number")
        }
        guard n1 >= 1, n2 >= 1 else { throw .invalidArgument("an arm has no participants") }
        let (x1, x2) = (Double(n1), Double(n2))
        switch measure {
        case .md:
            let difference = m1 - m2
            let variance = s1 * s1 / x1 + s2 * s2 / x2
            guard difference.isFinite, variance.isFinite else { throw .undefined("the mean difference or its variance overflows") }
            return (difference, variance)
        case .smd:
            let m = x1 + x2 - 2
            guard m > 1 else { throw .undefined("Hedges' g needs at least four participants in the two arms together") }
            let scale = max(s1, s2)
            let (u1, u2) = (s1 / scale, s2 / scale)
            let pooled = scale * (((x1 - 1) * u1 * u1 + (x2 - 1) * u2 * u2) / m).squareRoot()
            let correction = Double.exp(Double.logGamma(m / 2) - 0.5 * Double.log(m / 2) - Double.logGamma((m - 1) / 2))
            let g = correction * (m1 - m2) / pooled
            guard g.isFinite else { throw .undefined("the standardised difference overflows: the pooled SD is too small") }
            return (g, 1 / x1 + 1 / x2 + g * g / (2 * (x1 + x2)))
        default:
            throw .invalidArgument("the measure \(measure.rawValue) does not fit means (use md or smd)")
        }
    }

    /// The effect and variance recovered from a printed estimate and its interval: the interval's
    /// width is 2·z·SE, on the log scale for ratios.
    private static func estimate(_ value: Double, _ low: Double, _ high: Double, _ level: Double,
                                 measure: MetaAnalysisMeasure) throws(StatisticsError) -> (Double, Double) {
        guard value.isFinite, low.isFinite, high.isFinite else { throw .invalidArgument("the estimate or a limit is not a finite number") }
        guard low < high else { throw .invalidArgument("the interval's lower limit \(low) is not below its upper limit \(high)") }
        guard low <= value, value <= high else {
            throw .invalidArgument("the interval \(low) to \(high) does not contain the estimate \(value)")
        }
        let z = try ConfidenceLevel.criticalValue(level)
        switch measure {
        case .ratio:
            guard low > 0 else { throw .invalidArgument("a ratio and its limits must be positive, but the lower limit is \(low)") }
            let se = (Double.log(high) - Double.log(low)) / (2 * z)
            guard se.isFinite, se > 0 else { throw .undefined("the interval is too narrow to recover a standard error") }
            return (Double.log(value), se * se)
        case .difference:
            let se = (high - low) / (2 * z)
            guard se.isFinite, se > 0 else { throw .undefined("the interval's width overflows") }
            return (value, se * se)
        default:
            throw .invalidArgument("the measure \(measure.rawValue) does not fit an estimate with its interval (use ratio or difference)")
        }
    }
}
