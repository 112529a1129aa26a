extension QuotedResultGrammar {
    /// The measures' names: abbreviations as written, words in any case.
    private static let abbreviations: [(String, QuotedResult.Measure)] = [
        ("RR", .riskRatio), ("OR", .oddsRatio), ("HR", .hazardRatio), ("MD", .meanDifference),
    ]
    private static let names: [(String, QuotedResult.Measure)] = [
        ("risk ratio", .riskRatio), ("relative risk", .riskRatio), ("odds ratio", .oddsRatio),
        ("hazard ratio", .hazardRatio), ("mean difference", .meanDifference),
    ]

    /// `RR 0.80 (95% CI 0.70-0.91),` and the like, up to and including the separator before P.
    ///
    /// The estimate may follow its name after a space, `=`, `:` or `,`; the interval opens with
    /// `(`, `,` or `;`, names its level (`95% CI`, `95% CI:`, `95% CI,`, `95% confidence
    /// interval`), and joins its limits with `-`, `–`, `—`, `to` or a comma. P follows inside the
    /// parentheses or after them.
    static func effect(_ reader: inout ByteReader) -> QuotedResult.Claim? {
        var r = reader
        guard let measure = measureName(&r) else { return nil }
        r.skipSpaces()
        _ = r.take(oneOf: [UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: ",")])
        r.skipSpaces()
        guard let estimate = r.number(signed: !measure.isRatio) else { return nil }
        r.skipSpaces()
        guard r.take(oneOf: [UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: ";")]) != nil else { return nil }
        r.skipSpaces()
        guard let level = intervalLevel(&r) else { return nil }
        r.skipSpaces()
        _ = r.take(oneOf: [UInt8(ascii: ":"), UInt8(ascii: ",")])
        r.skipSpaces()
        guard let lower = r.number(signed: !measure.isRatio) else { return nil }
        r.skipSpaces()
        guard joiner(&r) else { return nil }
        r.skipSpaces()
        guard let upper = r.number(signed: !measure.isRatio) else { return nil }
        var closed = r
        closed.skipSpaces()
        if closed.take(")") { r = closed }
        r.skipSpaces()
        guard r.take(oneOf: [UInt8(ascii: ","), UInt8(ascii: ";")]) != nil else { return nil }
        r.skipSpaces()
        reader = r
        return .effect(measure, estimate: estimate, lower: lower, upper: upper, level: level)
    }

    private static func measureName(_ reader: inout ByteReader) -> QuotedResult.Measure? {
        for (abbreviation, measure) in abbreviations where reader.take(abbreviation) {
            return ByteReader.isLetter(reader.peek()) || ByteReader.isDigit(reader.peek()) ? nil : measure
        }
        for (name, measure) in names where reader.takeWords(name) { return measure }
        return nil
    }

    /// `95% CI` or `95% confidence interval`: the level as a fraction.
    private static func intervalLevel(_ reader: inout ByteReader) -> Double? {
        var r = reader
        guard let level = r.number(signed: false), level.value > 50, level.value < 100 else { return nil }
        r.skipSpaces()
        guard r.take("%") else { return nil }
        r.skipSpaces()
        guard r.take("CI") && !ByteReader.isLetter(r.peek()) || r.takeWords("confidence interval") else { return nil }
        reader = r
        return level.value / 100
    }

    /// The word or dash between an interval's limits.
    private static func joiner(_ reader: inout ByteReader) -> Bool {
        reader.take("-") || reader.take("–") || reader.take("—") || reader.take(",") || reader.takeWords("to")
    }
}
