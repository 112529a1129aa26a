/// File-name-safe slugs for tags, designs and levels of evidence.
enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; `item` when nothing is left.
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "item" : slug
    }
}
