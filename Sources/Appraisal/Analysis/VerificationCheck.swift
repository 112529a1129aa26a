import Markdown

/// One reported figure compared with its recomputed value.
public struct VerificationCheck: Hashable, Sendable {
    /// What the comparison found.
    public enum Outcome: String, Hashable, Sendable {
        /// The recomputed value rounds to what was reported.
        case consistent
        /// It does not, but no conclusion changes.
        case inconsistent
        /// Significance at α = 0.05 differs between the reported and recomputed P value.
        case decisionChanging = "decision-changing"
        /// The figure cannot be recomputed from the data given.
        case notVerifiable = "not-verifiable"

        /// The verdict in words, spelled as everywhere else: "consistent", "inconsistent",
        /// "decision-changing", "not verifiable".
        public var label: String {
            switch self {
            case .notVerifiable: "not verifiable"
            default: rawValue
            }
        }
    }

    /// The data block.
    public var block: String
    /// What was checked, in words, e.g. "MRC at diagnosis [0-10]: P".
    public var label: String
    /// As the author reported it.
    public var reported: String
    /// The recomputed figure at full precision, when there is one.
    public var recomputed: Double?
    /// The recomputed figure as the report prints it.
    public var recomputedText: String?
    /// How the figure was recomputed, or why it could not be.
    public var method: String
    /// The verdict.
    public var outcome: Outcome
    /// Where the reported figure was written.
    public var position: SourcePosition?
}
