import Markdown
import Yams

/// YAML text from a file (front matter or a data block), parsed defensively, with positions
/// mapped back to file coordinates.
///
/// Parsing stops at a `Node`: decoding aliases straight into values can explode (an alias bomb of a
/// few hundred bytes expands to billions of nodes), so the tree is first measured with limits.
public struct YAMLSource: Sendable {
    /// Limits on hostile or accidental input.
    public struct Limits: Sendable {
        /// Largest YAML text, in bytes.
        public var maximumBytes = 256 * 1024
        /// Most nodes after expanding aliases.
        public var maximumNodes = 50_000
        /// Deepest nesting.
        public var maximumDepth = 32

        /// The default limits.
        public init() {}
    }

    /// The file, as diagnostics print it.
    public let file: String
    /// The YAML text.
    public let text: String
    /// The file line on which `text` starts.
    public let firstLine: Int
    /// The file column at which each line of `text` starts (1 for front matter).
    public let firstColumn: Int
    /// What the YAML is, so that syntax hints give examples that fit.
    public var purpose: Purpose = .frontMatter

    /// Where each line of `text` starts, so that a position is found without splitting the text
    /// again for every node asked about (a bibliography asks for hundreds).
    private let lines: SourceLines

    /// What a YAML text is for.
    public enum Purpose: Sendable {
        /// A file's front matter (title, date, ...).
        case frontMatter
        /// A fenced block in the body (a data block or a checklist).
        case block
        /// A bibliography or other YAML file.
        case file
    }

    /// Wraps YAML text that starts at `firstLine`, `firstColumn` of `file`.
    public init(file: String, text: String, firstLine: Int, firstColumn: Int = 1) {
        self.file = file
        self.text = text
        self.firstLine = firstLine
        self.firstColumn = firstColumn
        // Enumerating the bytes for line feeds cost 11,000 instructions for a front matter of
        // four lines, and a page has a YAML text for each of its data blocks too.
        lines = SourceLines(text)
    }

    /// The constructor Yams asks for, which turns nodes into Swift values; nothing here ever asks
    /// it to (scalars are read as text), so one with no rules is made once. `Constructor.default`
    /// builds its tables anew on every call.
    ///
    /// Yams does not mark its classes `Sendable`; this one holds only constants and is never used.
    nonisolated(unsafe) private static let constructor = Constructor([:], [:], [:])

    /// Parses to a node tree, or returns the located reasons it could not be used.
    public func parse(limits: Limits = Limits()) -> Result<Node?, Diagnostic> {
        guard text.utf8.count <= limits.maximumBytes else {
            return .failure(error(at: SourcePosition(line: firstLine, column: firstColumn), code: "yaml-too-large",
                                  "YAML is \(text.utf8.count) bytes; the limit is \(limits.maximumBytes)"))
        }
        let node: Node?
        do {
            // UTF-8 named outright: Yams' default encoding reads the process environment on
            // every parse, which was 2% of a site build.
            //
            // The basic resolver tags every plain scalar as a string. Every reader here reads
            // scalars as strings and never asks for a tag, and the default resolver's regular
            // expressions, run on each mapping key to check for duplicates, were 3% of a build.
            // A key written plain and the same key quoted (`1:` and `"1":`) are now duplicates, as
            // they are to every reader here.
            node = try Yams.compose(yaml: text, .basic, YAMLSource.constructor, .utf8)
        } catch let yamlError as YamlError {
            return .failure(diagnostic(for: yamlError))
        } catch {
            return .failure(self.error(at: nil, code: "yaml-syntax", "YAML could not be read: \(error)"))
        }
        if let node {
            var budget = limits.maximumNodes
            if !YAMLSource.fits(node, budget: &budget, depth: limits.maximumDepth) {
                return .failure(self.error(
                    at: position(of: node), code: "yaml-too-complex",
                    "YAML expands to more than \(limits.maximumNodes) values or nests deeper than \(limits.maximumDepth)",
                    hint: "aliases (*name) repeat whole subtrees; write the values out instead"))
            }
        }
        return .success(node)
    }

    /// The file position of a node, with Yams' scalar-counted column turned into UTF-8 bytes.
    public func position(of node: Node) -> SourcePosition? {
        guard let mark = node.mark else { return nil }
        return position(line: mark.line, scalarColumn: mark.column)
    }

    /// A diagnostic at a node's position.
    public func error(at position: SourcePosition?, code: String, _ message: String, hint: String? = nil,
                      severity: Diagnostic.Severity = .error, length: Int = 1) -> Diagnostic {
        Diagnostic(file: file, position: position, length: length, severity: severity, code: code,
                   message: message, hint: hint)
    }

    private func position(line: Int, scalarColumn: Int) -> SourcePosition {
        var byteColumn = scalarColumn
        if let lineStart = lines.start(ofLine: line) {
            // Count the bytes of the line's first scalarColumn - 1 scalars (a scalar is a lead
            // byte and its continuation bytes), stopping at the line's end.
            let utf8 = text.utf8
            var index = utf8.index(utf8.startIndex, offsetBy: lineStart)
            var bytes = 0
            var scalars = 0
            while scalars < scalarColumn - 1, index < utf8.endIndex, utf8[index] != UInt8(ascii: "\n") {
                repeat {
                    bytes += 1
                    index = utf8.index(after: index)
                } while index < utf8.endIndex && utf8[index] & 0xC0 == 0x80
                scalars += 1
            }
            byteColumn = 1 + bytes
        }
        return SourcePosition(line: firstLine + line - 1, column: firstColumn + byteColumn - 1)
    }

    private func diagnostic(for yamlError: YamlError) -> Diagnostic {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return error(at: position(line: mark.line, scalarColumn: mark.column), code: "yaml-syntax",
                         "YAML syntax: \(problem)", hint: hint(for: problem, line: mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return error(at: position(line: context.mark.line, scalarColumn: context.mark.column),
                         code: "yaml-duplicate-key", "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))",
                         hint: "each key may appear once; remove or rename the repeated one")
        case .reader(let problem, _, _, _):
            return error(at: nil, code: "yaml-syntax", "YAML could not be read: \(problem)")
        default:
            return error(at: nil, code: "yaml-syntax", "YAML could not be read: \(yamlError)")
        }
    }

    /// Advice for a syntax error reported at (YAML) `line`: a tab in the line's indentation
    /// first, then by the problem, with an example that fits `purpose`.
    private func hint(for problem: String, line: Int) -> String? {
        if problem.contains("tab") || YAMLSource.indentHasTab(text, line: line) {
            return "YAML indents with spaces, not tabs: replace the tab at the start of this line with spaces"
        }
        if problem.contains("mapping values are not allowed") {
            return switch purpose {
            case .frontMatter: "a value containing ': ' must be quoted, e.g. title: \"IVIG: a review\""
            case .block, .file: "check the indentation (keys of one mapping line up, nested ones further right), and quote a value containing ': '"
            }
        }
        if problem.contains("found character that cannot start any token") {
            return "quote values that start with @ or `"
        }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
            return "check the indentation: keys of one mapping start in the same column"
        }
        return nil
    }

    /// Whether the leading whitespace of YAML line `line` (1-based) holds a tab.
    private static func indentHasTab(_ text: String, line: Int) -> Bool {
        var current = 1, inIndent = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if current == line { return false }
                current += 1
                inIndent = true
            } else if current == line, inIndent {
                if byte == UInt8(ascii: "\t") { return true }
                if byte != UInt8(ascii: " ") { inIndent = false }
            } else if current > line {
                return false
            }
        }
        return false
    }

    private static func fits(_ node: Node, budget: inout Int, depth: Int) -> Bool {
        budget -= 1
        guard budget >= 0, depth >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            return sequence.allSatisfy { fits($0, budget: &budget, depth: depth - 1) }
        case .mapping(let mapping):
            return mapping.allSatisfy {
                fits($0.key, budget: &budget, depth: depth - 1) && fits($0.value, budget: &budget, depth: depth - 1)
            }
        }
    }
}
