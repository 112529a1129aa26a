import Statistics

/// Benchmarks of two-by-two tables, rank tests and survival methods, each at two sizes a factor
/// of ten apart so that sub-quadratic growth is visible.
let comparisonBenchmarks: [Benchmark] = [1_000, 10_000].flatMap { perArm in
    [fisherBenchmark(perArm: perArm), mannWhitneyBenchmark(perGroup: perArm)]
} + [15, 49].map(exactMannWhitneyBenchmark(perGroup:)) + [16, 50].map(chiSquareBenchmark(side:)) + [10_000, 100_000].flatMap { rows in
    [kaplanMeierBenchmark(rows: rows), logRankBenchmark(rows: rows)]
}

/// A deterministic SplitMix64 stream, so every run measures the same data.
struct BenchmarkRandom {
    var state: UInt64
    mutating func next(_ bound: UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) % bound
    }
}

func fisherBenchmark(perArm: Int) -> Benchmark {
    let table = try? TwoByTwoTable(
        experimentalEvents: perArm * 31 / 100, experimentalTotal: perArm, controlEvents: perArm * 30 / 100, controlTotal: perArm)
    return Benchmark(name: "fisher exact two-sided, \(perArm) per arm", size: 2 * perArm) {
        guard let table, let result = try? FisherExactTest.test(table) else { return .nan }
        return result.pValue
    }
}

func chiSquareBenchmark(side: Int) -> Benchmark {
    var random = BenchmarkRandom(state: 3)
    let table = (0..<side).map { _ in (0..<side).map { _ in Int(random.next(100)) + 1 } }
    return Benchmark(name: "chi-square \(side)x\(side) table", size: side * side) {
        (try? ChiSquareTest.pearson(table))?.test.pValue ?? .nan
    }
}

func mannWhitneyBenchmark(perGroup: Int) -> Benchmark {
    var random = BenchmarkRandom(state: 5)
    let first = (0..<perGroup).map { _ in Double(random.next(10_000)) / 10 }
    let second = (0..<perGroup).map { _ in Double(random.next(10_200)) / 10 }
    return Benchmark(name: "mann-whitney U, \(perGroup) per group", size: 2 * perGroup) {
        (try? MannWhitneyU.test(first, second))?.pValue ?? .nan
    }
}

func exactMannWhitneyBenchmark(perGroup: Int) -> Benchmark {
    let first = (0..<perGroup).map { Double(2 * $0) }
    let second = (0..<perGroup).map { Double(2 * $0 + 5) }
    return Benchmark(name: "mann-whitney U exact, \(perGroup) per group", size: 2 * perGroup) {
        (try? MannWhitneyU.test(first, second))?.pValue ?? .nan
    }
}

func survivalRecords(_ count: Int) -> [SurvivalRecord] {
    var random = BenchmarkRandom(state: 7)
    return (0..<count).map { index in
        SurvivalRecord(
            group: index % 2 == 0 ? "treatment" : "control", time: Double(random.next(50_000)) / 10,
            event: random.next(10) < 7)
    }
}

func kaplanMeierBenchmark(rows: Int) -> Benchmark {
    let records = survivalRecords(rows)
    return Benchmark(name: "kaplan-meier, 2 groups", size: rows) {
        (try? KaplanMeier.estimate(records))?.first?.median ?? .nan
    }
}

func logRankBenchmark(rows: Int) -> Benchmark {
    let records = survivalRecords(rows)
    return Benchmark(name: "log-rank, 2 groups", size: rows) {
        (try? LogRankTest.test(records))?.test.pValue ?? .nan
    }
}
