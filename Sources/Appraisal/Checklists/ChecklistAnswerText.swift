/// Reads an answer written as text: a bare answer word (`yes`, `No`, `n/a`), or the word and a
/// note joined by an em or en dash, a spaced hyphen, a colon or a comma (`no — hospital cases
/// only`, `unclear, not reported`).
enum ChecklistAnswerText {
    /// What a text says.
    enum Reading: Equatable {
        /// An answer, with the note written after it if there was one.
        case answer(Checklist.Answer, note: String?)
        /// No answer word starts the text; `word` is its first word.
        case unknownWord(String)
        /// An answer word starts the text but what follows is not a note after a separator.
        case missingSeparator(Checklist.Answer, word: String, rest: String)
    }

    /// The answer words, longest first so that `not applicable` is tried before `no`.
    static let words = ["not applicable", "unclear", "n/a", "yes", "no"]

    private static let separators: Set<Character> = ["—", "–", ":", ","]

    /// Reads `text`, which has no surrounding whitespace.
    static func read(_ text: String) -> Reading {
        for word in words {
            let head = text.prefix(word.count)
            guard head.lowercased() == word, let answer = Checklist.Answer(word: word) else { continue }
            let rest = text.dropFirst(word.count)
            if rest.isEmpty { return .answer(answer, note: nil) }
            let spaced = rest.first?.isWhitespace == true
            let afterSpace = rest.drop { $0.isWhitespace }
            guard let mark = afterSpace.first else { return .answer(answer, note: nil) }
            if separators.contains(mark) || (mark == "-" && spaced) {
                let note = String(afterSpace.dropFirst()).trimmingWhitespace()
                return .answer(answer, note: note.isEmpty ? nil : note)
            }
            if spaced { return .missingSeparator(answer, word: String(head), rest: String(afterSpace)) }
        }
        let stops = separators.union([" ", "\t"])
        let first = String(text.prefix { !stops.contains($0) })
        return .unknownWord(first.isEmpty ? text : first)
    }

    /// The text of a checklist block with each one-line top-level answer that holds a colon
    /// single-quoted, so that `blinded: no: the surgeons knew` reads as text rather than as a YAML
    /// error. A quoted value starts at the column its text did, so positions stay right.
    static func quotingAnswersWithColons(_ block: String) -> String {
        var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let continued = index + 1 < lines.count && lines[index + 1].first.map { $0 == " " || $0 == "\t" } == true
            if !continued, let quoted = quotedAnswer(lines[index]) { lines[index] = quoted }
        }
        return lines.joined(separator: "\n")
    }

    private static func quotedAnswer(_ line: String) -> String? {
        guard let first = line.first, first.isLetter || first == "_",
              let colon = line.firstIndex(of: ":"),
              line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let afterColon = line[line.index(after: colon)...]
        guard afterColon.first == " " || afterColon.first == "\t" else { return nil }
        let spaces = afterColon.prefix { $0 == " " || $0 == "\t" }
        let value = afterColon.dropFirst(spaces.count)
        let comment = zip(value.indices, value.indices.dropFirst()).first { value[$0.0].isWhitespace && value[$0.1] == "#" }
        let text = String(value[..<(comment?.0 ?? value.endIndex)]).trimmingWhitespace()
        guard text.first?.isLetter == true, text.contains(":") else { return nil }
        return String(line[...colon]) + spaces + "'" + text.replacingAll("'", with: "''") + "'"
    }
}
