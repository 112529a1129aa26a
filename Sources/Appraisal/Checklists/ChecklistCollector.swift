import Markdown
import Yams

/// Finds every `checklist <design>` fence in a document and reads its answers.
public enum ChecklistCollector {
    /// The info-string word that marks a checklist block.
    public static let fenceWord = "checklist"

    /// Every readable checklist in document order, and every problem found in any of them.
    public static func collect(from source: AppraisalSource) -> (checklists: [Checklist], diagnostics: [Diagnostic]) {
        var checklists: [Checklist] = []
        var diagnostics: [Diagnostic] = []
        let file = source.file.displayPath
        source.body.forEachCodeBlock { node in
            guard case .codeBlock(let info, let literal) = node.kind, let range = node.range else { return }
            let words = DataBlockCollector.infoWords(info)
            guard words.first == Substring(fenceWord) else { return }
            let designs = ChecklistCatalogue.designKeys
            guard words.count == 2, let design = ChecklistCatalogue.design(String(words[1])) else {
                let written = words.count > 1 ? String(words[1]) : ""
                diagnostics.append(Diagnostic(
                    file: file, position: range.start, length: 3, severity: .error, code: "checklist-design",
                    message: written.isEmpty ? "a checklist block needs a design: ```checklist rct"
                                             : "there is no checklist for design '\(written)'",
                    hint: Suggestion.hint(for: written, in: designs) ?? "use one of: \(designs.joined(separator: ", "))"))
                return
            }
            let text = ChecklistAnswerText.quotingAnswersWithColons(ExpressionMasking.restore(literal, sites: source.expressions))
            var yaml = YAMLSource(file: file, text: text,
                                  firstLine: range.start.line + 1, firstColumn: range.start.column)
            yaml.purpose = .block
            var reader = ChecklistReader(source: yaml, design: design)
            let responses = reader.read()
            diagnostics += reader.diagnostics
            let checklist = Checklist(design: design, responses: responses, position: range.start)
            if !checklist.unanswered.isEmpty {
                let count = checklist.unanswered.count
                diagnostics.append(Diagnostic(
                    file: file, position: range.start, length: 3, severity: .warning, code: "checklist-unanswered",
                    message: "\(count) checklist question\(count == 1 ? " is" : "s are") unanswered: \(checklist.unanswered.joined(separator: ", "))",
                    hint: "answer each with yes, no, unclear or n/a, e.g. \(checklist.unanswered[0]): unclear"))
            }
            checklists.append(checklist)
        }
        return (checklists, diagnostics)
    }
}

/// Reads the YAML of one checklist block.
struct ChecklistReader {
    let source: YAMLSource
    let design: ChecklistDesign
    private(set) var diagnostics: [Diagnostic] = []

    init(source: YAMLSource, design: ChecklistDesign) {
        self.source = source
        self.design = design
    }

    /// The answers by key; unknown keys and unreadable answers are reported and left out.
    mutating func read() -> [String: Checklist.Response] {
        let node: Node?
        switch source.parse() {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return [:]
        case .success(let parsed): node = parsed
        }
        guard let node else { return [:] }
        var fields = YAMLFieldReader(source: source)
        guard let mapping = fields.mapping(node, key: "checklist") else {
            diagnostics += fields.diagnostics
            return [:]
        }
        var responses: [String: Checklist.Response] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                fields.report(keyNode, code: "yaml-key-not-text", "a key in a checklist must be plain text")
                continue
            }
            guard design.question(key) != nil else {
                fields.report(keyNode, code: "checklist-unknown-question",
                              "'\(key)' is not a question of the \(design.key) checklist",
                              hint: Suggestion.hint(for: key, in: design.keys) ?? "the questions are: \(design.keys.joined(separator: ", "))",
                              length: key.utf8.count)
                continue
            }
            if let response = Self.response(value, key: key, fields: &fields) { responses[key] = response }
        }
        diagnostics += fields.diagnostics
        return responses
    }

    private static func response(_ value: Node, key: String, fields: inout YAMLFieldReader) -> Checklist.Response? {
        var answerNode: Node? = value
        var note: String?
        if let mapping = value.mapping {
            let parts = fields.entries(of: mapping, known: ["answer", "note"], context: "checklist answer")
            answerNode = parts["answer"]
            note = parts["note"].flatMap { $0.scalar?.string.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            if parts["note"] != nil, parts["note"]?.scalar == nil {
                fields.report(value, code: "yaml-type", "the note of '\(key)' must be text")
            }
        }
        guard let answerNode else { return nil }
        guard let scalar = answerNode.scalar else {
            fields.report(answerNode, code: "checklist-answer", "the answer to '\(key)' must be yes, no, unclear or n/a",
                          hint: "write \(key): yes, \(key): yes — a note, or \(key): {answer: yes, note: ...}")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty || text == "~" || text.lowercased() == "null" { return nil }
        switch ChecklistAnswerText.read(text) {
        case .answer(let answer, let written):
            if written != nil, note != nil {
                fields.report(answerNode, code: "checklist-answer", "the answer to '\(key)' has a note of its own and a 'note:' as well",
                              hint: "keep one: {answer: \(answer.rawValue), note: ...}", length: text.utf8.count)
                return nil
            }
            return Checklist.Response(answer, note: note ?? written)
        case .missingSeparator(_, let word, let rest):
            fields.report(answerNode, code: "checklist-answer", "'\(text)' is not an answer: put a dash, colon or comma between the answer and its note",
                          hint: "write \(key): \(word) — \(rest)", length: text.utf8.count)
        case .unknownWord(let word):
            fields.report(answerNode, code: "checklist-answer", "'\(word)' is not an answer; use yes, no, unclear or n/a",
                          hint: Suggestion.hint(for: word.lowercased(), in: ChecklistAnswerText.words)
                              ?? "write \(key): yes, or \(key): unclear — a note", length: max(word.utf8.count, 1))
        }
        return nil
    }
}
