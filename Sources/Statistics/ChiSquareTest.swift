/// Pearson's chi-square test of independence for two-by-two and r×c tables of counts, as scipy's
/// chi2_contingency computes it.
public enum ChiSquareTest {
    /// Pearson's chi-square Σ (O - E)² / E on (r-1)(c-1) degrees of freedom.
    ///
    /// With `continuityCorrection` and one degree of freedom, Yates's correction moves every
    /// observed count 0.5 towards its expected count but never past it: |O - E| becomes
    /// max(|O - E| - 0.5, 0) (scipy's rule). The correction is never applied to larger tables.
    /// Throws `.invalidArgument` for fewer than two rows or columns, ragged rows or negative
    /// counts, and `.undefined` when a row or column total is zero (an expected count would be 0).
    public static func pearson(_ table: [[Int]], continuityCorrection: Bool = false) throws(StatisticsError) -> ChiSquareTestResult {
        guard table.count >= 2, let columns = table.first?.count, columns >= 2 else {
            throw .invalidArgument("a chi-square test of independence needs at least two rows and two columns")
        }
        guard table.allSatisfy({ $0.count == columns }) else {
            throw .invalidArgument("every row of the table must have \(columns) columns")
        }
        guard table.allSatisfy({ $0.allSatisfy { $0 >= 0 } }) else {
            throw .invalidArgument("counts must not be negative")
        }
        let counts = table.map { $0.map(Double.init) }
        let rowTotals = counts.map { $0.reduce(0, +) }
        let columnTotals = (0..<columns).map { j in counts.reduce(0) { $0 + $1[j] } }
        if let row = rowTotals.firstIndex(of: 0) {
            throw .undefined("row \(row + 1) has no observations, so its expected counts are zero")
        }
        if let column = columnTotals.firstIndex(of: 0) {
            throw .undefined("column \(column + 1) has no observations, so its expected counts are zero")
        }
        let total = rowTotals.reduce(0, +)
        let expected = rowTotals.map { row in columnTotals.map { row * $0 / total } }
        let degreesOfFreedom = (table.count - 1) * (columns - 1)
        let corrected = continuityCorrection && degreesOfFreedom == 1
        var statistic = 0.0
        for (observedRow, expectedRow) in zip(counts, expected) {
            for (observed, expectedCount) in zip(observedRow, expectedRow) {
                var difference = abs(observed - expectedCount)
                if corrected { difference = max(difference - 0.5, 0) }
                statistic += difference * difference / expectedCount
            }
        }
        let law = try ChiSquaredDistribution(degreesOfFreedom: Double(degreesOfFreedom))
        let method = corrected ? "Pearson chi-square with Yates's continuity correction" : "Pearson chi-square"
        return ChiSquareTestResult(
            test: TestResult(
                statistic: statistic, degreesOfFreedom: Double(degreesOfFreedom), pValue: law.sf(statistic), method: method),
            expected: expected, continuityCorrected: corrected)
    }

    /// Pearson's chi-square for a trial's two-by-two table (arms by event / no event).
    public static func pearson(_ table: TwoByTwoTable, continuityCorrection: Bool = false) throws(StatisticsError) -> ChiSquareTestResult {
        try pearson(table.cells, continuityCorrection: continuityCorrection)
    }
}
