import Markdown
import Statistics

extension BaselineTable: DataBlockContent {
    /// `type: baseline`.
    public static let kind = "baseline"
    /// The groups (columns).
    public var namedParts: [ArmName] { groups.map(\.name) }

    /// Each row's test and the consistency checks of its values.
    public func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] {
        BaselineAnalysis.compute(self, file: context.file, style: context.style, into: &results)
    }
}

/// Recomputes a baseline table: Student's t for mean ± SD rows, Pearson chi-square for count
/// rows (with Fisher's P where an expected count is below 5), percentages against count/N, and
/// GRIM for means of whole-number items.
enum BaselineAnalysis {
    static func compute(_ table: BaselineTable, file: String, style: NumberStyle, into results: inout BlockResults) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let sizes = table.groups.map(\.size)
        for group in table.groups {
            results.add("\(group.name.slug).n", Quantity(Double(group.size), kind: .count, defaultDecimals: 0), method: "group size")
        }
        for row in table.rows {
            let name = "\(row.slug).p"
            let position = row.reportedP?.position ?? row.position
            switch rowKind(row) {
            case .means(let cells):
                results.attempt([name]) { (results: inout BlockResults) throws(StatisticsError) in
                    let summaries = try zip(cells, sizes).map { (cell, size) throws(StatisticsError) in
                        try SampleSummary(mean: cell.mean.value, standardDeviation: cell.sd.value, count: size)
                    }
                    let test = summaries.count == 2 ? try TTest.student(summaries[0], summaries[1]) : try OneWayANOVA.test(summaries: summaries)
                    results.add(name, Quantity(test.pValue, kind: .pValue), method: test.method)
                }
                if row.integer { findings += grim(row, cells: cells, sizes: sizes, file: file) }
                if row.binary { findings += debit(row, cells: cells, sizes: sizes, file: file) }
            case .counts(let counts):
                results.attempt([name]) { (results: inout BlockResults) throws(StatisticsError) in
                    let rows = zip(counts, sizes).map { [$0.0, $0.1 - $0.0] }
                    let chiSquare = try ChiSquareTest.pearson(rows, continuityCorrection: false)
                    results.add(name, Quantity(chiSquare.test.pValue, kind: .pValue), method: chiSquare.test.method)
                    if chiSquare.smallestExpected < 5 {
                        findings.append(smallExpected(row, chiSquare: chiSquare, counts: counts, sizes: sizes, file: file, style: style, position: position))
                    }
                }
                findings += percentMismatches(row, sizes: sizes, file: file, style: style)
            case .medians:
                if let reported = row.reportedP {
                    results.add(name, Quantity(reported.value, kind: .pValue), method: "as reported: medians and quartiles cannot be retested from summaries")
                }
            case .mixed:
                findings.append(Diagnostic(file: file, position: row.position, severity: .error, code: "baseline-row-mixed",
                                           message: "row '\(row.label)' mixes kinds of value (mean ± SD, counts, medians)",
                                           hint: "write every group's value in the same form"))
                continue
            }
            guard let reported = row.reportedP else { continue }
            let check: VerificationCheck
            if let computed = results[name], !isMedian(row) {
                check = VerificationCheck(
                    block: results.block.id, label: "\(row.label): P", reported: reported.text, recomputed: computed.quantity.value,
                    recomputedText: style.pFigure(computed.quantity.value, decimals: min(reported.decimals + 1, 10)), method: computed.method,
                    outcome: ReportedFigureCheck.outcome(reported: reported, recomputed: computed.quantity.value, isPValue: true), position: position)
            } else {
                check = VerificationCheck(
                    block: results.block.id, label: "\(row.label): P", reported: reported.text, recomputed: nil, recomputedText: nil,
                    method: results.unavailable[name] ?? "medians and quartiles cannot be retested from summaries",
                    outcome: .notVerifiable, position: position)
            }
            results.checks.append(check)
            if let diagnostic = ReportedFigureCheck.diagnostic(for: check, file: file, isPValue: true) { findings.append(diagnostic) }
        }
        return findings
    }

    private enum RowKind {
        case means([(mean: ReportedNumber, sd: ReportedNumber)])
        case counts([Int])
        case medians
        case mixed
    }

    private static func rowKind(_ row: BaselineTable.Row) -> RowKind {
        var means: [(ReportedNumber, ReportedNumber)] = [], counts: [Int] = [], medians = 0
        for value in row.values {
            switch value {
            case .meanSD(let mean, let sd): means.append((mean, sd))
            case .count(let count, _): counts.append(count)
            case .median: medians += 1
            }
        }
        if means.count == row.values.count { return .means(means) }
        if counts.count == row.values.count { return .counts(counts) }
        return medians == row.values.count ? .medians : .mixed
    }

    private static func isMedian(_ row: BaselineTable.Row) -> Bool {
        if case .medians = rowKind(row) { return true }
        return false
    }
}
