import Appraisal
import Foundation

/// File-name-safe slugs for tags, designs and levels of evidence.
///
/// Accents are folded (`Sjögren` → `sjogren`); a label that still has letters, digits or symbols
/// a slug cannot spell (`β-blockers`, `C++`, `≥ 65`) gets a short fingerprint of the label, so it
/// never shares a page with another label (`blockers`, `C`, `65`).
enum Slug {
    /// Lowercase ASCII letters and digits joined by single hyphens, then `-` and 8 hexadecimal
    /// digits when the label lost a letter or symbol on the way; `item-…` when nothing is left.
    static func make(_ text: String) -> String {
        let folded = fold(text)
        let slug = ArmName.slugWords(folded, separator: "-")
        guard slug.isEmpty || folded.unicodeScalars.contains(where: isLost) else { return slug }
        let fingerprint = String(ContentHash.of(Data(folded.utf8)).prefix(8))
        return (slug.isEmpty ? "item" : slug) + "-" + fingerprint
    }

    /// The label lowercased, with accents taken off letters.
    static func fold(_ text: String) -> String {
        // ASCII has no accents and decomposes to itself (most labels are ASCII).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Whether a slug drops `scalar` although it carries meaning: a letter or digit outside
    /// ASCII, or a symbol such as `+`, `<` or `≥`.
    private static func isLost(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return !scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
        }
    }
}
