import Statistics

/// Deterministic pseudo-random values (a linear congruential generator) so runs are comparable.
private func benchmarkValues(count: Int, seed: UInt64, shift: Double) -> [Double] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return shift + Double(state >> 11) / Double(UInt64(1) << 53) * 10
    }
}

private let firstGroup = benchmarkValues(count: 10_000, seed: 1, shift: 0)
private let secondGroup = benchmarkValues(count: 10_000, seed: 2, shift: 0.1)
private let anovaGroups = (0..<5).map { benchmarkValues(count: 10_000, seed: UInt64(10 + $0), shift: Double($0) * 0.01) }
private let probes = (1...100).map { Double($0) / 101 }

/// The sum of `body` over 100 probability points spread across (0, 1).
private func sweep(_ body: (Double) -> Double) -> Double {
    probes.reduce(0) { $0 + body($1) }
}

/// Benchmarks of distributions and continuous methods (cost per call of the whole closure).
let distributionBenchmarks: [Benchmark] = [
    Benchmark(name: "t-test Student raw 2x10000", size: 20_000) {
        (try? TTest.student(firstGroup, secondGroup).pValue) ?? -1
    },
    Benchmark(name: "t-test Welch raw 2x10000", size: 20_000) {
        (try? TTest.welch(firstGroup, secondGroup).pValue) ?? -1
    },
    Benchmark(name: "Hedges g raw 2x10000", size: 20_000) {
        (try? HedgesG(firstGroup, secondGroup).value) ?? -1
    },
    Benchmark(name: "descriptives raw 10000", size: 10_000) {
        (try? Descriptives(firstGroup).median) ?? -1
    },
    Benchmark(name: "one-way ANOVA raw 5x10000", size: 50_000) {
        (try? OneWayANOVA.test(anovaGroups).pValue) ?? -1
    },
    Benchmark(name: "normal cdf+sf+quantile x100", size: 100) {
        guard let normal = try? NormalDistribution() else { return -1 }
        return sweep { normal.cdf($0 * 8 - 4) + normal.sf($0 * 8 - 4) + normal.quantile($0) }
    },
    Benchmark(name: "t(17.8) cdf+sf x100", size: 100) {
        guard let t = try? StudentTDistribution(degreesOfFreedom: 17.776) else { return -1 }
        return sweep { t.cdf($0 * 8 - 4) + t.sf($0 * 8 - 4) }
    },
    Benchmark(name: "t(17.8) quantile x100", size: 100) {
        guard let t = try? StudentTDistribution(degreesOfFreedom: 17.776) else { return -1 }
        return sweep { t.quantile($0) }
    },
    Benchmark(name: "t(1e6) cdf+quantile x100", size: 100) {
        guard let t = try? StudentTDistribution(degreesOfFreedom: 1e6) else { return -1 }
        return sweep { t.cdf($0 * 8 - 4) + t.quantile($0) }
    },
    Benchmark(name: "chi2(5) cdf+sf x100", size: 100) {
        guard let chi = try? ChiSquaredDistribution(degreesOfFreedom: 5) else { return -1 }
        return sweep { chi.cdf($0 * 20) + chi.sf($0 * 20) }
    },
    Benchmark(name: "chi2(5) quantile x100", size: 100) {
        guard let chi = try? ChiSquaredDistribution(degreesOfFreedom: 5) else { return -1 }
        return sweep { chi.quantile($0) }
    },
    Benchmark(name: "F(4,45) cdf+sf x100", size: 100) {
        guard let f = try? FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 45) else { return -1 }
        return sweep { f.cdf($0 * 10) + f.sf($0 * 10) }
    },
    Benchmark(name: "F(4,45) quantile x100", size: 100) {
        guard let f = try? FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 45) else { return -1 }
        return sweep { f.quantile($0) }
    },
    Benchmark(name: "F(4,49995) sf x100", size: 100) {
        guard let f = try? FDistribution(numeratorDegreesOfFreedom: 4, denominatorDegreesOfFreedom: 49_995) else { return -1 }
        return sweep { f.sf($0 * 10) }
    },
    Benchmark(name: "hypergeometric sf N=10000 x100", size: 10_000) {
        guard let law = try? HypergeometricDistribution(populationSize: 10_000, successes: 5_000, draws: 5_000) else { return -1 }
        return sweep { law.sf(2_400 + Int($0 * 200)) }
    },
    Benchmark(name: "hypergeometric sf far tail N=10000", size: 10_000) {
        guard let law = try? HypergeometricDistribution(populationSize: 10_000, successes: 5_000, draws: 5_000) else { return -1 }
        return law.sf(2_700)
    },
]
