import Appraisal

/// Splits a name as an appraisal's front matter writes it (`A. Student`, `Jan van der Berg`,
/// `Cruz, Maria de la`) into CSL parts, for exports that need family and given names apart.
///
/// A name that looks like an organisation (a single word, or one containing a word such as
/// "Group" or "Collaboration") stays whole, as a literal.
enum PersonName {
    /// Lower-case words that belong to the family name when they precede it.
    static let particles: Set<String> = ["van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "dos", "das", "ter", "ten", "zu", "af", "al", "el", "y"]
    /// Words that mark a corporate author.
    static let corporateWords: Set<String> = [
        "group", "collaboration", "collaborative", "committee", "consortium", "network", "investigators", "trialists",
        "organization", "organisation", "society", "association", "institute", "university", "foundation", "council",
        "agency", "working", "panel", "team", "centre", "center", "department", "who", "nice", "cochrane",
    ]

    /// The CSL name for `written`.
    static func parse(_ written: String) -> CSLReference.Name {
        let name = written.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        let words = name.split(separator: " ").map(String.init)
        if words.count < 2 || words.contains(where: { corporateWords.contains($0.lowercased()) }) {
            return CSLReference.Name(literal: name)
        }
        if let comma = name.firstIndex(of: ",") {
            let family = String(name[..<comma]).trimmingWhitespace()
            let given = String(name[name.index(after: comma)...]).trimmingWhitespace()
            guard !family.isEmpty, !given.isEmpty else { return CSLReference.Name(literal: name) }
            return split(family: family, given: given)
        }
        guard let last = words.last else { return CSLReference.Name(literal: name) }
        var head = Array(words.dropLast())
        var particle: [String] = []
        while let word = head.last, particles.contains(word), head.count > 1 {
            particle.insert(word, at: 0)
            head.removeLast()
        }
        return CSLReference.Name(family: last, given: head.joined(separator: " "),
                                 nonDroppingParticle: particle.isEmpty ? nil : particle.joined(separator: " "))
    }

    /// `Berg` and `Jan van der` → family `Berg`, particle `van der`, given `Jan`.
    private static func split(family: String, given: String) -> CSLReference.Name {
        var familyWords = family.split(separator: " ").map(String.init)
        var givenWords = given.split(separator: " ").map(String.init)
        var particle: [String] = []
        while familyWords.count > 1, let first = familyWords.first, particles.contains(first) {
            particle.append(first)
            familyWords.removeFirst()
        }
        while givenWords.count > 1, let word = givenWords.last, particles.contains(word) {
            particle.insert(word, at: 0)
            givenWords.removeLast()
        }
        return CSLReference.Name(family: familyWords.joined(separator: " "), given: givenWords.joined(separator: " "),
                                 nonDroppingParticle: particle.isEmpty ? nil : particle.joined(separator: " "))
    }
}
