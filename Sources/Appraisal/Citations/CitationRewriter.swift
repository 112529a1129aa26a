import Markdown

/// One citation found in the body.
public struct CitationMarker: Hashable, Sendable {
    /// The keys cited, in the order written.
    public var keys: [String]
    /// Where the citation starts, as near as the tree tells.
    public var position: SourcePosition?
    /// Its length in bytes, for the caret line.
    public var length: Int
}

/// Walks a body's prose and replaces citations with nodes of the caller's choosing.
///
/// cmark leaves `[@id]` as literal text, but may split it across adjacent text nodes, so runs
/// of adjacent text are joined before scanning. Code spans and code blocks are never touched,
/// and neither is the text of links and images (a citation link inside a link is not allowed).
///
/// Both walks go through the nodes' addresses: copying each node they pass was most of their cost.
public enum CitationRewriter {
    /// The tree with every citation replaced by `replace(marker)`.
    public static func rewrite(_ root: MarkdownNode, _ replace: (CitationMarker) -> [MarkdownNode]) -> MarkdownNode {
        withUnsafePointer(to: root) { rewrittenIfChanged(at: $0, lines: nil, replace) } ?? root
    }

    /// `rewrite(_:_:)` of a tree whose source file's text is `source`: paragraphs and headings
    /// on lines without an `@` (or an `&` that could spell one) are kept unread.
    public static func rewrite(_ root: MarkdownNode, source: SourceLines, _ replace: (CitationMarker) -> [MarkdownNode]) -> MarkdownNode {
        let lines = citationLines(source)
        return withUnsafePointer(to: root) { rewrittenIfChanged(at: $0, lines: lines, replace) } ?? root
    }

    /// The rewritten node, or nil when it holds no citation: subtrees without one (most of a
    /// document) are shared, not copied.
    private static func rewrittenIfChanged(at root: UnsafePointer<MarkdownNode>, lines: LinesHolding?,
                                           _ replace: (CitationMarker) -> [MarkdownNode]) -> MarkdownNode? {
        guard canHoldCitations(root) else { return nil }
        switch root.pointee.kind {
        case .paragraph, .heading:
            if let lines, !lines.mayHold(root.pointee.range) { return nil }
        default: break
        }
        var children: [MarkdownNode]?
        forEachPart(of: root) { part in
            switch part {
            case .run(let run, let index):
                if let replaced = rewriteRun(run, block: root.pointee.range?.start, replace) {
                    if children == nil { children = Array(root.pointee.children[..<index]) }
                    children?.append(contentsOf: replaced)
                } else {
                    children?.append(contentsOf: run)
                }
            case .node(let child, let index):
                if let rewritten = rewrittenIfChanged(at: child, lines: lines, replace) {
                    if children == nil { children = Array(root.pointee.children[..<index]) }
                    children?.append(rewritten)
                } else {
                    children?.append(child.pointee)
                }
            }
        }
        guard let children else { return nil }
        var copy = root.pointee
        copy.children = children
        return copy
    }

    /// Every citation in document order (`prose`), and those written inside link text or image
    /// descriptions, which are left as text (`links`), found in one walk of the tree.
    public static func markers(in root: MarkdownNode) -> (prose: [CitationMarker], links: [CitationMarker]) {
        var prose: [CitationMarker] = [], links: [CitationMarker] = []
        withUnsafePointer(to: root) { collectMarkers(at: $0, into: &prose, links: &links, lines: nil) }
        return (prose, links)
    }

    /// `markers(in:)` of a tree whose source file's text is `source`: paragraphs and headings on
    /// lines without an `@` (or an `&` that could spell one) are passed over unread.
    public static func markers(in root: MarkdownNode, source: SourceLines) -> (prose: [CitationMarker], links: [CitationMarker]) {
        var prose: [CitationMarker] = [], links: [CitationMarker] = []
        let lines = citationLines(source)
        withUnsafePointer(to: root) { collectMarkers(at: $0, into: &prose, links: &links, lines: lines) }
        return (prose, links)
    }

    /// The lines of `source` with an `@`, which every citation key starts with, or an `&` that
    /// could spell one as an entity.
    private static func citationLines(_ source: SourceLines) -> LinesHolding {
        LinesHolding(source, anyOf: [UInt8(ascii: "@"), UInt8(ascii: "&")])
    }

    private static func collectMarkers(at root: UnsafePointer<MarkdownNode>, into found: inout [CitationMarker], links: inout [CitationMarker],
                                       lines: LinesHolding?) {
        switch root.pointee.kind {
        case .link, .image: return collectLinkMarkers(at: root, into: &links)
        case .paragraph, .heading:
            if let lines, !lines.mayHold(root.pointee.range) { return }
        default: guard canHoldCitations(root) else { return }
        }
        forEachPart(of: root) { part in
            switch part {
            case .run(let run, _):
                guard let (segments, start) = citationSegments(run, block: root.pointee.range?.start) else { return }
                for segment in segments {
                    if case .citation(let keys, let offset, let length) = segment { found.append(marker(keys, offset, length, start)) }
                }
            case .node(let child, _):
                collectMarkers(at: child, into: &found, links: &links, lines: lines)
            }
        }
    }

    /// The citations in the text of a link or image at `node`, then those of the links and
    /// images inside it, in document order.
    private static func collectLinkMarkers(at node: UnsafePointer<MarkdownNode>, into links: inout [CitationMarker]) {
        switch node.pointee.kind {
        case .link, .image:
            let text = node.pointee.plainText
            // Every citation key starts with "@".
            guard ByteSearch.contains(UInt8(ascii: "@"), in: text) else { break }
            links += CitationSyntax.segments(text).compactMap { segment -> CitationMarker? in
                guard case .citation(let keys, _, let length) = segment else { return nil }
                return CitationMarker(keys: keys, position: node.pointee.range?.start, length: length)
            }
        default: break
        }
        MarkdownNode.forEachChild(of: node) { collectLinkMarkers(at: $0, into: &links) }
    }

    /// Whether citations are looked for inside `node`: not in links, images or code.
    private static func canHoldCitations(_ node: UnsafePointer<MarkdownNode>) -> Bool {
        switch node.pointee.kind {
        case .link, .image, .codeBlock, .htmlBlock: false
        default: true
        }
    }

    /// A node's children as the walks take them: each run of adjacent text nodes together, and
    /// each other node on its own, with the index of its first child.
    private enum Part {
        case run(UnsafeBufferPointer<MarkdownNode>, at: Int)
        case node(UnsafePointer<MarkdownNode>, at: Int)
    }

    /// Calls `body` with each part of `node`'s children, in order.
    private static func forEachPart(of node: UnsafePointer<MarkdownNode>, _ body: (Part) -> Void) {
        node.pointee.children.withUnsafeBufferPointer { children in
            guard let first = children.baseAddress else { return }
            var runStart: Int?
            for index in children.indices {
                if case .text = children[index].kind {
                    if runStart == nil { runStart = index }
                    continue
                }
                if let start = runStart {
                    body(.run(UnsafeBufferPointer(rebasing: children[start..<index]), at: start))
                    runStart = nil
                }
                body(.node(first + index, at: index))
            }
            if let start = runStart { body(.run(UnsafeBufferPointer(rebasing: children[start...]), at: start)) }
        }
    }

    /// The run's text split into text and citations, with where the run starts; nil when it has
    /// no citation.
    private static func citationSegments(_ run: UnsafeBufferPointer<MarkdownNode>,
                                         block: SourcePosition?) -> (segments: [CitationSyntax.Segment], start: SourcePosition?)? {
        // Every citation key starts with "@": a run without one is left alone at once.
        guard run.indices.contains(where: { ByteSearch.contains(UInt8(ascii: "@"), in: run[$0].kind.textContent) }) else { return nil }
        let merged = run.indices.map { run[$0].kind.textContent }.joined()
        let segments = CitationSyntax.segments(merged)
        guard segments.contains(where: { if case .citation = $0 { true } else { false } }) else { return nil }
        return (segments, run.first?.range?.start ?? block)
    }

    /// The marker of a citation at byte `offset` of a run that starts at `start`.
    private static func marker(_ keys: [String], _ offset: Int, _ length: Int, _ start: SourcePosition?) -> CitationMarker {
        CitationMarker(keys: keys, position: start.map { SourcePosition(line: $0.line, column: $0.column + offset) }, length: length)
    }

    /// The run of adjacent text nodes with its citations replaced, or nil when it has none.
    private static func rewriteRun(_ run: UnsafeBufferPointer<MarkdownNode>, block: SourcePosition?,
                                   _ replace: (CitationMarker) -> [MarkdownNode]) -> [MarkdownNode]? {
        guard let (segments, start) = citationSegments(run, block: block) else { return nil }
        return segments.enumerated().flatMap { index, segment -> [MarkdownNode] in
            switch segment {
            case .text(var text):
                // A superscript citation sits against the word before it (AMA): "evidence¹²", not "evidence ¹²".
                if index + 1 < segments.count, case .citation = segments[index + 1] {
                    while text.last == " " { text.removeLast() }
                }
                return text.isEmpty ? [] : [MarkdownNode(.text(text), range: run.first?.range)]
            case .citation(let keys, let offset, let length):
                return replace(marker(keys, offset, length, start))
            }
        }
    }
}

extension MarkdownNode.Kind {
    /// The text of a `.text` node; empty for every other kind.
    var textContent: String {
        if case .text(let text) = self { return text }
        return ""
    }
}
