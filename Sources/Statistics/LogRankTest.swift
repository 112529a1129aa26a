/// The log-rank test (Mantel 1966; Peto and Peto 1972) for k >= 2 groups, as R's survdiff
/// (rho = 0) and statsmodels' survdiff compute it.
///
/// At each distinct event time with n at risk and d events, group g with n_g at risk expects
/// d·n_g/n events and contributes d(n-d)/(n-1)·(n_g/n)(δ_gh - n_h/n) to the covariance of O - E.
/// The statistic is (O-E)ᵀV⁻¹(O-E) over all groups but one. Groups expecting no events (no one at
/// risk at any event time) are dropped, as R does. O(n log n) plus O(k²) per event time.
public enum LogRankTest {
    /// Tests whether the survival curves of the groups in `records` differ.
    ///
    /// Throws `.invalidArgument` for invalid records or a single group, and `.undefined` when no
    /// event was observed, fewer than two groups had anyone at risk at an event time, or the
    /// variance is zero (for example when every patient had the event at the same time).
    public static func test(_ records: [SurvivalRecord]) throws(StatisticsError) -> LogRankResult {
        let data = try SurvivalData(records)
        let k = data.groups.count
        guard k >= 2 else { throw .invalidArgument("the log-rank test needs at least two groups") }
        var atRisk = Array(repeating: 0.0, count: k)
        for code in data.codes { atRisk[code] += 1 }
        var observed = Array(repeating: 0.0, count: k)
        var expected = Array(repeating: 0.0, count: k)
        var covariance = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        var deaths = Array(repeating: 0.0, count: k)
        var leaving = Array(repeating: 0.0, count: k)
        var position = 0
        let order = data.order
        while position < order.count {
            let time = data.times[order[position]]
            let start = position
            var d = 0.0
            while position < order.count, data.times[order[position]] == time {
                let index = order[position]
                leaving[data.codes[index]] += 1
                if data.events[index] {
                    deaths[data.codes[index]] += 1
                    d += 1
                }
                position += 1
            }
            let n = atRisk.reduce(0, +)
            if d > 0 {
                let factor = n > 1 ? d * (n - d) / (n - 1) : 0
                for g in 0..<k {
                    observed[g] += deaths[g]
                    expected[g] += d * atRisk[g] / n
                    guard factor > 0, atRisk[g] > 0 else { continue }
                    for h in 0..<k {
                        let delta: Double = g == h ? 1 : 0
                        covariance[g][h] += factor * atRisk[g] / n * (delta - atRisk[h] / n)
                    }
                }
            }
            for index in order[start..<position] {
                let code = data.codes[index]
                atRisk[code] -= leaving[code]
                leaving[code] = 0
                deaths[code] = 0
            }
        }
        guard observed.reduce(0, +) > 0 else { throw .undefined("no events were observed in any group") }
        let kept = (0..<k).filter { expected[$0] > 0 }
        guard kept.count >= 2 else {
            throw .undefined("fewer than two groups had patients at risk at an event time")
        }
        let reduced = kept.dropFirst()
        let difference = reduced.map { observed[$0] - expected[$0] }
        let matrix = reduced.map { g in reduced.map { covariance[g][$0] } }
        guard let solution = SmallLinearSystem.solve(matrix, difference) else {
            throw .undefined("the log-rank variance is zero, so the groups cannot be compared")
        }
        let statistic = max(0, zip(solution, difference).reduce(0) { $0 + $1.0 * $1.1 })
        let degreesOfFreedom = Double(kept.count - 1)
        let law = try ChiSquaredDistribution(degreesOfFreedom: degreesOfFreedom)
        return LogRankResult(
            test: TestResult(
                statistic: statistic, degreesOfFreedom: degreesOfFreedom, pValue: law.sf(statistic), method: "Log-rank test"),
            groups: data.groups, observed: observed, expected: expected)
    }
}
