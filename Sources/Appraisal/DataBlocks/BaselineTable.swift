import Markdown

/// A "Table 1": groups with their sizes, and one row per characteristic.
public struct BaselineTable: Hashable, Sendable {
    /// A compared group and its size.
    public struct Group: Hashable, Sendable {
        /// The group's name.
        public var name: ArmName
        /// How many patients it has.
        public var size: Int
    }

    /// One characteristic, with one value per group.
    public struct Row: Hashable, Sendable {
        /// The characteristic as printed, e.g. `Age at disease onset (years)`.
        public var label: String
        /// The snake_case name expressions use, e.g. `age_at_disease_onset_years`.
        public var slug: String
        /// One value per group, in group order.
        public var values: [Value]
        /// The P value the table printed, if any.
        public var reportedP: ReportedNumber?
        /// Whether the measured item takes whole numbers (for the GRIM and GRIMMER tests).
        public var integer: Bool
        /// Whether the item is yes/no coded 0 or 1 and printed as mean ± SD (for the DEBIT test).
        public var binary: Bool = false
        /// Where the row starts.
        public var position: SourcePosition?
    }

    /// How a cell was written.
    public enum Value: Hashable, Sendable {
        /// `41 ± 21`: mean and SD, compared with Student's t-test.
        case meanSD(mean: ReportedNumber, sd: ReportedNumber)
        /// `9` or `9 (37.5%)`: a count, with the percentage as printed.
        case count(Int, percent: ReportedNumber?)
        /// `15 (11–21)`: median and quartiles, which summaries cannot retest.
        case median(median: Double, q1: Double, q3: Double)
    }

    /// The groups in column order.
    public var groups: [Group]
    /// The rows in printed order.
    public var rows: [Row]
}
