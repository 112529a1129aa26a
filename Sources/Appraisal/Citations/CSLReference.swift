import Markdown

/// One bibliographic item in CSL form (what Zotero and Pandoc export), with the fields the
/// AMA reference style prints.
public struct CSLReference: Hashable, Sendable {
    /// A person's name in CSL form: family and given names, or a literal (an organisation).
    public struct Name: Hashable, Sendable {
        /// The family name.
        public var family: String?
        /// The given names, as written (initials or full names).
        public var given: String?
        /// A name printed as written, e.g. a study group.
        public var literal: String?
        /// A particle that stays with the family name when it is sorted (`van der` Berg).
        public var nonDroppingParticle: String?
        /// A particle dropped before the family name when it is sorted (Ludwig `van` Beethoven).
        public var droppingParticle: String?
        /// A suffix such as `Jr.` or `III`.
        public var suffix: String?

        /// Creates a name.
        public init(family: String? = nil, given: String? = nil, literal: String? = nil,
                    nonDroppingParticle: String? = nil, droppingParticle: String? = nil, suffix: String? = nil) {
            self.family = family
            self.given = given
            self.literal = literal
            self.nonDroppingParticle = nonDroppingParticle
            self.droppingParticle = droppingParticle
            self.suffix = suffix
        }

        /// Whether a literal name only stands for authors left out ("et al.", "others").
        public static func isEtAl(_ literal: String) -> Bool {
            ["et al.", "et al", "others", "and others"].contains(literal.trimmingWhitespace().lowercased())
        }

        /// The family name with its particles as printed: `van der Berg`; nil for a literal name.
        public var fullFamily: String? {
            guard let family else { return nil }
            return ([droppingParticle, nonDroppingParticle].compactMap { $0 } + [family]).joined(separator: " ")
        }
    }

    /// The key it is cited by: `[@id]`.
    public var id: String
    /// The CSL type, e.g. `article-journal`, `book`, `webpage`.
    public var type: String?
    /// The authors in order.
    public var authors: [Name] = []
    /// The work's title.
    public var title: String?
    /// The journal (or book) title in full.
    public var containerTitle: String?
    /// The abbreviated journal title, printed in preference to the full one.
    public var containerTitleShort: String?
    /// The publisher, for books.
    public var publisher: String?
    /// The year of publication.
    public var year: Int?
    /// The month of publication (1-12), when the date gives one.
    public var month: Int?
    /// The day of the month, when the date gives one.
    public var day: Int?
    /// The volume.
    public var volume: String?
    /// The issue.
    public var issue: String?
    /// The pages, e.g. `1993-2000`.
    public var page: String?
    /// The DOI, without `https://doi.org/`.
    public var doi: String?
    /// The PubMed id.
    public var pmid: String?
    /// A web address, printed when there is no DOI.
    public var url: String?
    /// A summary of the work (exported, not printed in the reference list).
    public var abstract: String?
    /// Where the item was defined, for diagnostics about it.
    public var position: SourcePosition?

    /// Creates a reference with its id.
    public init(id: String) {
        self.id = id
    }
}
