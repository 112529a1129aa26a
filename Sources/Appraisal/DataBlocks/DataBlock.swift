import Markdown

/// A fenced `data <id>` block: one dataset of the study, typed and validated.
public struct DataBlock: Sendable {
    /// The name expressions use, e.g. `improvement`.
    public var id: String
    /// Where the fence starts.
    public var position: SourcePosition
    /// What was measured, in words, for the result table's caption.
    public var outcome: String?
    /// Whether the block renders as a result table (`show: false` hides it).
    public var show: Bool
    /// Figures requested with `figures: [...]`.
    public var figures: [String]
    /// Figures the author reported, by statistic name (`nnt`, `t.p`, `fisher.p`...).
    public var reported: [String: ReportedNumber]
    /// The data, typed by its kind.
    public var content: any DataBlockContent

    /// The kind's name as written after `type:`.
    public var kind: String { type(of: content).kind }
}

/// An arm's name as written, and the snake_case slug expressions may always use.
public struct ArmName: Hashable, Sendable {
    /// As written, e.g. `Non-IVIG`.
    public var display: String
    /// Lower-case letters, digits and underscores, e.g. `non_ivig`.
    public var slug: String

    /// Derives the slug from the display name.
    public init(_ display: String) {
        self.display = display
        self.slug = ArmName.slug(display)
    }

    /// A name whose slug is not derived from its display name (diagnostic levels are
    /// `level1`, `level2`, ... whatever their labels).
    public init(display: String, slug: String) {
        self.display = display
        self.slug = slug
    }

    /// `Non-IVIG` → `non_ivig`, `Placebo (saline)` → `placebo_saline`; a leading digit gets `_`.
    public static func slug(_ text: String) -> String {
        let result = slugWords(text, separator: "_")
        guard let first = result.unicodeScalars.first, ("0"..."9").contains(first) else { return result }
        return "_" + result
    }

    /// The lower-case ASCII letters and digits of `text`, each run of anything else turned into
    /// one `separator`; shared by expression names (`_`) and page names (`-`).
    public static func slugWords(_ text: String, separator: Character) -> String {
        var result = ""
        var pendingSeparator = false
        for scalar in text.lowercased().unicodeScalars {
            if ArmName.isASCIILetter(scalar) || ("0"..."9").contains(scalar) {
                if pendingSeparator, !result.isEmpty { result.append(separator) }
                result.unicodeScalars.append(scalar)
                pendingSeparator = false
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// Whether `scalar` is an ASCII letter: what `properties.isAlphabetic` says of ASCII, without
    /// looking up Unicode's tables (0.4% of a site build, for the arm names of every block).
    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether the display name itself is an identifier an expression can use.
    public var isIdentifier: Bool {
        guard let first = display.unicodeScalars.first, ArmName.isASCIILetter(first) || first == "_" else { return false }
        return display.unicodeScalars.allSatisfy { ArmName.isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

/// Events out of totals per arm; the first arm is experimental, `controlIndex` the control.
public struct BinaryData: Hashable, Sendable {
    /// One arm's counts.
    public struct Arm: Hashable, Sendable {
        /// The arm's name.
        public var name: ArmName
        /// Patients with the event.
        public var events: Int
        /// Patients in the arm.
        public var total: Int
    }

    /// The arms in the order written.
    public var arms: [Arm]
    /// Which arm is the control (the last unless `control:` says otherwise).
    public var controlIndex: Int
    /// Whether the event is good (improvement), so a higher experimental rate is a benefit.
    public var desirable: Bool
    /// `patient_risk:`, the expected event risk of the reader's own patient without treatment
    /// (PEER), to which the block's relative effect is applied; nil when not given.
    public var patientRisk: Double? = nil
}

/// Per arm, either a summary (mean, SD, n) or raw values.
public struct ContinuousData: Hashable, Sendable {
    /// One arm's data.
    public struct Arm: Hashable, Sendable {
        /// The arm's name.
        public var name: ArmName
        /// The data as written.
        public var sample: Sample
    }

    /// Summary statistics or raw observations.
    public enum Sample: Hashable, Sendable {
        /// `mean ± sd (n=N)`.
        case summary(mean: Double, sd: Double, n: Int)
        /// The observations themselves.
        case raw([Double])
    }

    /// The arms in the order written.
    public var arms: [Arm]
}

/// One row per patient, as read from inline CSV or a project file.
public struct SurvivalRows: Hashable, Sendable {
    /// One patient.
    public struct Row: Hashable, Sendable {
        /// The arm.
        public var group: String
        /// Follow-up time.
        public var time: Double
        /// True for an event, false for censoring.
        public var event: Bool
    }

    /// The rows in file order.
    public var rows: [Row]
    /// The distinct groups in order of first appearance.
    public var groups: [ArmName]
}
