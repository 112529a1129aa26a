import Markdown

/// One `checklist <design>` block: the author's answers to a design's questions.
public struct Checklist: Hashable, Sendable {
    /// An answer to one question.
    public enum Answer: String, Hashable, Sendable, CaseIterable {
        /// The study does what the question asks.
        case yes
        /// It does not.
        case no
        /// The report does not say, or it cannot be judged.
        case unclear
        /// The question does not apply to this study; not counted as unanswered.
        case notApplicable = "n/a"

        /// The answer as the checklist table prints it: "Yes", "No", "Unclear", "N/A".
        public var label: String {
            self == .notApplicable ? "N/A" : rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }

        /// A name usable in a CSS class or an identifier: `yes`, `no`, `unclear`, `not-applicable`.
        public var className: String { self == .notApplicable ? "not-applicable" : rawValue }

        /// The answer an author wrote as `word` (case-insensitive): `yes`, `no`, `unclear`, `n/a`
        /// or `not applicable`.
        public init?(word: String) {
            let word = word.lowercased()
            if word == "not applicable" { self = .notApplicable } else { self.init(rawValue: word) }
        }
    }

    /// An answer with the author's optional note.
    public struct Response: Hashable, Sendable {
        /// The answer.
        public var answer: Answer
        /// Why, in a few words.
        public var note: String?

        /// Creates a response.
        public init(_ answer: Answer, note: String? = nil) {
            self.answer = answer
            self.note = note
        }
    }

    /// The design whose questions are answered.
    public var design: ChecklistDesign
    /// The answers by question key; a question without one is unanswered.
    public var responses: [String: Response]
    /// Where the fence starts: the block is replaced by its table at this position.
    public var position: SourcePosition

    /// Creates a checklist.
    public init(design: ChecklistDesign, responses: [String: Response], position: SourcePosition) {
        self.design = design
        self.responses = responses
        self.position = position
    }

    /// The keys of the design's questions that have no answer, in question order.
    public var unanswered: [String] { design.keys.filter { responses[$0] == nil } }

    /// A one-line summary such as "9 of 12 answered yes; 1 unclear; 1 not applicable; 1 unanswered".
    public var summary: String {
        let total = design.questions.count
        let count = { (answer: Answer) in design.keys.filter { responses[$0]?.answer == answer }.count }
        var parts = ["\(count(.yes)) of \(total) answered yes"]
        if count(.no) > 0 { parts.append("\(count(.no)) no") }
        if count(.unclear) > 0 { parts.append("\(count(.unclear)) unclear") }
        if count(.notApplicable) > 0 { parts.append("\(count(.notApplicable)) not applicable") }
        if !unanswered.isEmpty { parts.append("\(unanswered.count) unanswered") }
        return parts.joined(separator: "; ")
    }
}
