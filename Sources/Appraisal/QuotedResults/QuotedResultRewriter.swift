import Markdown

/// Finds quoted results in a document's prose and marks them in its tree.
///
/// Each paragraph and heading is read as one text: text nodes as written, emphasis and strong
/// emphasis by their content (so `*t*(28)` reads `t(28)`), line breaks as newlines; code spans,
/// links, images, raw HTML and generated nodes break the text, so nothing in them is ever read.
/// Inline expressions are private-use placeholders at this stage and break a result too.
public enum QuotedResultRewriter {
    /// Every quoted result of the tree's prose, checked, in document order.
    public static func results(in root: MarkdownNode) -> [CheckedQuotedResult] {
        var found: [CheckedQuotedResult] = []
        _ = rewrite(root) { found.append($0); return [] }
        return found
    }

    /// The tree with `mark(result)` placed right after each quoted result.
    public static func rewrite(_ root: MarkdownNode, _ mark: (CheckedQuotedResult) -> [MarkdownNode]) -> MarkdownNode {
        switch root.kind {
        case .paragraph, .heading:
            return markInline(root, mark)
        case .codeBlock, .htmlBlock, .generatedBlock:
            return root
        default:
            var copy = root
            copy.children = root.children.map { rewrite($0, mark) }
            return copy
        }
    }

    private static func markInline(_ block: MarkdownNode, _ mark: (CheckedQuotedResult) -> [MarkdownNode]) -> MarkdownNode {
        var text: [UInt8] = []
        var spans: [Range<Int>] = []
        for child in block.children {
            let start = text.count
            append(child, to: &text)
            spans.append(start..<text.count)
        }
        let results = QuotedResultScanner.scan(bytes: text)
        guard !results.isEmpty else { return block }
        let positions = positions(of: results.map(\.offset), in: text, block: block.range?.start)
        var marks: [(end: Int, nodes: [MarkdownNode])] = []
        for (result, position) in zip(results, positions) {
            let checked = CheckedQuotedResult(result: result, verdict: QuotedResultJudge.judge(result), position: position)
            marks.append((result.offset + result.length, mark(checked)))
        }
        var copy = block
        copy.children = []
        var next = 0
        for (child, span) in zip(block.children, spans) {
            guard case .text(let content) = child.kind else {
                copy.children.append(child)
                while next < marks.count, marks[next].end <= span.upperBound {
                    copy.children += marks[next].nodes
                    next += 1
                }
                continue
            }
            let bytes = Array(content.utf8)
            var cut = 0
            while next < marks.count, marks[next].end <= span.upperBound {
                let local = marks[next].end - span.lowerBound
                if local > cut { copy.children.append(MarkdownNode(.text(String(decoding: bytes[cut..<local], as: UTF8.self)), range: child.range)) }
                cut = max(cut, local)
                copy.children += marks[next].nodes
                next += 1
            }
            if cut < bytes.count { copy.children.append(MarkdownNode(.text(String(decoding: bytes[cut...], as: UTF8.self)), range: child.range)) }
        }
        return copy
    }

    /// The text a node contributes to its paragraph's scanned text.
    private static func append(_ node: MarkdownNode, to text: inout [UInt8]) {
        switch node.kind {
        case .text(let content): text += content.utf8
        case .softBreak, .lineBreak: text.append(0x0A)
        case .emphasis, .strong: for child in node.children { append(child, to: &text) }
        default: text.append(0x01)
        }
    }

    /// Source positions of sorted byte offsets, counted from the block's start within its own text.
    private static func positions(of offsets: [Int], in text: [UInt8], block: SourcePosition?) -> [SourcePosition?] {
        guard let block else { return offsets.map { _ in nil } }
        var result: [SourcePosition?] = []
        var line = block.line
        var lineStart = 0
        var index = 0
        for offset in offsets {
            while index < offset, index < text.count {
                if text[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            let column = line == block.line ? block.column + offset : block.column + offset - lineStart
            result.append(SourcePosition(line: line, column: column))
        }
        return result
    }
}
