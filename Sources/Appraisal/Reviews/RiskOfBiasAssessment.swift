import Markdown

/// One ```` ```risk-of-bias <tool> ```` block: each study's domain judgements and its overall
/// judgement by the tool's rule.
public struct RiskOfBiasAssessment: Sendable {
    /// One study's judgements.
    public struct Study: Hashable, Sendable {
        /// The study's name as written.
        public var name: String
        /// The judgement of each domain, by domain key.
        public var judgements: [String: RiskOfBiasTool.Judgement]
        /// The overall judgement by the tool's rule (the worst domain).
        public var overall: RiskOfBiasTool.Judgement
        /// The author's `overall:`, when written; it is shown, and compared with the rule's.
        public var authorOverall: RiskOfBiasTool.Judgement?
        /// Where the study's line is.
        public var position: SourcePosition

        /// The overall judgement shown: the author's when written, otherwise the rule's.
        public var shownOverall: RiskOfBiasTool.Judgement { authorOverall ?? overall }
    }

    /// The tool used.
    public var tool: RiskOfBiasTool
    /// The meta-analysis block whose studies these are, when `block:` names one.
    public var block: String?
    /// The studies whose lines could be read, in the order written.
    public var studies: [Study]
    /// Where the fence starts: the block is replaced by its table and chart at this position.
    public var position: SourcePosition

    /// The study called `name` (exactly as written, or by its expression slug).
    public func study(named name: String) -> Study? {
        studies.first { $0.name == name } ?? studies.first { ArmName.slug($0.name) == ArmName.slug(name) }
    }

    /// How many studies have `judgement` in the domain `key` (`overall` for the overall column).
    public func count(_ judgement: RiskOfBiasTool.Judgement, in key: String) -> Int {
        studies.filter { (key == "overall" ? $0.shownOverall : $0.judgements[key]) == judgement }.count
    }
}

extension AppraisalStructure {
    /// The risk-of-bias judgements of study `study` of meta-analysis block `block`, for drawing
    /// them beside the forest plot: nil when no `risk-of-bias` block names that block and study.
    public func riskOfBias(block: String, study: String) -> (tool: RiskOfBiasTool, study: RiskOfBiasAssessment.Study)? {
        for assessment in riskOfBias where assessment.block == block {
            if let found = assessment.study(named: study) { return (assessment.tool, found) }
        }
        return nil
    }
}
