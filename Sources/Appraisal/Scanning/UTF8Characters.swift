/// Helpers for scanners that walk a text's UTF-8 bytes in one forward pass but must agree with
/// a walk over its `Character`s (so that `[` followed by a combining accent is not a bracket).
enum UTF8Characters {
    /// Whether the ASCII byte at `index` is a character of its own, as a walk over `Character`s
    /// sees it: not extended by a combining mark after it, nor joined to a prepended mark before
    /// it. Between two scalars one of which is ASCII, the grapheme rules depend on that pair
    /// alone, so only the neighbours are looked at, and only when they are not ASCII.
    static func isWholeCharacter(_ index: String.Index, in text: String) -> Bool {
        let scalars = text.unicodeScalars
        let scalar = scalars[index]
        if index > scalars.startIndex {
            let before = scalars[scalars.index(before: index)]
            if before.value >= 0x80, !breaks(before, scalar) { return false }
        }
        let after = scalars.index(after: index)
        if after < scalars.endIndex, scalars[after].value >= 0x80, !breaks(scalar, scalars[after]) { return false }
        return true
    }

    /// Whether a grapheme boundary separates `first` and `second` written one after the other.
    private static func breaks(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        return String(pair).count == 2
    }
}
