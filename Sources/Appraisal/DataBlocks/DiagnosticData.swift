/// A diagnostic test against a reference standard: a 2×2 table, or ordered result levels.
public struct DiagnosticData: Hashable, Sendable {
    /// The four cells of a 2×2 table.
    public struct Counts: Hashable, Sendable {
        /// Test positive, with the target condition.
        public var truePositives: Int
        /// Test positive, without the condition.
        public var falsePositives: Int
        /// Test negative, with the condition.
        public var falseNegatives: Int
        /// Test negative, without the condition.
        public var trueNegatives: Int
    }

    /// One band of results: its label and how many people with and without the condition had it.
    public struct Level: Hashable, Sendable {
        /// The label as written, e.g. `≤ 15`.
        public var label: String
        /// `level1`, `level2`, ... in order.
        public var slug: String
        /// The label's slug, when it starts with a letter: a second name for the level.
        public var alias: String?
        /// People with the target condition whose result fell in this band.
        public var withCondition: Int
        /// People without it whose result fell in this band.
        public var withoutCondition: Int
    }

    /// The condition the test looks for, e.g. "pulmonary embolism".
    public var target: String?
    /// The index test, e.g. "D-dimer ≥ 500 ng/mL".
    public var test: String?
    /// The reference standard.
    public var reference: String?
    /// The 2×2 table: given as `counts:`, or made from the levels and `positive`.
    public var counts: Counts
    /// The result levels, most abnormal first; empty when the block gives `counts:`.
    public var levels: [Level]
    /// How many of the first levels count as a positive result (1 unless `positive:` says).
    public var positive: Int
    /// The reader's patient's pre-test probability; nil means the study's prevalence.
    public var pretest: Double?
}
