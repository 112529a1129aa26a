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
public enum CitationRewriter {
    /// The tree with every citation replaced by `replace(marker)`.
    public static func rewrite(_ root: MarkdownNode, _ replace: (CitationMarker) -> [MarkdownNode]) -> MarkdownNode {
        rewrittenIfChanged(root, replace) ?? root
    }

    /// The rewritten node, or nil when it holds no citation: subtrees without one (most of a
    /// document) are shared, not copied.
    private static func rewrittenIfChanged(_ root: MarkdownNode, _ replace: (CitationMarker) -> [MarkdownNode]) -> MarkdownNode? {
        switch root.kind {
        case .link, .image, .codeBlock, .htmlBlock: return nil
        default: break
        }
        var children: [MarkdownNode]?
        var runStart: Int?
        func flush(upTo end: Int) {
            guard let start = runStart else { return }
            runStart = nil
            let run = root.children[start..<end]
            if let replaced = rewriteRun(run, block: root.range?.start, replace) {
                if children == nil { children = Array(root.children[..<start]) }
                children?.append(contentsOf: replaced)
            } else {
                children?.append(contentsOf: run)
            }
        }
        for index in root.children.indices {
            let child = root.children[index]
            if case .text = child.kind {
                if runStart == nil { runStart = index }
                continue
            }
            flush(upTo: index)
            if let rewritten = rewrittenIfChanged(child, replace) {
                if children == nil { children = Array(root.children[..<index]) }
                children?.append(rewritten)
            } else {
                children?.append(child)
            }
        }
        flush(upTo: root.children.count)
        guard let children else { return nil }
        var copy = root
        copy.children = children
        return copy
    }

    /// Every citation in document order.
    public static func markers(in root: MarkdownNode) -> [CitationMarker] {
        var found: [CitationMarker] = []
        _ = rewrite(root) { marker in
            found.append(marker)
            return []
        }
        return found
    }

    /// Citations written inside link text or image descriptions, which are left as text.
    public static func markersInLinks(in root: MarkdownNode) -> [CitationMarker] {
        root.linksAndImages.flatMap { link in
            CitationSyntax.segments(link.plainText).compactMap { segment -> CitationMarker? in
                guard case .citation(let keys, _, let length) = segment else { return nil }
                return CitationMarker(keys: keys, position: link.range?.start, length: length)
            }
        }
    }

    /// The run of adjacent text nodes with its citations replaced, or nil when it has none.
    private static func rewriteRun(_ run: ArraySlice<MarkdownNode>, block: SourcePosition?,
                                   _ replace: (CitationMarker) -> [MarkdownNode]) -> [MarkdownNode]? {
        // Every citation key starts with "@": a run without one is left alone at once.
        guard run.contains(where: { ByteSearch.contains(UInt8(ascii: "@"), in: $0.kind.textContent) }) else { return nil }
        let merged = run.map(\.kind.textContent).joined()
        let segments = CitationSyntax.segments(merged)
        guard segments.contains(where: { if case .citation = $0 { true } else { false } }) else { return nil }
        let start = run.first?.range?.start ?? block
        return segments.enumerated().flatMap { offset, segment -> [MarkdownNode] in
            switch segment {
            case .text(var text):
                // A superscript citation sits against the word before it (AMA): "evidence¹²", not "evidence ¹²".
                if offset + 1 < segments.count, case .citation = segments[offset + 1] {
                    while text.last == " " { text.removeLast() }
                }
                return text.isEmpty ? [] : [MarkdownNode(.text(text), range: run.first?.range)]
            case .citation(let keys, let offset, let length):
                let position = start.map { SourcePosition(line: $0.line, column: $0.column + offset) }
                return replace(CitationMarker(keys: keys, position: position, length: length))
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
