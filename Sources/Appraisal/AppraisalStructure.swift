import Markdown

/// What makes a document an appraisal rather than a page of numbers: its checklists, its
/// citations and references, and the placeholders a scaffold left unfilled.
public struct AppraisalStructure: Sendable {
    /// Every readable checklist block, in document order.
    public var checklists: [Checklist]
    /// Every readable `summary-of-findings` block, in document order.
    public var summariesOfFindings: [SummaryOfFindings]
    /// Every readable `risk-of-bias` block, in document order.
    public var riskOfBias: [RiskOfBiasAssessment]
    /// The references and the numbers of the cited ones.
    public var citations: CitationIndex
    /// Everything found: checklist and citation problems, and unfilled placeholders.
    public var diagnostics: [Diagnostic]

    /// The marker `appraise new` writes where the author has something to fill in.
    public static let placeholderMarker = "TODO:"

    /// Reads the structure of `source`; `files` reads a bibliography file inside the project.
    /// Summary-of-findings and risk-of-bias blocks read the data blocks' results from `analysis`
    /// (analysed here when not given).
    public init(_ source: AppraisalSource, files: ProjectFiles?, analysis: DocumentAnalysis? = nil) {
        let (checklists, found) = ChecklistCollector.collect(from: source)
        self.checklists = checklists
        let results = (analysis ?? DocumentAnalysis(source, files: files)).results
        let (tables, tableFindings) = SummaryOfFindingsCollector.collect(from: source, results: results)
        let (assessments, biasFindings) = RiskOfBiasCollector.collect(from: source, results: results)
        summariesOfFindings = tables
        riskOfBias = assessments
        citations = CitationIndex(source, files: files)
        diagnostics = found + tableFindings + biasFindings + citations.diagnostics + AppraisalStructure.placeholders(in: source.file)
    }

    /// A warning for each `TODO:` left in the file (front matter, prose or blocks).
    static func placeholders(in file: SourceFile) -> [Diagnostic] {
        PlaceholderScanner.scan(file.text).map { placeholder in
            Diagnostic(
                file: file.displayPath, position: placeholder.position, length: placeholderMarker.utf8.count,
                severity: .warning, code: "placeholder",
                message: placeholder.rest.isEmpty ? "a placeholder is still to be filled in" : "still to be filled in: \(placeholder.rest)",
                hint: "replace the TODO: text with your own")
        }
    }
}
