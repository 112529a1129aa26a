/// "Did you mean" help for misspelt filter and statistic names, usable by scopes too.
public enum ExpressionSuggestions {
    /// The candidates closest to `word` by edit distance (case-insensitive), nearest first,
    /// ties in candidate order. A candidate qualifies when at most about a third of it differs
    /// and it is at most one edit further than the best candidate (so one close match is not
    /// drowned out by long names that merely share a prefix).
    public static func nearest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            let other = candidate.lowercased()
            let allowed = max(1, (max(other.count, lowered.count) + 1) / 3)
            let distance = Suggestion.editDistance(lowered, other)
            if distance <= allowed { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        if let best = scored.first?.distance { scored.removeAll { $0.distance > best + 1 } }
        var seen = Set<String>()
        return scored.map(\.candidate).filter { seen.insert($0).inserted }.prefix(max(0, limit)).map { $0 }
    }

    /// The nearest candidates, or when none is near, those whose last part is `word`'s last part:
    /// `p` suggests `fisher.p` and `chisq.p`, `low` suggests the `.low` limits.
    public static func nearestOrSameEnding(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let near = nearest(to: word, among: candidates, limit: limit)
        guard near.isEmpty, let ending = word.split(separator: ".").last.map({ "." + $0.lowercased() }) else { return near }
        return Array(candidates.filter { $0.lowercased().hasSuffix(ending) }.prefix(max(0, limit)))
    }

    /// "did you mean 'a'?", "did you mean 'a' or 'b'?", "did you mean 'a', 'b' or 'c'?"; nil for none.
    public static func hint(for suggestions: [String]) -> String? {
        let quoted = suggestions.map { "'\($0)'" }
        guard let last = quoted.last else { return nil }
        let head = quoted.dropLast()
        return "did you mean " + (head.isEmpty ? last : head.joined(separator: ", ") + " or " + last) + "?"
    }
}
