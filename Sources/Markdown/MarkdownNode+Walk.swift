extension MarkdownNode {
    /// Visits this node and every descendant in document order (pre-order).
    ///
    /// The closure also receives the chain of ancestors, nearest last, so a visitor can tell
    /// where a node sits (inside a code span's paragraph, a list item, a link...).
    public func walk(_ visit: (MarkdownNode, _ ancestors: [MarkdownNode]) throws -> Void) rethrows {
        var ancestors: [MarkdownNode] = []
        try walk(visit, ancestors: &ancestors)
    }

    private func walk(
        _ visit: (MarkdownNode, [MarkdownNode]) throws -> Void, ancestors: inout [MarkdownNode]
    ) rethrows {
        try visit(self, ancestors)
        guard !children.isEmpty else { return }
        ancestors.append(self)
        for child in children {
            try child.walk(visit, ancestors: &ancestors)
        }
        ancestors.removeLast()
    }

    /// Visits the content of every text node, in document order.
    ///
    /// Cheaper than `walk` for visitors that need neither the node nor its ancestors: no node
    /// is copied and no ancestor chain is kept.
    public func forEachText(_ visit: (String) throws -> Void) rethrows {
        if case .text(let content) = kind { try visit(content) }
        for child in children { try child.forEachText(visit) }
    }

    /// Visits every code block (fenced or indented) in document order.
    ///
    /// Only container blocks (the document, block quotes, lists and items) are descended into:
    /// code blocks never sit inside paragraphs or headings, so the inline nodes that make up
    /// most of a tree are never visited. The data, checklist and review collectors all run this.
    public func forEachCodeBlock(_ visit: (MarkdownNode) throws -> Void) rethrows {
        switch kind {
        case .codeBlock:
            try visit(self)
        case .document, .blockQuote, .list, .item:
            for child in children { try child.forEachCodeBlock(visit) }
        default:
            return
        }
    }

    /// Returns a copy of the tree in which `transform` may replace any node.
    ///
    /// For each node, top-down, `transform` returns nil to keep the node (and descend into its
    /// children), or the nodes to put in its place (none deletes it; replacements are not
    /// descended into). The root itself is never replaced.
    public func rewritten(_ transform: (MarkdownNode) throws -> [MarkdownNode]?) rethrows -> MarkdownNode {
        try rewrittenIfChanged(transform) ?? self
    }

    /// The rewritten node, or nil when `transform` replaced nothing below it: unchanged subtrees
    /// are shared with the original instead of being copied node by node.
    private func rewrittenIfChanged(_ transform: (MarkdownNode) throws -> [MarkdownNode]?) rethrows -> MarkdownNode? {
        var changed: [MarkdownNode]?
        for index in children.indices {
            let child = children[index]
            let replacement: [MarkdownNode]? = if let nodes = try transform(child) {
                nodes
            } else {
                try child.rewrittenIfChanged(transform).map { [$0] }
            }
            if let replacement {
                if changed == nil { changed = Array(children[..<index]) }
                changed?.append(contentsOf: replacement)
            } else {
                changed?.append(child)
            }
        }
        guard let changed else { return nil }
        var copy = self
        copy.children = changed
        return copy
    }

    /// Every node, this one included, for which `predicate` holds, in document order.
    public func nodes(where predicate: (MarkdownNode) -> Bool) -> [MarkdownNode] {
        var found: [MarkdownNode] = []
        collect(where: predicate, into: &found)
        return found
    }

    /// Appends the nodes of this subtree for which `predicate` holds, without an ancestor chain.
    private func collect(where predicate: (MarkdownNode) -> Bool, into found: inout [MarkdownNode]) {
        if predicate(self) { found.append(self) }
        for child in children { child.collect(where: predicate, into: &found) }
    }
}
