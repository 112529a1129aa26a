import Appraisal
import Markdown

/// What the systematic-review fences are replaced by: a `summary-of-findings` block by its
/// table, a `risk-of-bias` block by its traffic-light table and its numbered summary chart.
enum ReviewBlocksHTML {
    /// The risk-of-bias summary charts, by fence position, to be numbered with the other figures.
    static func charts(_ structure: AppraisalStructure?) -> [SourcePosition: FigureDraft] {
        var drafts: [SourcePosition: FigureDraft] = [:]
        for assessment in structure?.riskOfBias ?? [] where !assessment.studies.isEmpty {
            drafts[assessment.position] = RiskOfBiasSummaryChart(assessment: assessment, id: "rob-\(assessment.position.line)-chart").draft
        }
        return drafts
    }

    /// The HTML of each fence by its position; `figures` holds the numbered charts.
    static func replacements(_ structure: AppraisalStructure, figures: [SourcePosition: SafeHTML], style: NumberStyle) -> [SourcePosition: SafeHTML] {
        var html: [SourcePosition: SafeHTML] = [:]
        for table in structure.summariesOfFindings {
            html[table.position] = SummaryOfFindingsTable.html(table, style: style)
        }
        for assessment in structure.riskOfBias {
            html[assessment.position] = RiskOfBiasTable.html(assessment) + (figures[assessment.position] ?? "")
        }
        return html
    }
}
