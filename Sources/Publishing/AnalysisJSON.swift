import Appraisal
import Markdown

/// The machine-readable form of a report: every data block's inputs, computed values (value,
/// interval, method) and checks, the checklist answers, the summary-of-findings and risk-of-bias blocks and the numbered references. Written as `output/<slug>.json` and by `render --format json`.
/// Each part writes its members in key order, the order of the file (`JSONWriter` would sort them anyway).
struct AnalysisJSON: JSONWritable {
    struct Block: JSONWritable {
        let id: String
        let type: String
        let outcome: String?
        let inputs: [String: [String]]
        let values: [Value]
        let unavailable: [String: String]

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("id", id)
                json.member("inputs", inputs)
                json.member("outcome", ifPresent: outcome)
                json.member("type", type)
                json.member("unavailable", unavailable)
                json.member("values", values)
            }
        }
    }

    struct Value: JSONWritable {
        let name: String
        let quantity: Quantity
        let method: String
        let adjustments: [String]

        /// Every number as written, an infinite one as an explicit null with `note` saying
        /// which (an NNT when the risks are equal): JSON has no infinity, and a silent gap would
        /// read as "not computed".
        func write(to json: inout JSONWriter) {
            json.object { json in
                if !adjustments.isEmpty { json.member("adjustments", adjustments) }
                if let interval = quantity.interval {
                    json.member("high", AnalysisJSON.finite(interval.high))
                    json.member("low", AnalysisJSON.finite(interval.low))
                }
                json.member("method", method)
                json.member("name", name)
                json.member("note", ifPresent: AnalysisJSON.infinityNote(quantity))
                json.member("value", AnalysisJSON.finite(quantity.value))
            }
        }
    }

    struct Check: JSONWritable {
        let block: String
        let figure: String
        let reported: String
        let recomputed: Double?
        let method: String
        let outcome: String

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("block", block)
                json.member("figure", figure)
                json.member("method", method)
                json.member("outcome", outcome)
                json.member("recomputed", ifPresent: recomputed)
                json.member("reported", reported)
            }
        }
    }

    struct ChecklistAnswers: JSONWritable {
        struct Answer: JSONWritable {
            let answer: String
            let note: String?

            func write(to json: inout JSONWriter) {
                json.object { json in
                    json.member("answer", answer)
                    json.member("note", ifPresent: note)
                }
            }
        }

        let design: String
        let summary: String
        let answers: [String: Answer]
        let unanswered: [String]

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("answers", answers)
                json.member("design", design)
                json.member("summary", summary)
                json.member("unanswered", unanswered)
            }
        }
    }

    struct Reference: JSONWritable {
        let number: Int
        let id: String
        let text: String

        func write(to json: inout JSONWriter) {
            json.object { json in
                json.member("id", id)
                json.member("number", number)
                json.member("text", text)
            }
        }
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

    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("blocks", blocks)
            json.member("checklists", checklists)
            json.member("checks", checks)
            json.member("diagnostics", diagnostics)
            json.member("file", file)
            json.member("references", references)
            json.member("riskOfBias", riskOfBias)
            json.member("style", style)
            json.member("summaryOfFindings", summaryOfFindings)
            json.member("title", ifPresent: title)
        }
    }

    /// Sorted keys and stable formatting (as Foundation's `JSONEncoder` wrote it), so that
    /// rebuilds are byte-identical.
    var text: String {
        var json = JSONWriter(capacity: 16_384)
        json.value(self)
        json.appendLineBreak()
        return json.text
    }
}
