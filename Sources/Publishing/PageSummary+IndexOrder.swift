extension Array where Element == PageSummary {
    /// Sorts the pages into `PageSummary.indexOrder`, the same order `sort(by:)` gives.
    ///
    /// The positions are sorted and each page is then moved once, along the cycles of the
    /// permutation: sorting the pages themselves moved each summary, a value with a dozen
    /// reference-counted fields, at every merge, a tenth of a rebuild with nothing to do.
    mutating func sortInIndexOrder() {
        var order = indices.sorted { PageSummary.indexOrder(self[$0], self[$1]) }
        // Position `i` is to hold the page now at `order[i]`; a settled position points at itself.
        for start in indices where order[start] != start {
            var current = start
            while order[current] != start {
                let next = order[current]
                swapAt(current, next)
                order[current] = current
                current = next
            }
            order[current] = current
        }
    }
}
