/// One question of an appraisal checklist, in the project's own words.
public struct ChecklistQuestion: Hashable, Sendable {
    /// The part of the appraisal a question belongs to, in the order a report shows them.
    public enum Group: String, Hashable, Sendable, CaseIterable {
        /// Can the results be trusted?
        case validity
        /// What are the results, and how precise are they?
        case results
        /// Do the results help with my patient?
        case applicability

        /// The group's heading in a rendered checklist.
        public var title: String {
            switch self {
            case .validity: "Validity"
            case .results: "Results"
            case .applicability: "Applicability"
            }
        }
    }

    /// The stable snake_case key an answer is written under, e.g. `randomised`.
    public var key: String
    /// Where the question belongs.
    public var group: Group
    /// The question as the report prints it.
    public var text: String

    /// Creates a question.
    public init(_ key: String, _ group: Group, _ text: String) {
        self.key = key
        self.group = group
        self.text = text
    }
}

/// The questions asked of one study design, and the design's display name.
public struct ChecklistDesign: Hashable, Sendable {
    /// The key written after `checklist` in a fence, e.g. `rct`.
    public var key: String
    /// The questions in the order they are printed (grouped validity, results, applicability).
    public var questions: [ChecklistQuestion]

    /// The readable design name, e.g. "Randomised controlled trial".
    public var name: String { StudyDesign.displayName(key) }

    /// Every question key, in order.
    public var keys: [String] { questions.map(\.key) }

    /// The question with `key`, if the design has one.
    public func question(_ key: String) -> ChecklistQuestion? {
        questions.first { $0.key == key }
    }
}
