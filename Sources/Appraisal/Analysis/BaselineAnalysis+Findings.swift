import Markdown
import Statistics

extension BaselineAnalysis {
    /// A chi-square row with an expected count below 5: says so, with Fisher's exact P for 2×2.
    static func smallExpected(_ row: BaselineTable.Row, chiSquare: ChiSquareTestResult, counts: [Int], sizes: [Int],
                              file: String, style: NumberStyle, position: SourcePosition?) -> Diagnostic {
        var message = "'\(row.label)': an expected count is below 5 (smallest \(style.fixed(chiSquare.smallestExpected, decimals: 1))), so the chi-square P is unreliable"
        if counts.count == 2,
           let table = try? TwoByTwoTable(experimentalEvents: counts[0], experimentalTotal: sizes[0], controlEvents: counts[1], controlTotal: sizes[1]),
           let fisher = try? FisherExactTest.test(table) {
            message += "; Fisher's exact test gives \(style.pValue(fisher.pValue).plainText)"
        }
        return Diagnostic(file: file, position: position, severity: .warning, code: "expected-count-below-5", message: message,
                          hint: "Fisher's exact test is the usual choice for small expected counts")
    }

    /// Percentages printed next to counts that do not match count/N at their precision.
    static func percentMismatches(_ row: BaselineTable.Row, sizes: [Int], file: String, style: NumberStyle) -> [Diagnostic] {
        zip(row.values, sizes).compactMap { value, size in
            guard case .count(let count, let percent?) = value else { return nil }
            let actual = Double(count) / Double(size) * 100
            guard !percent.agrees(with: actual) else { return nil }
            return Diagnostic(file: file, position: row.position, severity: .warning, code: "percent-mismatch",
                              message: "'\(row.label)': \(count) (\(percent.text)%) does not match \(count)/\(size) = \(style.fixed(actual, decimals: max(1, percent.decimals)))%",
                              hint: "the percentage may be misprinted")
        }
    }

    /// GRIM: a mean of n whole numbers must be a multiple of 1/n, to its printed precision;
    /// GRIMMER then asks the same of the SD: a mean that passes can still come with an SD that
    /// no n whole numbers have.
    static func grim(_ row: BaselineTable.Row, cells: [(mean: ReportedNumber, sd: ReportedNumber)], sizes: [Int], file: String) -> [Diagnostic] {
        zip(cells, sizes).compactMap { cell, size in
            let range = cell.mean.range
            let lowest = (range.lowerBound * Double(size)).rounded(.up)
            let total = lowest / Double(size)
            guard total >= range.upperBound else {
                guard !SummaryConsistency.grimmer(mean: range, standardDeviation: cell.sd.range, count: size) else { return nil }
                return Diagnostic(file: file, position: row.position, severity: .warning, code: "grimmer-inconsistent",
                                  message: "'\(row.label)': no \(size) whole-number values have a mean of \(cell.mean.text) and an SD of \(cell.sd.text) (GRIMMER test)",
                                  hint: "the mean is possible but the SD is not: one of the two, or the group size, is misprinted")
            }
            return Diagnostic(file: file, position: row.position, severity: .warning, code: "grim-inconsistent",
                              message: "'\(row.label)': a mean of \(cell.mean.text) is impossible for \(size) whole-number values (GRIM test)",
                              hint: "the mean, the group size or 'integer: true' is wrong")
        }
    }

    /// DEBIT: a yes/no item printed as mean ± SD has its SD fixed by its mean; a pair that no
    /// count of ones out of n gives is misprinted.
    static func debit(_ row: BaselineTable.Row, cells: [(mean: ReportedNumber, sd: ReportedNumber)], sizes: [Int], file: String) -> [Diagnostic] {
        zip(cells, sizes).compactMap { cell, size in
            guard !SummaryConsistency.debit(mean: cell.mean.range, standardDeviation: cell.sd.range, count: size) else { return nil }
            return Diagnostic(file: file, position: row.position, severity: .warning, code: "debit-inconsistent",
                              message: "'\(row.label)': \(size) answers of 0 or 1 cannot have a mean of \(cell.mean.text) and an SD of \(cell.sd.text) (DEBIT test)",
                              hint: "for a yes/no item the SD follows from the proportion; check the mean, the SD and the group size")
        }
    }
}
