@testable import Appraisal
import Markdown

/// A stand-in for a `type: meta-analysis` block's content, with its pooled statistics given
/// rather than computed, so that summary-of-findings and risk-of-bias blocks can be tested on
/// their own.
struct PooledStand: DataBlockContent, PooledStudiesContent {
    static let kind = "meta-analysis"
    var studyNames: [String]
    var measure: String
    var controlCounts: [(events: Int, total: Int)]
    var namedParts: [ArmName] { studyNames.map(ArmName.init) }

    func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic] { [] }
}

/// Documents and their structure for the systematic-review block tests.
enum ReviewSamples {
    /// A document with front matter and `body`; its line 5 is the body's first line.
    static func source(_ body: String) -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/r.md", text: "---\ntitle: R\ndate: 2020-01-01\n---\n\(body)"))
    }

    /// A meta-analysis block's results: `random` with its interval, `n` and `k`.
    static func pooled(id: String = "bcg", measure: String = "rr", random: (Double, Double, Double) = (0.49, 0.34, 0.70),
                       n: Int = 357_347, studies: [String] = ["Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960"],
                       controlCounts: [(events: Int, total: Int)] = [(11, 139), (29, 303), (45, 1541)]) -> BlockResults {
        let content = PooledStand(studyNames: studies, measure: measure, controlCounts: controlCounts)
        let block = DataBlock(id: id, position: SourcePosition(line: 5, column: 1), outcome: "Tuberculosis", show: true,
                              figures: [], reported: [:], content: content)
        var results = BlockResults(block: block)
        results.add("k", Quantity(Double(studies.count), kind: .count, defaultDecimals: 0), method: "studies pooled")
        results.add("n", Quantity(Double(n), kind: .count, defaultDecimals: 0), method: "participants")
        results.add("random", Quantity(random.0, kind: .ratio, interval: QuantityInterval(low: random.1, high: random.2)),
                    method: "random effects (REML)")
        return results
    }

    /// The structure of `body`, with `extra` results added to the document's own blocks.
    static func structure(_ body: String, extra: [BlockResults] = []) -> AppraisalStructure {
        let source = source(body)
        var analysis = DocumentAnalysis(source, files: nil)
        analysis.results += extra
        return AppraisalStructure(source, files: nil, analysis: analysis)
    }

    /// The diagnostics of `structure` with one of `codes`, as `line:column code`.
    static func located(_ structure: AppraisalStructure, prefix: String) -> [String] {
        structure.diagnostics.filter { $0.code.hasPrefix(prefix) }.map { "\($0.position?.description ?? "?") \($0.code)" }
    }
}
