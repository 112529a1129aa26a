/// GRADE's certainty of the evidence for one outcome, and the reasons it was rated down.
public enum GradeCertainty: Int, Hashable, Sendable, CaseIterable, Comparable {
    /// ⊕◯◯◯: the true effect is probably markedly different from the estimate.
    case veryLow = 1
    /// ⊕⊕◯◯: the true effect might be markedly different.
    case low = 2
    /// ⊕⊕⊕◯: the true effect is probably close to the estimate.
    case moderate = 3
    /// ⊕⊕⊕⊕: there is a lot of confidence that the true effect is close to the estimate.
    case high = 4

    /// The word as an author writes it: `high`, `moderate`, `low`, `very low`.
    public var word: String {
        switch self {
        case .high: "high"
        case .moderate: "moderate"
        case .low: "low"
        case .veryLow: "very low"
        }
    }

    /// A name usable in a CSS class: `very-low`.
    public var className: String { word.replacingAll(" ", with: "-") }

    /// Every accepted word, highest first, for hints.
    public static let words = allCases.reversed().map(\.word)

    /// The certainty an author wrote as `word` (case-insensitive, `very_low` accepted).
    public init?(word: String) {
        let word = word.lowercased().replacingAll("_", with: " ")
        guard let match = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = match
    }

    /// ⊕ for each level reached and ◯ for each missing, e.g. `⊕⊕◯◯` for low.
    public var symbols: String {
        String(repeating: "\u{2295}", count: rawValue) + String(repeating: "\u{25EF}", count: 4 - rawValue)
    }

    /// What the downgrades give for randomised evidence: high, one level less per serious
    /// concern and two per very serious one, never below very low.
    public static func expected(from downgrades: [GradeDowngrade]) -> GradeCertainty {
        let levels = downgrades.reduce(0) { $0 + $1.level.levels }
        return GradeCertainty(rawValue: max(GradeCertainty.veryLow.rawValue, GradeCertainty.high.rawValue - levels)) ?? .veryLow
    }

    /// Orders from very low to high.
    public static func < (lhs: GradeCertainty, rhs: GradeCertainty) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One reason the certainty of an outcome was rated down.
public struct GradeDowngrade: Hashable, Sendable {
    /// The five GRADE domains, in the order GRADE lists them.
    public enum Domain: String, Hashable, Sendable, CaseIterable {
        /// Limitations of the studies' design or conduct.
        case riskOfBias = "risk_of_bias"
        /// Unexplained differences between the studies' results.
        case inconsistency
        /// Population, intervention, comparison or outcome differ from the question's.
        case indirectness
        /// Wide confidence interval, few events or patients.
        case imprecision
        /// Studies probably missing from the evidence.
        case publicationBias = "publication_bias"

        /// The domain as a footnote names it: "Risk of bias".
        public var title: String {
            switch self {
            case .riskOfBias: "Risk of bias"
            case .inconsistency: "Inconsistency"
            case .indirectness: "Indirectness"
            case .imprecision: "Imprecision"
            case .publicationBias: "Publication bias"
            }
        }
    }

    /// How much a concern weighs.
    public enum Level: String, Hashable, Sendable, CaseIterable {
        /// One level down.
        case serious
        /// Two levels down.
        case verySerious = "very serious"

        /// The levels of certainty it removes.
        public var levels: Int { self == .serious ? 1 : 2 }

        /// The level an author wrote as `word` (case-insensitive, `very_serious` accepted).
        public init?(word: String) {
            self.init(rawValue: word.lowercased().replacingAll("_", with: " "))
        }
    }

    /// The domain.
    public var domain: Domain
    /// How serious the concern is.
    public var level: Level
    /// The author's reason in a few words, if given (`serious — most trials unblinded`).
    public var note: String?

    /// Creates a downgrade.
    public init(_ domain: Domain, _ level: Level, note: String? = nil) {
        self.domain = domain
        self.level = level
        self.note = note
    }

    /// The footnote text: "Risk of bias: serious (rated down one level); most trials unblinded."
    public var footnote: String {
        let amount = level == .serious ? "one level" : "two levels"
        return "\(domain.title): \(level.rawValue) (rated down \(amount))" + (note.map { "; \($0)" } ?? "") + "."
    }
}
