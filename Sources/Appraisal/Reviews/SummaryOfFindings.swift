import Markdown

/// One ```` ```summary-of-findings ```` block: GRADE's Summary of Findings table for a question,
/// one row per outcome, each computed from a binary or meta-analysis data block.
public struct SummaryOfFindings: Sendable {
    /// One outcome row.
    public struct Outcome: Sendable {
        /// The data block the row is computed from.
        public var block: String
        /// The outcome's name: the block's `outcome:`, or its id when it has none.
        public var name: String
        /// Participants in the studies.
        public var participants: Int?
        /// Studies behind the estimate (1 for a binary block).
        public var studies: Int?
        /// The relative effect with its 95% interval, when the measure is a ratio.
        public var relative: RelativeEffect?
        /// The effect per 1,000; nil when no baseline risk was available.
        public var absolute: AbsoluteEffect?
        /// Where the baseline came from, e.g. "control arm" or "assumed".
        public var baselineSource: String
        /// `follow_up:` as written.
        public var followUp: String?
        /// The certainty shown: the author's, or what the downgrades give when none was written.
        public var certainty: GradeCertainty
        /// Whether the author wrote the certainty (rather than it being derived).
        public var certaintyWritten: Bool
        /// The reasons for rating down, in GRADE's domain order.
        public var downgrades: [GradeDowngrade]
        /// `comment:` as written.
        public var comment: String?
        /// Where the outcome's entry starts.
        public var position: SourcePosition

        /// What the downgrades give, starting from high.
        public var expectedCertainty: GradeCertainty { GradeCertainty.expected(from: downgrades) }
    }

    /// A ratio with its interval, as the relative-effect column prints it.
    public struct RelativeEffect: Hashable, Sendable {
        /// `RR`, `OR` or `Ratio`.
        public var label: String
        /// The estimate.
        public var value: Double
        /// The lower 95% limit.
        public var low: Double
        /// The upper 95% limit.
        public var high: Double
        /// How it was computed, e.g. "random effects (REML)".
        public var method: String
    }

    /// `population:` as written.
    public var population: String?
    /// `intervention:` as written.
    public var intervention: String?
    /// `comparison:` as written.
    public var comparison: String?
    /// The rows that could be computed, in the order written.
    public var outcomes: [Outcome]
    /// Where the fence starts: the block is replaced by its table at this position.
    public var position: SourcePosition
}
