/// The YAML header of an appraisal: what it is about and how to present it.
public struct FrontMatter: Hashable, Sendable {
    /// The report's title (required).
    public var title: String
    /// When the appraisal was written (required for the site's ordering and feed).
    public var date: ISODate
    /// Who wrote it.
    public var authors: [Author] = []
    /// Free-form topics for the site's tag pages.
    public var tags: [String] = []
    /// The clinical question the appraisal answers.
    public var question: String?
    /// Population, intervention, comparison and outcome.
    public var pico: PICO?
    /// The reference id of the appraised study.
    public var appraises: String?
    /// The study design, e.g. `rct` or `cohort`.
    public var design: String?
    /// The level of evidence on a named scale.
    public var evidence: EvidenceLevel?
    /// The one-line answer to the question.
    public var bottomLine: String?
    /// When the appraisal should be checked again.
    public var expires: ISODate?
    /// The appraisal's own DOI (`10.xxxx/...`, without a resolver prefix), when it has one.
    public var doi: String?
    /// The number style profile: `ama` (default), `apa` or `bmj`.
    public var style: String = "ama"
    /// The CSL references listed in the front matter, in order.
    public var references: [CSLReference] = []
    /// A sidecar CSL-JSON or CSL-YAML file of further references, relative to the appraisal.
    public var bibliography: String?
    /// Whether the document named its style itself (otherwise the site's default applies).
    public var hasExplicitStyle = false
    /// The ids of the CSL references listed in the front matter, in order.
    public var referenceIDs: [String] { references.map(\.id) }
    /// Whether the author opted in to raw HTML passing through to the page.
    public var allowsRawHTML = false

    /// Creates front matter with its two required fields.
    public init(title: String, date: ISODate) {
        self.title = title
        self.date = date
    }

    /// A person credited with the appraisal.
    public struct Author: Hashable, Sendable {
        /// The name as it should print.
        public var name: String
        /// Where they work, if given.
        public var affiliation: String?

        /// Creates an author.
        public init(name: String, affiliation: String? = nil) {
            self.name = name
            self.affiliation = affiliation
        }
    }

    /// The four parts of a clinical question.
    public struct PICO: Hashable, Sendable {
        /// Who the question is about.
        public var population: String?
        /// What is being considered.
        public var intervention: String?
        /// What it is compared with.
        public var comparison: String?
        /// What matters to the patient.
        public var outcome: String?

        /// Creates a PICO; every part is optional.
        public init(population: String? = nil, intervention: String? = nil, comparison: String? = nil, outcome: String? = nil) {
            self.population = population
            self.intervention = intervention
            self.comparison = comparison
            self.outcome = outcome
        }
    }

    /// A level of evidence, e.g. SORT level 2.
    public struct EvidenceLevel: Hashable, Sendable {
        /// The scale's name, e.g. `sort`, `oxford`, `grade`.
        public var scale: String
        /// The level on that scale, as written.
        public var level: String
        /// The strength of recommendation, where the scale has one (SORT A-C).
        public var strength: String?

        /// Creates a level of evidence.
        public init(scale: String, level: String, strength: String? = nil) {
            self.scale = scale
            self.level = level
            self.strength = strength
        }
    }

    /// Every key the front matter understands, for unknown-key suggestions.
    public static let knownKeys = [
        "title", "date", "author", "authors", "tags", "question", "pico", "appraises", "design",
        "evidence", "bottom_line", "expires", "style", "references", "bibliography", "raw_html", "doi",
    ]
}
