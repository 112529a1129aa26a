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
        try withUnsafePointer(to: self) { try MarkdownNode.forEachText(at: $0, visit) }
    }

    private static func forEachText(at node: UnsafePointer<MarkdownNode>, _ visit: (String) throws -> Void) rethrows {
        if case .text(let content) = node.pointee.kind { try visit(content) }
        try forEachChild(of: node) { try forEachText(at: $0, visit) }
    }

    /// Visits every code block (fenced or indented) in document order.
    ///
    /// Only container blocks (the document, block quotes, lists and items) are descended into:
    /// code blocks never sit inside paragraphs or headings, so the inline nodes that make up
    /// most of a tree are never visited. The data, checklist and review collectors all run this.
    public func forEachCodeBlock(_ visit: (MarkdownNode) throws -> Void) rethrows {
        try withUnsafePointer(to: self) { try MarkdownNode.forEachCodeBlock(at: $0, visit) }
    }

    private static func forEachCodeBlock(at node: UnsafePointer<MarkdownNode>, _ visit: (MarkdownNode) throws -> Void) rethrows {
        switch node.pointee.kind {
        case .codeBlock:
            try visit(node.pointee)
        case .document, .blockQuote, .list, .item:
            try forEachChild(of: node) { try forEachCodeBlock(at: $0, visit) }
        default:
            return
        }
    }

    /// Returns a copy of the tree in which `transform` may replace any node.
    ///
    /// For each node, top-down, `transform` returns nil to keep the node (and descend into its
    /// children), or the nodes to put in its place (none deletes it; replacements are not
    /// descended into). The root itself is never replaced.
    public func rewritten(_ transform: (InPlace) throws -> [MarkdownNode]?) rethrows -> MarkdownNode {
        try withUnsafePointer(to: self) { try MarkdownNode.rewrittenIfChanged(at: $0, { _ in false }, transform) } ?? self
    }

    /// `rewritten(_:)`, with every node for which `passOver` holds kept as it is, neither it nor
    /// its descendants handed to `transform`: for a stage that knows without reading them which
    /// subtrees hold nothing it would replace.
    public func rewritten(passingOver passOver: (InPlace) -> Bool, _ transform: (InPlace) throws -> [MarkdownNode]?) rethrows -> MarkdownNode {
        try withUnsafePointer(to: self) { try MarkdownNode.rewrittenIfChanged(at: $0, passOver, transform) } ?? self
    }

    /// A node as `rewritten` hands it to its transform: read where it lies in the tree.
    ///
    /// Handing over a `MarkdownNode` copied every node of every rewrite (a reference count for
    /// each of its strings and one for its children, then as many releases), though most are only
    /// asked their kind. Only valid during the call it is passed to: keep `node`, a copy, instead.
    public struct InPlace {
        @usableFromInline let address: UnsafePointer<MarkdownNode>

        @usableFromInline
        init(_ address: UnsafePointer<MarkdownNode>) {
            self.address = address
        }

        /// What the node is.
        @inlinable public var kind: Kind { address.pointee.kind }
        /// Where the node came from in the source file; nil for generated nodes.
        @inlinable public var range: SourceRange? { address.pointee.range }
        /// The node itself, copied.
        @inlinable public var node: MarkdownNode { address.pointee }
    }

    /// The rewritten node, or nil when `transform` replaced nothing below it: unchanged subtrees
    /// are shared with the original instead of being copied node by node.
    private static func rewrittenIfChanged(
        at node: UnsafePointer<MarkdownNode>, _ passOver: (InPlace) -> Bool, _ transform: (InPlace) throws -> [MarkdownNode]?
    ) rethrows -> MarkdownNode? {
        var changed: [MarkdownNode]?
        var index = 0
        try forEachChild(of: node) { child in
            let replacement: [MarkdownNode]? = if passOver(InPlace(child)) {
                nil
            } else if let nodes = try transform(InPlace(child)) {
                nodes
            } else {
                try rewrittenIfChanged(at: child, passOver, transform).map { [$0] }
            }
            if let replacement {
                if changed == nil { changed = Array(node.pointee.children[..<index]) }
                changed?.append(contentsOf: replacement)
            } else {
                changed?.append(child.pointee)
            }
            index += 1
        }
        guard let changed else { return nil }
        var copy = node.pointee
        copy.children = changed
        return copy
    }

    /// Every node, this one included, for which `predicate` holds, in document order.
    public func nodes(where predicate: (MarkdownNode) -> Bool) -> [MarkdownNode] {
        var found: [MarkdownNode] = []
        withUnsafePointer(to: self) { MarkdownNode.collect(at: $0, where: predicate, into: &found) }
        return found
    }

    /// Appends the nodes of this subtree for which `predicate` holds, without an ancestor chain.
    private static func collect(at node: UnsafePointer<MarkdownNode>, where predicate: (MarkdownNode) -> Bool,
                                into found: inout [MarkdownNode]) {
        if predicate(node.pointee) { found.append(node.pointee) }
        forEachChild(of: node) { collect(at: $0, where: predicate, into: &found) }
    }

    /// Calls `body` with the address of each of `node`'s children where it lies in the array.
    ///
    /// The walks above recurse through these addresses: `for child in children` copies each node
    /// it hands out (several reference counts, for the strings and the array inside), and those
    /// copies were 3% of a site build.
    @inline(__always)
    public static func forEachChild(of node: UnsafePointer<MarkdownNode>, _ body: (UnsafePointer<MarkdownNode>) throws -> Void) rethrows {
        try node.pointee.children.withUnsafeBufferPointer { children in
            guard let first = children.baseAddress else { return }
            for index in children.indices { try body(first + index) }
        }
    }
}
