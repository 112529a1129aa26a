/// Midranks of two pooled samples: the first sample's rank sum and the tie structure, in
/// O(n log n): each sample is sorted on its own, then one merge pass walks runs of equal values.
struct RankSum {
    /// The sum of the first sample's midranks (ranks start at 1; tied values share their mean rank).
    let firstRankSum: Double
    /// Σ (t³ - t) over runs of t tied values, for the variance's tie correction.
    let tieTerm: Double
    /// Whether any value occurs more than once in the pooled sample.
    var hasTies: Bool { tieTerm > 0 }

    init(_ first: [Double], _ second: [Double]) {
        let x = first.sorted()
        let y = second.sorted()
        var i = 0
        var j = 0
        var position = 0.0
        var rankSum = 0.0
        var tieTerm = 0.0
        while i < x.count || j < y.count {
            let value = j == y.count || (i < x.count && x[i] <= y[j]) ? x[i] : y[j]
            var inFirst = 0.0
            var run = 0.0
            while i < x.count, x[i] == value {
                inFirst += 1
                i += 1
            }
            run += inFirst
            while j < y.count, y[j] == value {
                run += 1
                j += 1
            }
            rankSum += inFirst * (position + (run + 1) / 2)
            tieTerm += run * run * run - run
            position += run
        }
        firstRankSum = rankSum
        self.tieTerm = tieTerm
    }
}
