import Appraisal
import Markdown

extension StyledText {
    /// The text as HTML: italic segments in `<i>`, everything escaped, and no line break where a
    /// reader would lose the thread: a P stays with its relation and value (`P = .04`), a
    /// confidence level with its interval's name (`95% CI`).
    var html: SafeHTML {
        var html: SafeHTML = ""
        var previousIsLabel = false
        for segment in segments {
            if segment.isItalic {
                html += "<i>\(segment.text)</i>"
            } else {
                html += SafeHTML(escaping: StyledText.keepingTogether(segment.text, afterPLabel: previousIsLabel))
            }
            previousIsLabel = segment.isItalic && (segment.text == "P" || segment.text == "p")
        }
        return html
    }

    /// `text` with non-breaking spaces after a confidence level and around the relation that
    /// follows a P label (`P = `, `P < `; a plain `P = ` at the start of the text too).
    static func keepingTogether(_ text: String, afterPLabel: Bool) -> String {
        let nonBreaking = "\u{00A0}"
        var result = bindingIntervalNames(text)
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

    /// `text` with the space of every "% CI" and "% PI" made non-breaking, in one pass over the
    /// bytes (this runs for every printed figure).
    static func bindingIntervalNames(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            result.append(byte)
            index += 1
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, bytes[index] == UInt8(ascii: " "),
               bytes[index + 1] == UInt8(ascii: "C") || bytes[index + 1] == UInt8(ascii: "P"),
               bytes[index + 2] == UInt8(ascii: "I") {
                result += [0xC2, 0xA0]  // U+00A0 NO-BREAK SPACE
                index += 1
            }
        }
        return String(assembledUTF8: result)
    }
}
