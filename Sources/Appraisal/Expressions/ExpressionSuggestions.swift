/// "Did you mean" help for misspelt filter and statistic names, usable by scopes too.
public enum ExpressionSuggestions {
    /// The candidates closest to `word` by edit distance (case-insensitive), nearest first,
    /// ties in candidate order. A candidate qualifies when at most about a third of it differs
    /// and it is at most one edit further than the best candidate (so one close match is not
    /// drowned out by long names that merely share a prefix).
    public static func nearest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = Array(word.lowercased())
        var scored: [(distance: Int, index: Int, candidate: String)] = []
        for (index, candidate) in candidates.enumerated() {
            let other = Array(candidate.lowercased())
            let allowed = max(1, (max(other.count, lowered.count) + 1) / 3)
            let distance = editDistance(lowered, other)
            if distance <= allowed { scored.append((distance, index, candidate)) }
        }
        scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
        if let best = scored.first?.distance { scored.removeAll { $0.distance > best + 1 } }
        var seen = Set<String>()
        return scored.map(\.candidate).filter { seen.insert($0).inserted }.prefix(max(0, limit)).map { $0 }
    }

    /// "did you mean 'a'?", "did you mean 'a' or 'b'?", "did you mean 'a', 'b' or 'c'?"; nil for none.
    public static func hint(for suggestions: [String]) -> String? {
        let quoted = suggestions.map { "'\($0)'" }
        guard let last = quoted.last else { return nil }
        let head = quoted.dropLast()
        return "did you mean " + (head.isEmpty ? last : head.joined(separator: ", ") + " or " + last) + "?"
    }

    /// Optimal string alignment distance: Levenshtein plus adjacent transpositions as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
