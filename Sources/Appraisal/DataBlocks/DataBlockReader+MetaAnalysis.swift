import Markdown
import Yams

extension DataBlockReader {
    /// The keys of a `type: meta-analysis` block besides the common ones.
    static let metaAnalysisKeys = ["studies", "measure", "pooling", "tau2", "hksj", "desirable"]
    /// Measures for each kind of study line.
    static let metaAnalysisMeasures = (counts: ["rr", "or", "rd"], means: ["md", "smd"], estimates: ["ratio", "difference"])

    /// Reads a meta-analysis block: every study line (each bad line reported, none hiding the
    /// others), the measure checked against the kind of data, and the pooling options.
    mutating func readMetaAnalysis(_ fields: [String: Node]) -> MetaAnalysisData? {
        guard let entries = namedEntries(fields["studies"], key: "studies", minimum: 2) else { return nil }
        var studies: [MetaAnalysisData.Study] = []
        for (name, node) in entries {
            guard let text = reader.string(node, key: "studies.\(name.display)") else { continue }
            guard let data = readStudyLine(text, name: name.display, node: node) else { continue }
            studies.append(MetaAnalysisData.Study(name: name, data: data, position: reader.source.position(of: node) ?? position))
        }
        guard studies.count == entries.count else { return nil }
        guard let measure = readMeasure(fields["measure"], studies: studies) else { return nil }
        let pooling = readChoice(fields["pooling"], key: "pooling", choices: measure == "or" ? ["mh", "iv", "peto"] : (["rr", "rd"].contains(measure) ? ["mh", "iv"] : ["iv"]))
        let tau2 = readChoice(fields["tau2"], key: "tau2", choices: ["reml", "dl", "pm"])
        if fields["pooling"] != nil, pooling == nil { return nil }
        if fields["tau2"] != nil, tau2 == nil { return nil }
        return MetaAnalysisData(studies: studies, measure: measure, pooling: pooling, tau2: tau2 ?? "reml",
                                hksj: reader.bool(fields["hksj"], key: "hksj") ?? false,
                                desirable: reader.bool(fields["desirable"], key: "desirable") ?? false)
    }

    /// `a/n vs c/m`, `mean ± sd (n=N) vs mean ± sd (n=N)`, or `estimate (low to high)`.
    private mutating func readStudyLine(_ text: String, name: String, node: Node) -> MetaAnalysisData.StudyData? {
        let sides = text.split(separator: " vs ", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        if sides.count == 2 {
            if let (a, n) = CellSyntax.fraction(sides[0]), let (c, m) = CellSyntax.fraction(sides[1]) {
                guard a >= 0, c >= 0, n > 0, m > 0 else {
                    reader.report(node, code: "meta-study-count", "study \"\(name)\" needs positive totals and no negative events")
                    return nil
                }
                guard a <= n, c <= m else {
                    reader.report(node, code: "meta-events-above-total", "study \"\(name)\" has more events than patients in an arm (\(text))",
                                  hint: "write events/total for each arm: experimental vs control")
                    return nil
                }
                return .counts(experimentalEvents: a, experimentalTotal: n, controlEvents: c, controlTotal: m)
            }
            if let (mean1, sd1, n1) = CellSyntax.meanSD(sides[0]), let n1, let (mean2, sd2, n2) = CellSyntax.meanSD(sides[1]), let n2 {
                guard sd1.value > 0, sd2.value > 0, n1 >= 2, n2 >= 2 else {
                    reader.report(node, code: "meta-study-means", "study \"\(name)\" needs an SD above 0 and at least 2 patients per arm")
                    return nil
                }
                return .means(experimentalMean: mean1.value, experimentalSD: sd1.value, experimentalN: n1,
                              controlMean: mean2.value, controlSD: sd2.value, controlN: n2)
            }
        } else if let estimate = CellSyntax.estimateWithInterval(text) {
            guard estimate.low <= estimate.value, estimate.value <= estimate.high, estimate.low < estimate.high else {
                reader.report(node, code: "meta-study-interval", "study \"\(name)\": the estimate \(text) does not lie inside its interval",
                              hint: "write the estimate, then its lower and upper 95% limits: 0.62 (0.45 to 0.85)")
                return nil
            }
            return .estimate(value: estimate.value, low: estimate.low, high: estimate.high)
        }
        reader.report(node, code: "meta-study-syntax", "study \"\(name)\" cannot be read: '\(text)'",
                      hint: "write counts 4/123 vs 11/139, means 6.7 ± 1.6 (n=24) vs 7.9 ± 1.4 (n=18), or an estimate 0.62 (0.45 to 0.85)")
        return nil
    }

    /// The measure, which must fit the kind of data every study gives.
    private mutating func readMeasure(_ node: Node?, studies: [MetaAnalysisData.Study]) -> String? {
        let kinds = Set(studies.map { study -> String in
            switch study.data {
            case .counts: "counts"
            case .means: "means"
            case .estimate: "estimates"
            }
        })
        guard kinds.count == 1, let kind = kinds.first else {
            fail(code: "meta-mixed-data", "data block '\(id)' mixes counts, means and estimates",
                 hint: "give every study the same kind of line; turn the others into an estimate with its interval", at: node)
            return nil
        }
        let measures = DataBlockReader.metaAnalysisMeasures
        let fitting = kind == "counts" ? measures.counts : (kind == "means" ? measures.means : measures.estimates)
        guard let node else { return fitting[0] }
        guard let measure = reader.string(node, key: "measure")?.lowercased() else { return nil }
        guard fitting.contains(measure) else {
            let known = measures.counts + measures.means + measures.estimates
            reader.report(node, code: "meta-measure", known.contains(measure)
                            ? "measure '\(measure)' does not fit studies given as \(kind)"
                            : "unknown measure '\(measure)'",
                          hint: "for \(kind) use one of " + fitting.joined(separator: ", "), length: measure.utf8.count)
            return nil
        }
        return measure
    }

    /// One of `choices`, or nil with a located error.
    private mutating func readChoice(_ node: Node?, key: String, choices: [String]) -> String? {
        guard let node, let value = reader.string(node, key: key)?.lowercased() else { return nil }
        guard choices.contains(value) else {
            reader.report(node, code: "meta-\(key)", "'\(key)' cannot be '\(value)' here",
                          hint: Suggestion.hint(for: value, in: choices) ?? "use one of " + choices.joined(separator: ", "), length: value.utf8.count)
            return nil
        }
        return value
    }
}
