import Markdown

/// Finds quoted results in a document's prose and marks them in its tree.
///
/// Each paragraph and heading is read as one text: text nodes as written, emphasis and strong
/// emphasis by their content (so `*t*(28)` reads `t(28)`), line breaks as newlines; code spans,
/// links, images, raw HTML and generated nodes break the text, so nothing in them is ever read.
/// Inline expressions are private-use placeholders at this stage and break a result too.
public enum QuotedResultRewriter {
    /// Every quoted result of the tree's prose, checked, in document order.
    ///
    /// Only read: no tree is built.
    public static func results(in root: MarkdownNode) -> [CheckedQuotedResult] {
        var found: [CheckedQuotedResult] = []
        var text: [UInt8] = []
        withUnsafePointer(to: root) { collect(at: $0, into: &found, text: &text, lines: nil) }
        return found
    }

    /// Every quoted result of the tree's prose, whose source file's text is `source`: paragraphs
    /// on lines without a byte a result needs are passed over unread (`LinesHolding`).
    public static func results(in root: MarkdownNode, source: SourceLines) -> [CheckedQuotedResult] {
        var found: [CheckedQuotedResult] = []
        var text: [UInt8] = []
        let lines = LinesHolding(source, anyOf: [UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xE2, UInt8(ascii: "&")])
        withUnsafePointer(to: root) { collect(at: $0, into: &found, text: &text, lines: lines) }
        return found
    }

    /// The tree with `mark(result)` placed right after each quoted result; paragraphs and
    /// headings without one, and the branches that hold none, are shared with `root`.
    public static func rewrite(_ root: MarkdownNode, _ mark: (CheckedQuotedResult) -> [MarkdownNode]) -> MarkdownNode {
        switch root.kind {
        case .paragraph, .heading:
            return markInline(root, mark) ?? root
        default:
            return root.rewritten { node in
                switch node.kind {
                case .paragraph, .heading: markInline(node.node, mark).map { [$0] }
                default: nil
                }
            }
        }
    }

    /// Appends the quoted results of `node`'s paragraphs and headings to `found`.
    ///
    /// The tree is walked through the nodes' addresses, and `text` is the scanned text's buffer,
    /// reused from block to block: copying every node on the way was most of the cost.
    private static func collect(at node: UnsafePointer<MarkdownNode>, into found: inout [CheckedQuotedResult], text: inout [UInt8],
                                lines: LinesHolding?) {
        switch node.pointee.kind {
        case .paragraph, .heading:
            if let lines, !lines.mayHold(node.pointee.range) { return }
            if let scanned = scan(node, text: &text) { found += scanned.results }
        case .codeBlock, .htmlBlock, .generatedBlock:
            return
        default:
            MarkdownNode.forEachChild(of: node) { collect(at: $0, into: &found, text: &text, lines: lines) }
        }
    }

    /// The checked quoted results of a paragraph or heading, each with the byte range of the
    /// scanned text that each child contributed; nil when there are none.
    /// `text` is a buffer for the scanned text.
    private static func scan(_ block: UnsafePointer<MarkdownNode>, text: inout [UInt8]) -> (results: [CheckedQuotedResult], spans: [Range<Int>])? {
        guard mayHoldResult(block) else { return nil }
        text.removeAll(keepingCapacity: true)
        var spans: [Range<Int>] = []
        MarkdownNode.forEachChild(of: block) { child in
            let start = text.count
            append(child, to: &text)
            spans.append(start..<text.count)
        }
        let results = QuotedResultScanner.scan(bytes: text)
        guard !results.isEmpty else { return nil }
        let positions = positions(of: results.map(\.offset), in: text, block: block.pointee.range?.start)
        let checked = zip(results, positions).map { result, position in
            CheckedQuotedResult(result: result, verdict: QuotedResultJudge.judge(result), position: position)
        }
        return (checked, spans)
    }

    /// `block` with its results marked; nil when it has none.
    private static func markInline(_ block: MarkdownNode, _ mark: (CheckedQuotedResult) -> [MarkdownNode]) -> MarkdownNode? {
        var text: [UInt8] = []
        guard let (results, spans) = withUnsafePointer(to: block, { scan($0, text: &text) }) else { return nil }
        let marks = results.map { (end: $0.result.offset + $0.result.length, nodes: mark($0)) }
        var children: [MarkdownNode] = []
        var next = 0
        for (child, span) in zip(block.children, spans) {
            guard case .text(let content) = child.kind else {
                children.append(child)
                while next < marks.count, marks[next].end <= span.upperBound {
                    children += marks[next].nodes
                    next += 1
                }
                continue
            }
            let bytes = Array(content.utf8)
            var cut = 0
            while next < marks.count, marks[next].end <= span.upperBound {
                let local = marks[next].end - span.lowerBound
                if local > cut { children.append(MarkdownNode(.text(String(decoding: bytes[cut..<local], as: UTF8.self)), range: child.range)) }
                cut = max(cut, local)
                children += marks[next].nodes
                next += 1
            }
            if cut < bytes.count { children.append(MarkdownNode(.text(String(decoding: bytes[cut...], as: UTF8.self)), range: child.range)) }
        }
        var copy = block
        copy.children = children
        return copy
    }

    /// Whether the text `node` contributes holds a byte every complete result has (see
    /// `QuotedResultScanner.scan(bytes:)`); most paragraphs have none, and are then passed over
    /// before their text is copied together.
    private static func mayHoldResult(_ node: UnsafePointer<MarkdownNode>) -> Bool {
        var found = false
        MarkdownNode.forEachChild(of: node) { child in
            guard !found else { return }
            switch child.pointee.kind {
            case .text(let content): found = QuotedResultScanner.mayHoldResult(content)
            case .emphasis, .strong: found = mayHoldResult(child)
            default: break
            }
        }
        return found
    }

    /// The text a node contributes to its paragraph's scanned text.
    private static func append(_ node: UnsafePointer<MarkdownNode>, to text: inout [UInt8]) {
        switch node.pointee.kind {
        case .text(let content): ByteSearch.append(content, to: &text)
        case .softBreak, .lineBreak: text.append(0x0A)
        case .emphasis, .strong: MarkdownNode.forEachChild(of: node) { append($0, to: &text) }
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
