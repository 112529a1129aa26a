import Appraisal

/// File-name-safe slugs for tags, designs and levels of evidence.
enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens; `item` when nothing is left.
    static func make(_ text: String) -> String {
        let slug = ArmName.slugWords(text, separator: "-")
        return slug.isEmpty ? "item" : slug
    }
}
