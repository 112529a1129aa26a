import Yams

/// The scales a level of evidence may be given on, and what each allows.
///
/// SORT (Strength of Recommendation Taxonomy): levels 1-3 and an optional strength A-C;
/// Oxford CEBM 2011: levels 1-5; GRADE: certainty high, moderate, low or very low.
public enum EvidenceScale: String, CaseIterable, Sendable {
    /// Strength of Recommendation Taxonomy.
    case sort
    /// Oxford Centre for Evidence-Based Medicine, 2011 levels.
    case oxford
    /// GRADE certainty of evidence.
    case grade

    /// Other spellings authors use for a scale.
    static let aliases: [String: EvidenceScale] = ["cebm": .oxford, "oxford-cebm": .oxford, "ocebm": .oxford, "oxford-2011": .oxford]

    /// The levels the scale allows, as written in front matter.
    public var levels: [String] {
        switch self {
        case .sort: ["1", "2", "3"]
        case .oxford: ["1", "2", "3", "4", "5"]
        case .grade: ["high", "moderate", "low", "very low"]
        }
    }

    /// The scale's name as a report prints it.
    public var displayName: String {
        switch self {
        case .sort: "SORT"
        case .oxford: "Oxford CEBM 2011"
        case .grade: "GRADE"
        }
    }

    /// The scale named `text`, by name or alias, ignoring case.
    public init?(named text: String) {
        let key = text.lowercased()
        guard let scale = EvidenceScale(rawValue: key) ?? EvidenceScale.aliases[key] else { return nil }
        self = scale
    }

    /// Checks a level (and strength) against its scale, reporting located errors with suggestions;
    /// returns the level with the scale and level in canonical spelling, or nil when invalid.
    static func validate(scale: String, level: String, strength: String?, parts: [String: Node], node: Node,
                         reader: inout YAMLFieldReader) -> FrontMatter.EvidenceLevel? {
        guard let known = EvidenceScale(named: scale) else {
            let names = allCases.map(\.rawValue)
            reader.report(parts["scale"] ?? node, code: "evidence-scale", "unknown evidence scale '\(scale)'",
                          hint: Suggestion.hint(for: scale.lowercased(), in: names + aliases.keys) ?? "use sort, oxford or grade",
                          length: scale.utf8.count)
            return nil
        }
        let written = level.lowercased().replacingAll("-", with: " ").replacingAll("_", with: " ")
        guard known.levels.contains(written) else {
            reader.report(parts["level"] ?? node, code: "evidence-level",
                          "'\(level)' is not a level of \(known.displayName)",
                          hint: (known == .grade ? Suggestion.hint(for: written, in: known.levels) : nil)
                                ?? "use one of: \(known.levels.joined(separator: ", "))",
                          length: level.utf8.count)
            return nil
        }
        var checkedStrength: String?
        if let strength, let node = parts["strength"] {
            if known == .sort, ["A", "B", "C"].contains(strength.uppercased()) {
                checkedStrength = strength.uppercased()
            } else {
                reader.report(node, code: "evidence-strength",
                              known == .sort ? "'\(strength)' is not a SORT strength" : "\(known.displayName) has no strength of recommendation",
                              hint: known == .sort ? "use A, B or C" : "remove 'strength', or use scale: sort",
                              length: strength.utf8.count)
                return nil
            }
        }
        return FrontMatter.EvidenceLevel(scale: known.rawValue, level: written, strength: checkedStrength)
    }
}

extension FrontMatter.EvidenceLevel {
    /// The badge text, e.g. "SORT level 2 · strength B", "Oxford CEBM 2011 level 1",
    /// "GRADE certainty: moderate".
    public var badge: String {
        let scale = EvidenceScale(named: self.scale)
        switch scale {
        case .grade: return "GRADE certainty: \(level)"
        case .sort, .oxford, nil:
            let base = "\(scale?.displayName ?? self.scale.uppercased()) level \(level)"
            return strength.map { "\(base) · strength \($0)" } ?? base
        }
    }

    /// A CSS class naming scale and level, e.g. `evidence-grade-very-low`.
    public var badgeClass: String {
        "evidence-\(scale)-\(level.replacingAll(" ", with: "-"))"
    }
}
