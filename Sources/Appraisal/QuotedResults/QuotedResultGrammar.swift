import Statistics

/// The grammar of one quoted result, tried at one position of the text.
///
/// `t(28) = 2.20, p = .04` · `F(2, 45) = 3.10; P = .05` · `χ2(1, N = 42) = 7.30, p = .007` ·
/// `z = 2.10, p = .036` · `RR 0.80 (95% CI 0.70-0.91), P = .001` · `HR, 0.71; 95% CI, 0.58 to
/// 0.87; P < .001`. Each rule reads a bounded number of bytes.
enum QuotedResultGrammar {
    /// The result starting at `start`, with the index just past it, or nil.
    static func result(in bytes: [UInt8], at start: Int) -> (claim: QuotedResult.Claim, comparison: QuotedResult.Comparison, p: QuotedResult.Number, end: Int)? {
        var reader = ByteReader(bytes: bytes, index: start)
        if let claim = test(&reader) ?? effect(&reader), let (comparison, p) = pValue(&reader) {
            if case .effect = claim {
                var closing = reader
                closing.skipSpaces()
                if closing.take(")") { reader = closing }
            }
            return (claim, comparison, p, reader.index)
        }
        return nil
    }

    /// `t(28) = 2.20,` and the like, up to and including the separator before P.
    private static func test(_ reader: inout ByteReader) -> QuotedResult.Claim? {
        var r = reader
        guard let kind = statisticName(&r) else { return nil }
        r.skipSpaces()
        var statistic = ReportedTestStatistic(kind: kind)
        if kind != .z {
            guard r.take("(") else { return nil }
            r.skipSpaces()
            guard let first = r.number(signed: false) else { return nil }
            statistic.degreesOfFreedom = first.value
            if kind == .f {
                r.skipSpaces()
                guard r.take(",") else { return nil }
                r.skipSpaces()
                guard let second = r.number(signed: false) else { return nil }
                statistic.denominatorDegreesOfFreedom = second.value
            } else if kind == .chiSquared {
                var sample = r
                sample.skipSpaces()
                if sample.take(","), sample.skipSpaces() >= 0, sample.take("N") || sample.take("n"), sample.skipSpaces() >= 0,
                   sample.take("="), sample.skipSpaces() >= 0, sample.number(signed: false) != nil {
                    r = sample
                }
            }
            r.skipSpaces()
            guard r.take(")") else { return nil }
            r.skipSpaces()
        }
        guard r.take("=") else { return nil }
        r.skipSpaces()
        guard let value = r.number(signed: kind.hasTails) else { return nil }
        guard separator(&r) else { return nil }
        reader = r
        return .test(statistic, value: value)
    }

    /// The statistic's name: t, F, r, z or Z, Q, or χ² in its spellings (χ2, χ², chi2, X2, X²).
    private static func statisticName(_ reader: inout ByteReader) -> ReportedTestStatistic.Kind? {
        for (spelling, kind) in chiSpellings where reader.take(spelling) {
            return ByteReader.isDigit(reader.peek()) ? nil : kind
        }
        let kind: ReportedTestStatistic.Kind
        switch reader.peek() {
        case UInt8(ascii: "t"): kind = .t
        case UInt8(ascii: "F"): kind = .f
        case UInt8(ascii: "r"): kind = .r
        case UInt8(ascii: "z"), UInt8(ascii: "Z"): kind = .z
        case UInt8(ascii: "Q"): kind = .q
        default: return nil
        }
        reader.index += 1
        return ByteReader.isLetter(reader.peek()) || ByteReader.isDigit(reader.peek()) ? nil : kind
    }

    private static let chiSpellings: [(String, ReportedTestStatistic.Kind)] = [
        ("χ2", .chiSquared), ("χ²", .chiSquared), ("χ^2", .chiSquared), ("chi2", .chiSquared), ("Chi2", .chiSquared),
        ("chi²", .chiSquared), ("X2", .chiSquared), ("X²", .chiSquared),
    ]

    /// `,` or `;` between a result's parts, with spaces around.
    private static func separator(_ reader: inout ByteReader) -> Bool {
        var r = reader
        r.skipSpaces()
        guard r.take(oneOf: [UInt8(ascii: ","), UInt8(ascii: ";")]) != nil else { return false }
        r.skipSpaces()
        reader = r
        return true
    }

    /// `p = .04`, `P < .001`, `p ≥ .05`: the comparison and the printed P value (at most 1).
    static func pValue(_ reader: inout ByteReader) -> (QuotedResult.Comparison, QuotedResult.Number)? {
        var r = reader
        guard r.take(oneOf: [UInt8(ascii: "p"), UInt8(ascii: "P")]) != nil, !ByteReader.isLetter(r.peek()) else { return nil }
        r.skipSpaces()
        let comparison: QuotedResult.Comparison
        if r.take("=") {
            comparison = .equal
        } else if r.take("<") || r.take("≤") {
            comparison = .below
        } else if r.take(">") || r.take("≥") {
            comparison = .above
        } else {
            return nil
        }
        guard r.peek() != UInt8(ascii: "=") else { return nil }
        r.skipSpaces()
        guard let p = r.number(signed: false), p.value <= 1 else { return nil }
        reader = r
        return (comparison, p)
    }
}
