/// "Did you mean" suggestions for misspelt keys and names.
public enum Suggestion {
    /// The candidates closest to `word` by edit distance, nearest first, if close enough to help
    /// (the rule of `ExpressionSuggestions.nearest`; candidates are sorted first so that the
    /// answer never depends on a dictionary's order).
    public static func nearest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        ExpressionSuggestions.nearest(to: word, among: candidates.sorted(), limit: limit)
    }

    /// A hint sentence such as "did you mean 'title'?", or nil when nothing is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        ExpressionSuggestions.hint(for: nearest(to: word, in: candidates))
    }

    /// Optimal string alignment distance: Levenshtein plus adjacent transpositions as one edit.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
