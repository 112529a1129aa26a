import RealModule

/// Tail sums of a hypergeometric law by the ratio recurrence
/// p(k+1)/p(k) = (K-k)(n-k) / ((k+1)(N-K-n+k+1)), anchored on the law's log-PMF.
struct HypergeometricTails {
    let law: HypergeometricDistribution
    let population: Double
    let successes: Double
    let draws: Double
    let lower: Int
    let upper: Int
    let mode: Int

    init(law: HypergeometricDistribution, population: Int, successes: Int, draws: Int) {
        self.law = law
        self.population = Double(population)
        self.successes = Double(successes)
        self.draws = Double(draws)
        lower = law.support.lowerBound
        upper = law.support.upperBound
        let guess = ((Double(draws) + 1) * (Double(successes) + 1) / (Double(population) + 2)).rounded(.down)
        mode = Swift.min(upper, Swift.max(lower, Int(guess)))
    }

    /// p(k+1) / p(k).
    func ratio(_ k: Int) -> Double {
        let x = Double(k)
        return (successes - x) * (draws - x) / ((x + 1) * (population - successes - draws + x + 1))
    }

    /// Σ p(j) for j from `start` away from the mode to the end of the support (downward when
    /// `downward`); `start` must lie on that side of the mode.
    func tail(from start: Int, downward: Bool) -> Double {
        guard start >= lower, start <= upper else { return 0 }
        var sum = 1.0
        var term = 1.0
        var k = start
        while downward ? k > lower : k < upper {
            if downward {
                term /= ratio(k - 1)
                k -= 1
            } else {
                term *= ratio(k)
                k += 1
            }
            sum += term
            if term < sum * 1e-17 { break }
        }
        return sum * Double.exp(law.logPMF(start))
    }

    /// P(X <= k).
    func atMost(_ k: Int) -> Double {
        if k >= upper { return 1 }
        return k < mode ? tail(from: k, downward: true) : 1 - tail(from: k + 1, downward: false)
    }

    /// P(X >= k).
    func atLeast(_ k: Int) -> Double {
        if k <= lower { return 1 }
        return k > mode ? tail(from: k, downward: false) : 1 - tail(from: k - 1, downward: true)
    }

    /// Σ p(j) over every j with p(j) <= p(k)·(1 + 1e-7).
    func noMoreProbableThan(_ k: Int) -> Double {
        let threshold = law.logPMF(k) + Double.log(onePlus: 1e-7)
        guard law.logPMF(mode) > threshold else { return 1 }
        var low = lower
        var high = mode
        while low < high {
            let middle = low + (high - low) / 2
            if law.logPMF(middle) > threshold { high = middle } else { low = middle + 1 }
        }
        let firstAbove = low
        low = mode
        high = upper
        while low < high {
            let middle = low + (high - low + 1) / 2
            if law.logPMF(middle) > threshold { low = middle } else { high = middle - 1 }
        }
        let lastAbove = low
        return tail(from: firstAbove - 1, downward: true) + tail(from: lastAbove + 1, downward: false)
    }
}
