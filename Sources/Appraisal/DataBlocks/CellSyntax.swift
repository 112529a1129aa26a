/// Reads the compact cell notations of data blocks: `7/8`, `6.71 ± 1.60 (n=24)`, `9 (37.5%)`,
/// `15 (11–21)`.
enum CellSyntax {
    /// `events/total`.
    static func fraction(_ text: String) -> (events: Int, total: Int)? {
        PlainCell.fraction(text) ?? anyFraction(text)
    }

    /// `fraction(_:)` for any spelling, by Characters: what `PlainCell` leaves.
    static func anyFraction(_ text: String) -> (events: Int, total: Int)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, let events = Int(parts[0]), let total = Int(parts[1]) else { return nil }
        return (events, total)
    }

    /// `mean ± sd` with an optional `(n=N)`; `+/-` and `+-` are accepted for `±`.
    static func meanSD(_ text: String) -> (mean: ReportedNumber, sd: ReportedNumber, n: Int?)? {
        PlainCell.meanSD(text) ?? anyMeanSD(text)
    }

    /// `meanSD(_:)` for any spelling, by Characters: what `PlainCell` leaves.
    static func anyMeanSD(_ text: String) -> (mean: ReportedNumber, sd: ReportedNumber, n: Int?)? {
        var rest = text.replacingAll("+/-", with: "±").replacingAll("+-", with: "±")
        var n: Int?
        if let open = rest.firstIndex(of: "("), rest.hasSuffix(")") {
            let inside = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
                .replacingAll(" ", with: "").lowercased()
            guard inside.hasPrefix("n="), let count = Int(inside.dropFirst(2)) else { return nil }
            n = count
            rest = String(rest[..<open])
        }
        let parts = rest.split(separator: "±", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let mean = ReportedNumber(parts[0]), let sd = ReportedNumber(parts[1]),
              mean.comparison == .equal, sd.comparison == .equal else { return nil }
        return (mean, sd, n)
    }

    /// A baseline cell: mean ± SD, a count with an optional percentage, or median (q1–q3).
    static func baselineValue(_ text: String) -> BaselineTable.Value? {
        if let (mean, sd, _) = meanSD(text) { return .meanSD(mean: mean, sd: sd) }
        let trimmed = text.trimmingWhitespace()
        if let count = Int(trimmed) { return .count(count, percent: nil) }
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else { return medianWithComma(trimmed) }
        let head = String(trimmed[..<open]).trimmingWhitespace()
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingWhitespace()
        if inside.hasSuffix("%"), let count = Int(head), let percent = ReportedNumber(String(inside.dropLast())) {
            return .count(count, percent: percent)
        }
        guard let median = Double(head), let (q1, q3) = range(inside) else { return nil }
        return .median(median: median, q1: q1, q3: q3)
    }

    /// `15, 11-21` as some tables print a median and its quartiles.
    private static func medianWithComma(_ text: String) -> BaselineTable.Value? {
        let parts = text.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, let median = Double(parts[0]), let (q1, q3) = range(parts[1]) else { return nil }
        return .median(median: median, q1: q1, q3: q3)
    }

    /// `0.62 (0.45 to 0.85)`, `0.62 (0.45-0.85)`, `−1.2 (−2.0 to −0.4)` or `0.62 [0.45, 0.85]`:
    /// an estimate with its interval. A hyphen separates limits only between non-negative numbers.
    static func estimateWithInterval(_ text: String) -> (value: Double, low: Double, high: Double)? {
        let trimmed = text.trimmingWhitespace().replacingAll("−", with: "-")
        guard let open = trimmed.firstIndex(where: { $0 == "(" || $0 == "[" }), let last = trimmed.last, last == ")" || last == "]",
              let value = Double(String(trimmed[..<open]).trimmingWhitespace()) else { return nil }
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        let separated = inside.replacingAll(" to ", with: ",").replacingAll("–", with: ",")
        var parts = separated.split(separator: ",").map { String($0).trimmingWhitespace() }
        if parts.count == 1, !separated.hasPrefix("-") {
            parts = separated.split(separator: "-").map { String($0).trimmingWhitespace() }
        }
        guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), value.isFinite, low.isFinite, high.isFinite else { return nil }
        return (value, low, high)
    }

    /// `11–21`, `11-21` or `11 to 21`.
    private static func range(_ text: String) -> (Double, Double)? {
        let normalized = text.replacingAll("–", with: "-").replacingAll(" to ", with: "-").replacingAll(",", with: "-")
        let parts = normalized.split(separator: "-", omittingEmptySubsequences: true).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]) else { return nil }
        return (low, high)
    }
}
