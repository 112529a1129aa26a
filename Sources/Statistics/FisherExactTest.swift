/// Fisher's exact test for a two-by-two table, conditional on both margins.
///
/// Under the null hypothesis the experimental arm's event count a is hypergeometric. The
/// two-sided P value is the total probability of the tables no more probable than the observed
/// one, with R's relative tolerance: tables with p <= p_observed·(1 + 1e-7) count (as R's
/// fisher.test and scipy's fisher_exact define it). The hypergeometric law is unimodal, so those
/// tables form the two tails outside one interval around the mode; each tail is found by binary
/// search and summed outward from its edge by the ratio recurrence, stopping once terms are
/// negligible. The cost is O(log n + tail length), well under a millisecond for n = 10,000.
public enum FisherExactTest {
    /// Which departure from independence the P value measures.
    public enum Alternative: Equatable, Sendable {
        /// Either direction: the odds ratio differs from 1.
        case twoSided
        /// The experimental arm has more events than expected (odds ratio > 1): P(X >= a).
        case greater
        /// The experimental arm has fewer events than expected (odds ratio < 1): P(X <= a).
        case less
    }

    /// The P value of Fisher's exact test for `table`; `statistic` and degrees of freedom are nil.
    ///
    /// Every valid table has a P value (a table with an empty margin has P = 1).
    public static func test(_ table: TwoByTwoTable, alternative: Alternative = .twoSided) throws(StatisticsError) -> TestResult {
        let a = table.experimentalEvents
        let population = table.experimentalTotal + table.controlTotal
        let successes = table.experimentalEvents + table.controlEvents
        let law = try HypergeometricDistribution(populationSize: population, successes: successes, draws: table.experimentalTotal)
        let tails = HypergeometricTails(law: law, population: population, successes: successes, draws: table.experimentalTotal)
        let p: Double
        switch alternative {
        case .less: p = tails.atMost(a)
        case .greater: p = tails.atLeast(a)
        case .twoSided: p = tails.noMoreProbableThan(a)
        }
        let name = switch alternative {
        case .twoSided: "Fisher's exact test (two-sided)"
        case .greater: "Fisher's exact test (one-sided, greater)"
        case .less: "Fisher's exact test (one-sided, less)"
        }
        return TestResult(statistic: nil, degreesOfFreedom: nil, pValue: min(1, max(0, p)), method: name)
    }
}
