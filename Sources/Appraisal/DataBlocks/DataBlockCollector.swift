import Markdown

/// The collect stage: finds every `data <id>` fence in a document and reads it.
public enum DataBlockCollector {
    /// The info-string word that marks a data block.
    public static let fenceWord = "data"

    /// The words of a fence's info string (`data improvement` → `data`, `improvement`), split as
    /// every fenced-block reader splits them: at each space or tab byte.
    ///
    /// Splitting the `String` by Characters cost 4,000 instructions a fence, asked six times for
    /// each; it also kept a space followed by a combining mark inside a word.
    public static func infoWords(_ info: String) -> [Substring] {
        let utf8 = info.utf8
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") {
                if let wordStart = start { words.append(Substring(utf8[wordStart..<index])) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let wordStart = start { words.append(Substring(utf8[wordStart...])) }
        return words
    }

    /// The block name of an info string that is exactly `data <name>`; nil for any other fence.
    public static func blockID(info: String) -> String? {
        let words = infoWords(info)
        guard words.count == 2, words[0] == Substring(fenceWord) else { return nil }
        return String(words[1])
    }

    /// Every valid data block in document order, and every problem found in any of them.
    public static func collect(from source: AppraisalSource, files: ProjectFiles?) -> (blocks: [DataBlock], diagnostics: [Diagnostic]) {
        let collected = collectNotingFailures(from: source, files: files)
        return (collected.blocks, collected.diagnostics)
    }

    /// As `collect`, and for each named block that could not be read, the position of its first
    /// error, so that expressions naming it can point there instead of saying it does not exist.
    public static func collectNotingFailures(from source: AppraisalSource, files: ProjectFiles?)
        -> (blocks: [DataBlock], diagnostics: [Diagnostic], failed: [String: SourcePosition]) {
        var failed: [String: SourcePosition] = [:]
        var blocks: [DataBlock] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourcePosition] = [:]
        source.body.forEachCodeBlock { node in
            guard case .codeBlock(let info, let literal) = node.kind, let range = node.range else { return }
            let words = infoWords(info)
            guard words.first == Substring(fenceWord) else { return }
            let position = range.start
            func error(_ code: String, _ message: String, hint: String? = nil) {
                diagnostics.append(Diagnostic(file: source.file.displayPath, position: position, length: 3, severity: .error,
                                              code: code, message: message, hint: hint))
            }
            guard words.count == 2 else {
                error("data-block-id", words.count < 2 ? "a data block needs a name: ```data improvement" : "a data block's info string is 'data' and one name",
                      hint: "the name is how expressions refer to it, e.g. {{ improvement.nnt }}")
                return
            }
            let id = String(words[1])
            guard ArmName(id).isIdentifier else {
                error("data-block-id", "'\(id)' cannot name a data block", hint: "use letters, digits and underscores, starting with a letter")
                return
            }
            if let first = seen[id] {
                error("data-block-duplicate", "a data block named '\(id)' already exists at line \(first.line)", hint: "give each block its own name")
                return
            }
            seen[id] = position
            var yaml = YAMLSource(file: source.file.displayPath, text: ExpressionMasking.restore(literal, sites: source.expressions),
                                  firstLine: position.line + 1, firstColumn: position.column)
            yaml.purpose = .block
            var reader = DataBlockReader(source: yaml, id: id, position: position)
            if let block = reader.read(context: files) {
                blocks.append(block)
            } else {
                failed[id] = reader.diagnostics.first { $0.severity == .error }?.position ?? position
            }
            diagnostics += reader.diagnostics
        }
        return (blocks, diagnostics, failed)
    }
}
