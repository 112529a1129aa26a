import Foundation
import Appraisal
import Markdown

extension StyledText {
    /// The text as HTML: italic segments in `<i>`, everything escaped, and no line break where a
    /// reader would lose the thread: a P stays with its relation and value (`P = .04`), a
    /// confidence level with its interval's name (`95% CI`).
    var html: SafeHTML {
        var previousIsLabel = false
        return SafeHTML(joining: segments.map { segment -> SafeHTML in
            defer { previousIsLabel = segment.isItalic && ["P", "p"].contains(segment.text) }
            if segment.isItalic { return "<i>\(segment.text)</i>" }
            return SafeHTML(escaping: StyledText.keepingTogether(segment.text, afterPLabel: previousIsLabel))
        })
    }

    /// `text` with non-breaking spaces after a confidence level and around the relation that
    /// follows a P label (`P = `, `P < `; a plain `P = ` at the start of the text too).
    static func keepingTogether(_ text: String, afterPLabel: Bool) -> String {
        let nonBreaking = "\u{00A0}"
        var result = text.replacingOccurrences(of: "% CI", with: "%" + nonBreaking + "CI")
            .replacingOccurrences(of: "% PI", with: "%" + nonBreaking + "PI")
        var label = ""
        if !afterPLabel, result.hasPrefix("P ") || result.hasPrefix("p ") {
            label = String(result.prefix(1))
            result.removeFirst()
        }
        guard afterPLabel || !label.isEmpty else { return result }
        for relation in ["=", "<", ">"] where result.hasPrefix(" \(relation) ") {
            return label + nonBreaking + relation + nonBreaking + result.dropFirst(3)
        }
        return label + result
    }
}
