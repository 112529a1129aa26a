/// The exact null distribution of the Mann-Whitney U statistic for samples of m and n values
/// without ties: the number of arrangements giving each U is the coefficient of q^U in the
/// Gaussian binomial coefficient [m+n choose m]_q (Mann and Whitney 1947). The coefficients are
/// built with the q-Pascal rule [N, k] = [N-1, k-1] + q^k·[N-1, k], which only adds positive
/// numbers, so the tail probabilities keep full relative accuracy.
struct MannWhitneyExactDistribution {
    /// counts[u] = number of arrangements with U = u, for u in 0...m·n.
    let counts: [Double]
    /// Σ counts = C(m+n, m).
    let total: Double

    init(m: Int, n: Int) {
        let k = min(m, n)
        let size = m + n
        var polynomials: [[Double]] = Array(repeating: [], count: k + 1)
        polynomials[0] = [1]
        if size > 0 {
            for rows in 1...size {
                for j in stride(from: min(rows, k), through: 1, by: -1) where rows - j <= size - k {
                    let previous = polynomials[j]
                    let lower = polynomials[j - 1]
                    var next = Array(repeating: 0.0, count: j * (rows - j) + 1)
                    for (power, coefficient) in lower.enumerated() where power < next.count {
                        next[power] += coefficient
                    }
                    for (power, coefficient) in previous.enumerated() where power + j < next.count {
                        next[power + j] += coefficient
                    }
                    polynomials[j] = next
                }
            }
        }
        counts = polynomials[k]
        total = counts.reduce(0, +)
    }

    /// P(U <= u).
    func cdf(_ u: Double) -> Double {
        guard u >= 0 else { return 0 }
        let last = min(counts.count - 1, Int(u.rounded(.down)))
        var sum = 0.0
        for index in 0...last { sum += counts[index] }
        return sum / total
    }
}
