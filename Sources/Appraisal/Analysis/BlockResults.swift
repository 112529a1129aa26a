import Statistics

/// One computed statistic of a data block: its value, interval, and how it was computed.
public struct ComputedStatistic: Hashable, Sendable {
    /// The name inside the block, e.g. `nnt`, `ivig.risk`, `fisher.p`.
    public var name: String
    /// The number with its meaning and interval.
    public var quantity: Quantity
    /// The method in words, e.g. "Newcombe hybrid score interval".
    public var method: String
    /// Anything done to the data first, e.g. a zero-cell correction.
    public var adjustments: [String]
    /// For an NNT, its direction and Altman interval, which formatting needs.
    public var nnt: NNTPresentation?
}

/// Everything computed from one data block, in the order a result table lists it, plus the
/// statistics that could not be computed and why.
public struct BlockResults: Sendable {
    /// The block the results come from.
    public var block: DataBlock
    /// Computed statistics in display order.
    public private(set) var statistics: [ComputedStatistic] = []
    /// Names that exist for this kind of block but have no value here, with the reason.
    public private(set) var unavailable: [String: String] = [:]
    /// Kaplan-Meier curves of a survival block, by arm slug, for `<arm>.survival(t)`.
    public internal(set) var survivalCurves: [String: KaplanMeierCurve] = [:]
    /// The pooled result of a meta-analysis block, for its table and figures.
    public internal(set) var metaAnalysis: MetaAnalysisResult?
    /// The checks of reported figures against recomputed ones.
    public internal(set) var checks: [VerificationCheck] = []
    private var index: [String: Int] = [:]

    /// Starts an empty result set for `block`.
    public init(block: DataBlock) {
        self.block = block
    }

    /// The statistic called `name` (e.g. `rr`), if computed.
    public subscript(name: String) -> ComputedStatistic? {
        index[name].map { statistics[$0] }
    }

    /// Every name expressions can use: computed statistics, their `.low`/`.high`, and unavailable ones.
    public var names: [String] {
        var names: [String] = []
        for statistic in statistics {
            names.append(statistic.name)
            if statistic.quantity.interval != nil { names += [statistic.name + ".low", statistic.name + ".high"] }
        }
        return names + unavailable.keys.sorted()
    }

    /// Records a statistic.
    mutating func add(_ name: String, _ quantity: Quantity, method: String, adjustments: [String] = [], nnt: NNTPresentation? = nil) {
        guard quantity.value.isFinite || quantity.kind == .nnt else {
            unavailable[name] = "it is not a finite number for these data"
            return
        }
        index[name] = statistics.count
        statistics.append(ComputedStatistic(name: name, quantity: quantity, method: method, adjustments: adjustments, nnt: nnt))
    }

    /// Records an estimate with its interval.
    mutating func add(_ name: String, _ estimate: Estimate, kind: QuantityKind, decimals: Int? = nil) {
        add(name, Quantity(estimate.value, kind: kind, interval: estimate.interval, defaultDecimals: decimals),
            method: estimate.method, adjustments: estimate.adjustments)
    }

    /// Records a test's statistic, degrees of freedom and P value under `prefix`.
    mutating func add(test result: TestResult, prefix: String, statisticName: String = "stat") {
        if let statistic = result.statistic {
            add("\(prefix).\(statisticName)", Quantity(statistic, kind: .statistic, defaultDecimals: 2), method: result.method)
        }
        if let df = result.degreesOfFreedom {
            let whole = df == df.rounded()
            add("\(prefix).df", Quantity(df, kind: .degreesOfFreedom, defaultDecimals: whole ? 0 : 1), method: result.method)
        }
        add("\(prefix).p", Quantity(result.pValue, kind: .pValue), method: result.method)
    }

    /// Records that `name` exists for this block but has no value, and why.
    mutating func markUnavailable(_ name: String, reason: String) {
        unavailable[name] = reason
    }

    /// Runs `compute`, recording `names` as unavailable with the reason when it throws.
    mutating func attempt(_ names: [String], _ compute: (inout BlockResults) throws(StatisticsError) -> Void) {
        do {
            try compute(&self)
        } catch {
            for name in names where index[name] == nil { unavailable[name] = error.description }
        }
    }
}

extension BlockResults {
    /// `results` by block id, the first of any two with one id: how the review blocks and
    /// expressions find a data block's results.
    static func byID(_ results: [BlockResults]) -> [String: BlockResults] {
        Dictionary(results.map { ($0.block.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
