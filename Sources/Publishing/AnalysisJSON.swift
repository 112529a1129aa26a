import Appraisal
import Foundation

/// The machine-readable form of a report: every data block's inputs, computed values (value,
/// interval, method) and checks, the checklist answers, the summary-of-findings and risk-of-bias blocks and the numbered references. Written as `output/<slug>.json` and by `render --format json`.
struct AnalysisJSON: Encodable {
    struct Block: Encodable {
        let id: String
        let type: String
        let outcome: String?
        let inputs: [String: [String]]
        let values: [Value]
        let unavailable: [String: String]
    }

    struct Value: Encodable {
        let name: String
        let quantity: Quantity
        let method: String
        let adjustments: [String]

        /// Every number as written, an infinite one as an explicit null with `note` saying
        /// which (an NNT when the risks are equal): JSON has no infinity, and a silent gap would
        /// read as "not computed".
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(name, forKey: .name)
            try container.encode(AnalysisJSON.finite(quantity.value), forKey: .value)
            if let interval = quantity.interval {
                try container.encode(AnalysisJSON.finite(interval.low), forKey: .low)
                try container.encode(AnalysisJSON.finite(interval.high), forKey: .high)
            }
            try container.encodeIfPresent(AnalysisJSON.infinityNote(quantity), forKey: .note)
            try container.encode(method, forKey: .method)
            if !adjustments.isEmpty { try container.encode(adjustments, forKey: .adjustments) }
        }

        private enum Key: String, CodingKey { case name, value, low, high, note, method, adjustments }
    }

    struct Check: Encodable {
        let block: String
        let figure: String
        let reported: String
        let recomputed: Double?
        let method: String
        let outcome: String
    }

    struct ChecklistAnswers: Encodable {
        struct Answer: Encodable {
            let answer: String
            let note: String?
        }

        let design: String
        let summary: String
        let answers: [String: Answer]
        let unanswered: [String]
    }

    struct Reference: Encodable {
        let number: Int
        let id: String
        let text: String
    }

    let file: String
    let title: String?
    let style: String
    let blocks: [Block]
    let checks: [Check]
    let checklists: [ChecklistAnswers]
    let summaryOfFindings: [SummaryOfFindingsJSON]
    let riskOfBias: [RiskOfBiasJSON]
    let references: [Reference]
    let diagnostics: [Diagnostic]

    init(source: AppraisalSource, analysis: DocumentAnalysis, structure: AppraisalStructure, diagnostics: [Diagnostic]) {
        file = source.file.displayPath
        title = source.frontMatter?.title
        style = analysis.style.rawValue
        blocks = analysis.results.map { results in
            Block(id: results.block.id, type: results.block.kind, outcome: results.block.outcome,
                  inputs: (results.block.content as? any JSONInputsContent)?.jsonInputs ?? [:],
                  values: results.statistics.map { statistic in
                      Value(name: statistic.name, quantity: statistic.quantity, method: statistic.method, adjustments: statistic.adjustments)
                  },
                  unavailable: results.unavailable)
        }
        checks = analysis.checks.map {
            Check(block: $0.block, figure: $0.label, reported: $0.reported, recomputed: $0.recomputed, method: $0.method, outcome: $0.outcome.rawValue)
        }
        checklists = structure.checklists.map { checklist in
            ChecklistAnswers(design: checklist.design.key, summary: checklist.summary,
                             answers: checklist.responses.mapValues { .init(answer: $0.answer.rawValue, note: $0.note) },
                             unanswered: checklist.unanswered)
        }
        summaryOfFindings = structure.summariesOfFindings.map(SummaryOfFindingsJSON.init)
        riskOfBias = structure.riskOfBias.map(RiskOfBiasJSON.init)
        let index = structure.citations
        references = index.cited.enumerated().compactMap { offset, id in
            index.references[id].map { Reference(number: offset + 1, id: id, text: AMAReference($0).plainText) }
        }
        self.diagnostics = diagnostics
    }

    /// JSON has no infinity: an unbounded value or limit is written as null.
    private static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }

    /// Which of a quantity's numbers are written as null because they are infinite, in words.
    private static func infinityNote(_ quantity: Quantity) -> String? {
        let parts = [("value", quantity.value), ("low", quantity.interval?.low ?? 0), ("high", quantity.interval?.high ?? 0)]
            .filter { !$0.1.isFinite }
            .map { "\($0.0) is \($0.1 < 0 ? "−" : "")infinite" }
        return parts.isEmpty ? nil : parts.joined(separator: ", ") + " (null in JSON)"
    }

    /// Sorted keys and stable formatting, so that rebuilds are byte-identical.
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }
}
