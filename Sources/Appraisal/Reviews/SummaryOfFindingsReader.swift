import Markdown
import Yams

/// Reads the YAML of one `summary-of-findings` block against the document's data blocks,
/// reporting each problem at its line and going on with the other outcomes.
struct SummaryOfFindingsReader {
    /// The block's top-level keys.
    static let keys = ["population", "intervention", "comparison", "outcomes"]
    /// The keys of one outcome.
    static let outcomeKeys = ["block", "baseline", "follow_up", "certainty", "downgrade", "comment"]

    private var fields: YAMLFieldReader
    private let blocks: [String: BlockResults]
    private let position: SourcePosition

    /// Every problem found.
    var diagnostics: [Diagnostic] { fields.diagnostics }

    init(source: YAMLSource, blocks: [String: BlockResults], position: SourcePosition) {
        fields = YAMLFieldReader(source: source)
        self.blocks = blocks
        self.position = position
    }

    /// The table, with every readable outcome; nil when the block has no outcomes at all.
    mutating func read() -> SummaryOfFindings? {
        let (parsed, node) = fields.root()
        guard parsed else { return nil }
        guard let node, let mapping = fields.mapping(node, key: "summary-of-findings") else {
            if node == nil { missingOutcomes() }
            return nil
        }
        let entries = fields.entries(of: mapping, known: Self.keys, context: "summary-of-findings block")
        guard let list = entries["outcomes"] else {
            missingOutcomes()
            return nil
        }
        guard let sequence = list.sequence, !sequence.isEmpty else {
            fields.report(list, code: "sof-outcomes", "'outcomes' must be a list of outcomes, each starting with '- block: <data block id>'")
            return nil
        }
        let outcomes = sequence.compactMap { outcome($0) }
        return SummaryOfFindings(population: fields.string(entries["population"], key: "population"),
                                 intervention: fields.string(entries["intervention"], key: "intervention"),
                                 comparison: fields.string(entries["comparison"], key: "comparison"),
                                 outcomes: outcomes, position: position)
    }

    private mutating func missingOutcomes() {
        fields.append(fields.source.error(at: position, code: "sof-outcomes", "a summary-of-findings block needs 'outcomes:'",
                                          hint: "list each outcome as '- block: <data block id>' with its certainty", length: 3))
    }

    private mutating func outcome(_ node: Node) -> SummaryOfFindings.Outcome? {
        guard let mapping = fields.mapping(node, key: "outcome") else { return nil }
        let entries = fields.entries(of: mapping, known: Self.outcomeKeys, context: "summary-of-findings outcome")
        let at = fields.source.position(of: node) ?? position
        let downgrades = readDowngrades(entries["downgrade"])
        let written = readCertainty(entries["certainty"])
        let baseline = readBaseline(entries["baseline"])
        let followUp = fields.string(entries["follow_up"], key: "follow_up")
        let comment = fields.string(entries["comment"], key: "comment")
        guard let evidence = readBlock(entries["block"], outcome: node) else { return nil }
        if let written, let certaintyNode = entries["certainty"], written != GradeCertainty.expected(from: downgrades) {
            reportMismatch(written, downgrades: downgrades, at: certaintyNode)
        }
        let (block, results) = evidence
        let numbers: SummaryOfFindingsEvidence
        switch SummaryOfFindingsEvidence.read(results) {
        case .success(let read): numbers = read
        case .failure(let unusable):
            if let blockNode = entries["block"] {
                fields.report(blockNode, code: unusable.code, unusable.message, hint: unusable.hint, length: block.utf8.count)
            }
            return nil
        }
        let assumed = baseline ?? numbers.dataBaseline
        return SummaryOfFindings.Outcome(
            block: block, name: results.block.outcome ?? block, participants: numbers.participants, studies: numbers.studies,
            relative: numbers.relative, absolute: assumed.map { numbers.absolute(at: $0) },
            baselineSource: baseline == nil ? numbers.dataBaselineSource : "assumed", followUp: followUp,
            certainty: written ?? GradeCertainty.expected(from: downgrades), certaintyWritten: written != nil,
            downgrades: downgrades, comment: comment, position: at)
    }

    private mutating func readBlock(_ node: Node?, outcome: Node) -> (String, BlockResults)? {
        guard let node else {
            fields.report(outcome, code: "sof-block", "an outcome needs 'block:', the binary or meta-analysis data block it summarises",
                          hint: "start the outcome with '- block: <data block id>'")
            return nil
        }
        guard let id = fields.string(node, key: "block") else { return nil }
        guard let results = blocks[id] else {
            let ids = blocks.keys.sorted()
            fields.report(node, code: "sof-unknown-block", "there is no data block '\(id)' in this document",
                          hint: Suggestion.hint(for: id, in: ids) ?? (ids.isEmpty ? "add a ```data <id> block of type: binary or meta-analysis" : "the data blocks are: \(ids.joined(separator: ", "))"),
                          length: id.utf8.count)
            return nil
        }
        return (id, results)
    }

    private mutating func readBaseline(_ node: Node?) -> Double? {
        guard let node, let text = fields.string(node, key: "baseline") else { return nil }
        guard let value = Double(text), value > 0, value < 1 else {
            fields.report(node, code: "sof-baseline", "'baseline' must be a risk between 0 and 1, not '\(text)'",
                          hint: "write the assumed risk with the comparison as a proportion: baseline: 0.01 for 10 per 1,000", length: text.utf8.count)
            return nil
        }
        return value
    }

    private mutating func readCertainty(_ node: Node?) -> GradeCertainty? {
        guard let node, let text = fields.string(node, key: "certainty") else { return nil }
        guard let certainty = GradeCertainty(word: text) else {
            fields.report(node, code: "sof-certainty", "'\(text)' is not a GRADE certainty",
                          hint: Suggestion.hint(for: text.lowercased(), in: GradeCertainty.words) ?? "use one of: \(GradeCertainty.words.joined(separator: ", "))",
                          length: text.utf8.count)
            return nil
        }
        return certainty
    }

    private mutating func readDowngrades(_ node: Node?) -> [GradeDowngrade] {
        guard let node, let mapping = fields.mapping(node, key: "downgrade") else { return [] }
        let domains = GradeDowngrade.Domain.allCases.map(\.rawValue)
        var found: [GradeDowngrade] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            guard let domain = GradeDowngrade.Domain(rawValue: key) else {
                fields.report(keyNode, code: "sof-downgrade-domain", "'\(key)' is not a GRADE domain",
                              hint: Suggestion.hint(for: key, in: domains) ?? "the domains are: \(domains.joined(separator: ", "))", length: key.utf8.count)
                continue
            }
            guard let text = fields.string(value, key: "downgrade.\(key)") else { continue }
            let (word, note) = Self.levelAndNote(text)
            guard let level = GradeDowngrade.Level(word: word) else {
                let levels = GradeDowngrade.Level.allCases.map(\.rawValue)
                fields.report(value, code: "sof-downgrade-level", "'\(word)' is not a level of concern for \(key)",
                              hint: Suggestion.hint(for: word.lowercased(), in: levels) ?? "use serious or very serious", length: word.utf8.count)
                continue
            }
            found.append(GradeDowngrade(domain, level, note: note))
        }
        return found.sorted { lhs, rhs in
            domains.firstIndex(of: lhs.domain.rawValue) ?? 0 < domains.firstIndex(of: rhs.domain.rawValue) ?? 0
        }
    }

    /// `very serious — trials unblinded` → ("very serious", "trials unblinded").
    static func levelAndNote(_ text: String) -> (String, String?) {
        for separator in ["\u{2014}", "\u{2013}", " - ", ","] {
            let parts = text.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 {
                let note = String(parts[1]).trimmingWhitespace()
                return (String(parts[0]).trimmingWhitespace(), note.isEmpty ? nil : note)
            }
        }
        return (text, nil)
    }

    private mutating func reportMismatch(_ written: GradeCertainty, downgrades: [GradeDowngrade], at node: Node) {
        let expected = GradeCertainty.expected(from: downgrades)
        let steps = downgrades.map { "\($0.level == .serious ? "−1" : "−2") \($0.domain.title.lowercased())" }
        let working = steps.isEmpty ? "no downgrades" : "high " + steps.joined(separator: " ")
        fields.report(node, severity: .warning, code: "sof-certainty-mismatch",
                      "certainty '\(written.word)' does not agree with the downgrades, which give '\(expected.word)'",
                      hint: "\(working) = \(expected.word); write certainty: \(expected.word), or change the downgrades to match",
                      length: written.word.utf8.count)
    }
}
