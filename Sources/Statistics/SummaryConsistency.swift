/// Tests of whether printed summary statistics can come from data of a known kind, given the
/// precision they were printed at: a failure means some printed number is wrong.
///
/// Each takes the range a printed value stands for (2.35 printed to two decimals stands for
/// [2.345, 2.355]) and the number of values summarised, and answers whether any data set of that
/// kind has a mean and SD in those ranges.
public enum SummaryConsistency {
    /// The largest number of candidate sums examined; wider ranges are not testable and pass.
    static let candidateLimit = 1_000_000

    /// GRIMMER (Anaya 2016): can `count` whole numbers have a mean in `mean` and a sample SD
    /// (n − 1) in `standardDeviation`? For a whole-number sum S the sum of squares
    /// Q = (n − 1)·SD² + S²/n must itself be a whole number of the same parity as S.
    ///
    /// A necessary condition only: it never rejects possible data (GRIM's check of the mean is
    /// part of it, so a GRIM failure fails here too).
    public static func grimmer(mean: ClosedRange<Double>, standardDeviation: ClosedRange<Double>, count: Int) -> Bool {
        guard count >= 2, let sums = wholeSums(mean, count: count) else { return true }
        let n = Double(count)
        let lowSD = max(0, standardDeviation.lowerBound), highSD = max(0, standardDeviation.upperBound)
        for sum in sums {
            let s = Double(sum)
            let low = (n - 1) * lowSD * lowSD + s * s / n
            let high = (n - 1) * highSD * highSD + s * s / n
            var candidate = (low - tolerance(low)).rounded(.up)
            let candidateIsOdd = abs(candidate.truncatingRemainder(dividingBy: 2)) == 1
            if candidateIsOdd != !sum.isMultiple(of: 2) { candidate += 1 }
            if candidate <= high + tolerance(high) { return true }
        }
        return false
    }

    /// DEBIT (Heathers and Brown 2019): can `count` values that are each 0 or 1 have a mean
    /// (the proportion of ones) in `mean` and a sample SD in `standardDeviation`? With k ones the
    /// SD is √(k(n − k) / (n(n − 1))), so only n + 1 pairs are possible.
    public static func debit(mean: ClosedRange<Double>, standardDeviation: ClosedRange<Double>, count: Int) -> Bool {
        guard count >= 2, let sums = wholeSums(mean, count: count) else { return true }
        let n = Double(count)
        for ones in sums where ones >= 0 && ones <= count {
            let k = Double(ones)
            let sd = (k * (n - k) / (n * (n - 1))).squareRoot()
            if sd >= standardDeviation.lowerBound - tolerance(sd), sd <= standardDeviation.upperBound + tolerance(sd) { return true }
        }
        return false
    }

    /// The whole-number sums whose mean lies in `mean`; nil when there are too many to test.
    private static func wholeSums(_ mean: ClosedRange<Double>, count: Int) -> Range<Int>? {
        let n = Double(count)
        let low = (mean.lowerBound * n - tolerance(mean.lowerBound * n)).rounded(.up)
        let high = (mean.upperBound * n + tolerance(mean.upperBound * n)).rounded(.down)
        guard low.isFinite, high.isFinite, high - low < Double(candidateLimit), abs(low) < 1e15, abs(high) < 1e15 else { return nil }
        guard low <= high else { return 0..<0 }
        return Int(low)..<(Int(high) + 1)
    }

    /// Room for binary floating point at a rounding boundary (2.345 is not exactly representable).
    private static func tolerance(_ x: Double) -> Double { 1e-9 * max(1, abs(x)) }
}
