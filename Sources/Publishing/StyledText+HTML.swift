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
        if !afterPLabel {
            // The first byte is looked at before the Characters: most texts are numbers, and
            // one without a P label is done.
            guard let first = result.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "p"),
                  result.hasPrefix("P ") || result.hasPrefix("p ") else { return result }
            label = String(result.prefix(1))
            result.removeFirst()
        }
        guard result.utf8.first == UInt8(ascii: " ") else { return label + result }
        for (spaced, relation) in [(" = ", "="), (" < ", "<"), (" > ", ">")] where result.hasPrefix(spaced) {
            return label + nonBreaking + relation + nonBreaking + result.dropFirst(3)
        }
        return label + result
    }

    /// `text` with the space of every "% CI" and "% PI" made non-breaking: the text between them
    /// is copied whole (this runs for every printed figure).
    static func bindingIntervalNames(_ text: String) -> String {
        ByteSearch.withUTF8(of: text) { bytes in
            guard var percent = ByteSearch.firstOffset(of: UInt8(ascii: "%"), in: bytes, from: 0) else { return text }
            var result: [UInt8] = []
            var copied = 0
            while true {
                let space = percent + 1
                if space + 2 < bytes.count, bytes[space] == UInt8(ascii: " "),
                   bytes[space + 1] == UInt8(ascii: "C") || bytes[space + 1] == UInt8(ascii: "P"), bytes[space + 2] == UInt8(ascii: "I") {
                    if result.isEmpty { result.reserveCapacity(bytes.count + 4) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<space]))
                    result += [0xC2, 0xA0]  // U+00A0 NO-BREAK SPACE
                    copied = space + 1
                }
                guard let next = ByteSearch.firstOffset(of: UInt8(ascii: "%"), in: bytes, from: space) else { break }
                percent = next
            }
            guard copied > 0 else { return text }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(assembledUTF8: result)
        }
    }
}
