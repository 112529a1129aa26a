import Appraisal
import Markdown

/// The structure of a Mustache template, as far as checking it needs: which names it places,
/// which sections it opens and which partials it includes, with their positions.
///
/// Rendering is done by swift-mustache; this reading exists so that a template asking for a
/// key the page does not provide is an error instead of a silent blank.
indirect enum MustacheElement: Sendable {
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(name: String, escaped: Bool, position: SourcePosition)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(name: String, inverted: Bool, content: [MustacheElement], position: SourcePosition)
    /// `{{>name}}`.
    case partial(name: String, position: SourcePosition)
    /// `{{<name}}...{{/name}}`: a parent template with `{{$block}}` overrides inside.
    case parent(name: String, content: [MustacheElement], position: SourcePosition)
    /// `{{$name}}...{{/name}}`: a block with default content.
    case block(name: String, content: [MustacheElement], position: SourcePosition)
}

/// A template's syntax problem, with the position of the offending tag.
struct MustacheSyntaxError: Error {
    let position: SourcePosition
    let message: String
}

/// Reads Mustache tags out of template text.
enum MustacheSyntax {
    /// How deep sections, parents and blocks may nest. swift-mustache, the checker and the
    /// compiled renderer all descend one level of recursion per level of nesting, and a template
    /// nested five thousand deep overflowed the stack; a real template nests a few levels.
    static let maximumDepth = 64

    /// The template's elements, or the first syntax problem.
    static func parse(_ text: String) throws(MustacheSyntaxError) -> [MustacheElement] {
        var stack: [(name: String, sigil: Character, position: SourcePosition, content: [MustacheElement])] = [
            ("", " ", SourcePosition(line: 1, column: 1), []),
        ]
        for tag in try tags(in: text) {
            let name = tag.name
            switch tag.sigil {
            case "!":
                continue
            case "=":
                throw MustacheSyntaxError(position: tag.position, message: "changing delimiters is not supported in appraise templates")
            case "#", "^", "<", "$":
                guard stack.count <= maximumDepth else {
                    throw MustacheSyntaxError(position: tag.position,
                                              message: "sections, parents and blocks nest more than \(maximumDepth) deep here")
                }
                stack.append((name, tag.sigil, tag.position, []))
            case "/":
                guard stack.count > 1, let open = stack.popLast() else {
                    throw MustacheSyntaxError(position: tag.position, message: "'{{/\(name)}}' closes a section that was never opened")
                }
                guard open.name == name else {
                    throw MustacheSyntaxError(position: tag.position,
                                              message: "'{{/\(name)}}' closes '\(open.name)', opened at \(open.position)")
                }
                let element: MustacheElement = switch open.sigil {
                case "<": .parent(name: name, content: open.content, position: open.position)
                case "$": .block(name: name, content: open.content, position: open.position)
                default: .section(name: name, inverted: open.sigil == "^", content: open.content, position: open.position)
                }
                stack[stack.count - 1].content.append(element)
            case ">":
                stack[stack.count - 1].content.append(.partial(name: name, position: tag.position))
            default:
                stack[stack.count - 1].content.append(.variable(name: name, escaped: tag.sigil == " ", position: tag.position))
            }
        }
        guard stack.count == 1, let root = stack.first else {
            let open = stack[stack.count - 1]
            throw MustacheSyntaxError(position: open.position, message: "section '\(open.name)' is never closed")
        }
        return root.content
    }

    private struct Tag {
        let sigil: Character
        let name: String
        let position: SourcePosition
        /// Where the tag lies in the text's UTF-8 bytes, braces included.
        var bytes: Range<Int> = 0..<0
    }

    /// The UTF-8 byte ranges of the sections named `name` that are not inside any other section,
    /// parent or block, each from the start of its opening tag to the end of its closing tag;
    /// nil when the text does not parse.
    static func topLevelSections(named name: String, in text: String) -> [Range<Int>]? {
        guard let tags = try? tags(in: text) else { return nil }
        var depth = 0
        var open: Int?
        var ranges: [Range<Int>] = []
        for tag in tags {
            switch tag.sigil {
            case "#", "^", "<", "$":
                if depth == 0, tag.sigil == "#", tag.name == name { open = tag.bytes.lowerBound }
                depth += 1
            case "/":
                depth -= 1
                if depth == 0, let start = open {
                    ranges.append(start..<tag.bytes.upperBound)
                    open = nil
                }
            default:
                continue
            }
        }
        return ranges
    }

    /// Every `{{...}}` tag: its sigil (" " for a plain variable, "&" for raw) and trimmed name.
    private static func tags(in text: String) throws(MustacheSyntaxError) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(text.utf8)
        var index = 0, line = 1, lineStart = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let position = SourcePosition(line: line, column: index - lineStart + 1)
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let contentStart = index + (triple ? 3 : 2)
            let closing = Array((triple ? "}}}" : "}}").utf8)
            guard let contentEnd = firstIndex(of: closing, in: bytes, from: contentStart) else {
                throw MustacheSyntaxError(position: position, message: "tag is never closed with \(String(decoding: closing, as: UTF8.self))")
            }
            var content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self).trimmingWhitespace()
            var sigil: Character = triple ? "&" : " "
            if !triple, let first = content.first, "#^/>!<$=&{".contains(first) {
                sigil = first == "{" ? "&" : first
                content = String(content.dropFirst()).trimmingWhitespace()
                if first == "{", content.hasSuffix("}") { content = String(content.dropLast()).trimmingWhitespace() }
            }
            tags.append(Tag(sigil: sigil, name: transformedName(content), position: position, bytes: index..<(contentEnd + closing.count)))
            for byte in bytes[index..<contentEnd] where byte == UInt8(ascii: "\n") { line += 1 }
            if let lastNewline = bytes[index..<contentEnd].lastIndex(of: UInt8(ascii: "\n")) { lineStart = lastNewline + 1 }
            index = contentEnd + closing.count
        }
        return tags
    }

    /// The variable inside a swift-mustache transform such as `uppercased(title)`.
    private static func transformedName(_ content: String) -> String {
        guard content.hasSuffix(")"), let open = content.lastIndex(of: "(") else { return content }
        return String(content[content.index(after: open)..<content.index(before: content.endIndex)]).trimmingWhitespace()
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
