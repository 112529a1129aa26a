import Yams

extension DataBlockReader {
    /// The keys of a `type: diagnostic` block besides the common ones.
    static let diagnosticKeys = ["target", "test", "reference", "counts", "levels", "positive", "pretest"]

    /// Reads a diagnostic block: `counts: {tp, fp, fn, tn}` or `levels:`, and the optional
    /// `positive:` and `pretest:`.
    mutating func readDiagnostic(_ fields: [String: Node]) -> DiagnosticData? {
        var levels: [DiagnosticData.Level] = []
        var positive = 1
        let counts: DiagnosticData.Counts
        switch (fields["counts"], fields["levels"]) {
        case (let node?, nil):
            guard let table = readDiagnosticCounts(node) else { return nil }
            counts = table
            if let node = fields["positive"] {
                reader.report(node, severity: .warning, code: "diagnostic-positive-unused", "'positive' applies to 'levels:', not to 'counts:'",
                              hint: "remove it, or give the results as levels")
            }
        case (nil, let node?):
            guard let read = readDiagnosticLevels(node) else { return nil }
            levels = read
            if let node = fields["positive"] {
                guard let value = reader.string(node, key: "positive").flatMap({ Int($0) }), value >= 1, value < levels.count else {
                    reader.report(node, code: "diagnostic-positive", "'positive' must be a whole number from 1 to \(levels.count - 1)",
                                  hint: "how many of the first (most abnormal) levels count as a positive result")
                    return nil
                }
                positive = value
            }
            counts = DiagnosticData.Counts(levels, positive: positive)
        case (nil, nil):
            fail(code: "diagnostic-source", "a diagnostic block needs 'counts:' or 'levels:'",
                 hint: "counts: {tp: 231, fp: 32, fn: 27, tn: 54}, or levels: as a list of \"label\": with / without")
            return nil
        case (_, let node?):
            reader.report(node, code: "diagnostic-source", "a diagnostic block takes 'counts:' or 'levels:', not both",
                          hint: "keep the levels: the 2×2 table is made from them and 'positive:'")
            return nil
        }
        guard checkBothGroups(counts) else { return nil }
        var pretest: Double?
        if let node = fields["pretest"] {
            guard let value = readProbability(node, key: "pretest", code: "diagnostic-pretest-range",
                                              hint: "your patient's probability of the condition before the test, e.g. 0.30 for 30%") else { return nil }
            pretest = value
        }
        return DiagnosticData(target: reader.string(fields["target"], key: "target"), test: reader.string(fields["test"], key: "test"),
                              reference: reader.string(fields["reference"], key: "reference"),
                              counts: counts, levels: levels, positive: positive, pretest: pretest)
    }

    private mutating func readDiagnosticCounts(_ node: Node) -> DiagnosticData.Counts? {
        guard let mapping = reader.mapping(node, key: "counts") else { return nil }
        let cells = reader.entries(of: mapping, known: ["tp", "fp", "fn", "tn"], context: "counts")
        var values: [String: Int] = [:]
        for name in ["tp", "fp", "fn", "tn"] {
            guard let cell = cells[name] else {
                reader.report(node, code: "diagnostic-cell-missing", "'counts' has no '\(name)'",
                              hint: "give all four cells: tp (true positives), fp, fn and tn")
                continue
            }
            guard let text = reader.string(cell, key: "counts.\(name)") else { continue }
            guard let count = Int(text), count >= 0, count <= DiagnosticData.largestCount else {
                reader.report(cell, code: "diagnostic-cell", "'\(name)' must be a whole number of people, 0 or more, not '\(text)'",
                              hint: "tp, fp, fn and tn count people: test positive or negative, with or without the condition")
                continue
            }
            values[name] = count
        }
        guard let tp = values["tp"], let fp = values["fp"], let fn = values["fn"], let tn = values["tn"] else { return nil }
        return DiagnosticData.Counts(truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn)
    }

    private mutating func readDiagnosticLevels(_ node: Node) -> [DiagnosticData.Level]? {
        guard let sequence = node.sequence else {
            reader.report(node, code: "yaml-type", "'levels' must be a list, most abnormal result first",
                          hint: "write each level on its own line: - \"≤ 15\": 474 / 20")
            return nil
        }
        guard sequence.count >= 2, sequence.count <= DataBlockReader.maximumItems else {
            reader.report(node, code: "diagnostic-levels", "'levels' needs at least 2 levels; it has \(sequence.count)",
                          hint: "with a single cut-off, give the 2×2 table as counts:")
            return nil
        }
        var levels: [DiagnosticData.Level] = []
        var aliases: Set<String> = []
        for (offset, item) in sequence.enumerated() {
            guard let entry = item.mapping, entry.count == 1, let (keyNode, value) = entry.first,
                  let label = reader.string(keyNode, key: "levels") else {
                reader.report(item, code: "diagnostic-level-syntax", "each level is one \"label\": with / without",
                              hint: "for example: - \"≤ 15\": 474 / 20 (people with / without the condition)")
                return nil
            }
            guard let text = reader.string(value, key: "levels.\(label)") else { return nil }
            guard let (with, without) = CellSyntax.fraction(text), with >= 0, without >= 0,
                  with <= DiagnosticData.largestCount, without <= DiagnosticData.largestCount else {
                reader.report(value, code: "diagnostic-level-syntax", "level \"\(label)\" must be written with / without, e.g. 474 / 20, not '\(text)'",
                              hint: "whole numbers of people with and without the target condition")
                return nil
            }
            guard with + without > 0 else {
                reader.report(value, code: "diagnostic-level-empty", "level \"\(label)\" has no one in it",
                              hint: "merge it with a neighbouring level or remove it")
                return nil
            }
            let words = ArmName.slugWords(label, separator: "_")
            let startsWithLetter = words.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
            let alias = startsWithLetter && !aliases.contains(words) && !words.hasPrefix("level") ? words : nil
            if let alias { aliases.insert(alias) }
            levels.append(DiagnosticData.Level(label: label, slug: "level\(offset + 1)", alias: alias, withCondition: with, withoutCondition: without))
        }
        return levels
    }

    /// Reports a table with no one with, or no one without, the target condition.
    private mutating func checkBothGroups(_ counts: DiagnosticData.Counts) -> Bool {
        if counts.truePositives + counts.falseNegatives == 0 {
            fail(code: "diagnostic-no-condition", "data block '\(id)' has no one with the target condition (tp + fn is 0)",
                 hint: "sensitivity needs people with the condition; check the counts")
            return false
        }
        if counts.falsePositives + counts.trueNegatives == 0 {
            fail(code: "diagnostic-no-condition", "data block '\(id)' has no one without the target condition (fp + tn is 0)",
                 hint: "specificity needs people without the condition; check the counts")
            return false
        }
        return true
    }
}

extension DiagnosticData {
    /// The largest count a cell may hold, far above any study and safe from overflow in sums.
    static let largestCount = 1 << 40
}

extension DiagnosticData.Counts {
    /// The 2×2 table of ordered levels: the first `positive` levels count as a positive result.
    init(_ levels: [DiagnosticData.Level], positive: Int) {
        let positives = levels.prefix(positive), negatives = levels.dropFirst(positive)
        self.init(truePositives: positives.reduce(0) { $0 + $1.withCondition }, falsePositives: positives.reduce(0) { $0 + $1.withoutCondition },
                  falseNegatives: negatives.reduce(0) { $0 + $1.withCondition }, trueNegatives: negatives.reduce(0) { $0 + $1.withoutCondition })
    }
}
