@testable import Appraisal
import Markdown

/// Documents and their structure for the systematic-review block tests.
enum ReviewSamples {
    /// A document with front matter and `body`; its line 5 is the body's first line.
    static func source(_ body: String) -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "appraisals/r.md", text: "---\ntitle: R\ndate: 2020-01-01\n---\n\(body)"))
    }

    /// A meta-analysis block's results: `random` with its interval, `n` and `k`, given rather
    /// than computed, so that summary-of-findings and risk-of-bias blocks can be tested on their
    /// own; each study's control arm has the matching `controlCounts`.
    static func pooled(id: String = "bcg", measure: String = "rr", random: (Double, Double, Double) = (0.49, 0.34, 0.70),
                       n: Int = 357_347, studies: [String] = ["Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960"],
                       controlCounts: [(events: Int, total: Int)] = [(11, 139), (29, 303), (45, 1541)]) -> BlockResults {
        let content = MetaAnalysisData(
            studies: zip(studies, controlCounts).map { name, control in
                MetaAnalysisData.Study(name: ArmName(name), data: .counts(experimentalEvents: 1, experimentalTotal: control.total,
                                                                          controlEvents: control.events, controlTotal: control.total),
                                       position: SourcePosition(line: 6, column: 3))
            },
            measure: measure, pooling: nil, tau2: "reml", hksj: false, desirable: false)
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
