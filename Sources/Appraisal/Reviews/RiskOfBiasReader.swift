import Markdown
import Yams

/// Reads the YAML of one `risk-of-bias` block: `block:` and one line per study, each study's
/// problems reported at their place without hiding the other studies.
struct RiskOfBiasReader {
    /// The kind of data block whose studies `block:` may name.
    static let metaAnalysisKind = "meta-analysis"

    private var fields: YAMLFieldReader
    private let tool: RiskOfBiasTool
    private let blocks: [String: BlockResults]
    private let position: SourcePosition

    /// Every problem found.
    var diagnostics: [Diagnostic] { fields.diagnostics }

    init(source: YAMLSource, tool: RiskOfBiasTool, blocks: [String: BlockResults], position: SourcePosition) {
        fields = YAMLFieldReader(source: source)
        self.tool = tool
        self.blocks = blocks
        self.position = position
    }

    /// The assessment with every study that could be read; nil when the YAML cannot be used.
    mutating func read() -> RiskOfBiasAssessment? {
        let (parsed, node) = fields.root()
        guard parsed else { return nil }
        guard let node, let mapping = fields.mapping(node, key: "risk-of-bias") else {
            fields.append(fields.source.error(at: position, code: "rob-no-studies", "a risk-of-bias block needs one line per study",
                                              hint: "write e.g. Smith 2001: {\(tool.domains.map { "\($0.key): \(tool.judgements[0].word)" }.joined(separator: ", "))}", length: 3))
            return nil
        }
        var blockID: String?
        var known: [String]?
        if let blockNode = mapping.first(where: { $0.key.scalar?.string == "block" })?.value {
            (blockID, known) = readBlock(blockNode)
        }
        var studies: [RiskOfBiasAssessment.Study] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string, name != "block" else { continue }
            if let known, !known.contains(name) {
                let near = Suggestion.nearest(to: name, in: known)
                fields.report(keyNode, code: "rob-unknown-study", "study \"\(name)\" is not in meta-analysis '\(blockID ?? "")'",
                              hint: near.isEmpty ? "its studies are: \(known.joined(separator: "; "))"
                                                 : "did you mean \(near.map { "\"\($0)\"" }.joined(separator: " or "))?",
                              length: name.utf8.count)
            }
            if let study = readStudy(name, keyNode: keyNode, value: value) { studies.append(study) }
        }
        return RiskOfBiasAssessment(tool: tool, block: blockID, studies: studies, position: position)
    }

    private mutating func readBlock(_ node: Node) -> (String?, [String]?) {
        guard let id = fields.string(node, key: "block") else { return (nil, nil) }
        let metaAnalyses = blocks.values.filter { $0.block.kind == Self.metaAnalysisKind }.map(\.block.id).sorted()
        guard let results = blocks[id] else {
            fields.report(node, code: "rob-block", "there is no data block '\(id)' in this document",
                          hint: Suggestion.hint(for: id, in: metaAnalyses) ?? "name a data block of type: meta-analysis", length: id.utf8.count)
            return (nil, nil)
        }
        guard results.block.kind == Self.metaAnalysisKind else {
            fields.report(node, code: "rob-block", "data block '\(id)' is a \(results.block.kind) block; 'block:' names the meta-analysis whose studies are judged",
                          hint: Suggestion.hint(for: id, in: metaAnalyses) ?? "name a data block of type: meta-analysis, or leave 'block:' out", length: id.utf8.count)
            return (nil, nil)
        }
        return (id, results.block.content.namedParts.map(\.display))
    }

    private mutating func readStudy(_ name: String, keyNode: Node, value: Node) -> RiskOfBiasAssessment.Study? {
        let example = "{\(tool.domains.map { "\($0.key): \(tool.judgements[0].word)" }.joined(separator: ", "))}"
        guard let mapping = value.mapping else {
            fields.report(value, code: "rob-study-syntax", "study \"\(name)\" needs its domain judgements in braces",
                          hint: "write \(name): \(example)")
            return nil
        }
        let before = fields.diagnostics.count
        let domainKeys = tool.domains.map(\.key)
        var judgements: [String: RiskOfBiasTool.Judgement] = [:]
        var authorOverall: RiskOfBiasTool.Judgement?
        var overallNode: Node?
        var unknownDomains = 0
        for (domainNode, judgementNode) in mapping {
            guard let key = domainNode.scalar?.string else { continue }
            guard key == "overall" || tool.domain(key) != nil else {
                fields.report(domainNode, code: "rob-unknown-domain", "'\(key)' is not a domain of \(tool.name)",
                              hint: Suggestion.hint(for: key, in: domainKeys + ["overall"]) ?? "the domains are: \(domainKeys.joined(separator: ", "))",
                              length: key.utf8.count)
                unknownDomains += 1
                continue
            }
            guard let judgement = readJudgement(judgementNode, key: key) else { continue }
            if key == "overall" {
                (authorOverall, overallNode) = (judgement, judgementNode)
            } else {
                judgements[key] = judgement
            }
        }
        let missing = domainKeys.filter { judgements[$0] == nil && !mappingHas(mapping, $0) }
        if !missing.isEmpty, unknownDomains == 0 {
            fields.report(keyNode, code: "rob-missing-domain",
                          "study \"\(name)\" has no judgement for \(missing.joined(separator: ", "))",
                          hint: "\(tool.name) judges every study on: \(domainKeys.joined(separator: ", "))", length: name.utf8.count)
        }
        guard fields.diagnostics.count == before, let overall = tool.overall(judgements) else { return nil }
        if let authorOverall, let overallNode, authorOverall != overall {
            fields.report(overallNode, severity: .warning, code: "rob-overall-mismatch",
                          "study \"\(name)\": overall '\(authorOverall.word)' is not what \(tool.name)'s rule gives ('\(overall.word)', the worst domain)",
                          hint: "the author's judgement is kept and shown; write overall: \(overall.word) to follow the rule", length: authorOverall.word.utf8.count)
        }
        return RiskOfBiasAssessment.Study(name: name, judgements: judgements, overall: overall, authorOverall: authorOverall,
                                          position: fields.source.position(of: keyNode) ?? position)
    }

    private func mappingHas(_ mapping: Node.Mapping, _ key: String) -> Bool {
        mapping.contains { $0.key.scalar?.string == key }
    }

    private mutating func readJudgement(_ node: Node, key: String) -> RiskOfBiasTool.Judgement? {
        guard let text = fields.string(node, key: key) else { return nil }
        guard let judgement = tool.judgement(text) else {
            let words = tool.judgements.map(\.word)
            fields.report(node, code: "rob-judgement", "'\(text)' is not a \(tool.name) judgement",
                          hint: Suggestion.hint(for: text.lowercased(), in: words) ?? "use one of: \(words.joined(separator: ", "))",
                          length: text.utf8.count)
            return nil
        }
        return judgement
    }
}
