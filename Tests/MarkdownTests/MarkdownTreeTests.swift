import Markdown
import Testing

/// The Markdown module's tree: positions, walking, rewriting and generated HTML.
struct MarkdownTreeTests {
    @Test func positionsAreShiftedIntoFileCoordinates() throws {
        let tree = MarkdownDocument.parse("Para\n\n- item with `code`\n", lineOffset: 4)
        let list = try #require(tree.children.last)
        #expect(list.range == SourceRange(start: SourcePosition(line: 7, column: 1), end: SourcePosition(line: 7, column: 18)))
        let paragraph = try #require(tree.children.first)
        #expect(paragraph.range?.start == SourcePosition(line: 5, column: 1))
    }

    @Test func walkVisitsInDocumentOrderWithAncestors() {
        let tree = MarkdownDocument.parse("# Title\n\n*a* b\n")
        var visited: [String] = []
        tree.walk { node, ancestors in
            if case .text(let text) = node.kind { visited.append("\(text)@\(ancestors.count)") }
        }
        #expect(visited == ["Title@2", "a@3", " b@2"])
    }

    @Test func rewritingReplacesNodesWithGeneratedHTML() {
        let tree = MarkdownDocument.parse("Before\n\n```data x\nn: 1\n```\n\nAfter *x*\n")
        let rewritten = tree.rewritten { node in
            guard case .codeBlock(let info, _) = node.kind, info.hasPrefix("data") else { return nil }
            return [MarkdownNode(.generatedBlock(SafeHTML("<table class=\"result\"><td>\("<1 & 2>")</td></table>")))]
        }
        #expect(MarkdownDocument.renderHTML(rewritten).markup == """
            <p>Before</p>
            <table class="result"><td>&lt;1 &amp; 2&gt;</td></table>
            <p>After <em>x</em></p>

            """)
    }

    @Test func generatedInlineHTMLIsEmittedInSafeMode() {
        let tree = MarkdownDocument.parse("Value: X.\n").rewritten { node in
            guard case .text(let text) = node.kind, text.contains("X") else { return nil }
            return [MarkdownNode(.text("Value: ")), MarkdownNode(.generatedInline("<strong class=\"value\">1.7</strong>")), MarkdownNode(.text("."))]
        }
        #expect(MarkdownDocument.renderHTML(tree).markup == "<p>Value: <strong class=\"value\">1.7</strong>.</p>\n")
    }

    @Test func deletingANodeRemovesIt() {
        let tree = MarkdownDocument.parse("Keep\n\n<div>raw</div>\n\nKeep too\n").rewritten { node in
            if case .htmlBlock = node.kind { return [] }
            return nil
        }
        #expect(MarkdownDocument.renderHTML(tree).markup == "<p>Keep</p>\n<p>Keep too</p>\n")
    }

    @Test func plainTextJoinsTextCodeAndBreaks() throws {
        let paragraph = try #require(MarkdownDocument.parse("a *b* `c`\nd\n").children.first)
        #expect(paragraph.plainText == "a b c d")
    }
}

struct SafeHTMLTests {
    @Test func interpolatedTextIsEscaped() {
        let name = "<script>\"x\" & 'y'</script>"
        let html: SafeHTML = "<td title=\"\(name)\">\(name)</td>"
        #expect(html.markup == "<td title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</td>")
    }

    @Test func safeFragmentsAreNotEscapedTwice() {
        let inner: SafeHTML = "<em>\("a<b")</em>"
        let outer: SafeHTML = "<p>\(inner) \(3)</p>"
        #expect(outer.markup == "<p><em>a&lt;b</em> 3</p>")
        #expect(SafeHTML(joining: [inner, inner], separator: "<br>").markup == "<em>a&lt;b</em><br><em>a&lt;b</em>")
    }
}

/// The walks that recurse through children in place visit what a plain recursion visits.
struct MarkdownWalkTests {
    static let tree = MarkdownDocument.parse("""
        # Title [a](x.md)

        > - item with `code` and ![img](i.png "t")
        >   - nested [b](y) *and [c](z)*

        ```data x
        n: 1
        ```

        text
        """)

    /// Every node in pre-order, by a plain recursion (the oracle).
    static func preorder(_ node: MarkdownNode) -> [MarkdownNode] {
        [node] + node.children.flatMap(preorder)
    }

    /// The links and images a parse collects are those of its tree, in document order.
    @Test func parsedLinksAreTheTreesLinksAndImages() {
        let text = """
            # Title [a](x.md)

            > - item with `code` and ![img](i.png "t")
            >   - nested [b](y) *and [c](z)* [![in](p.png)](q)

            text
            """
        let parsed = MarkdownDocument.parse(utf8: Array(text.utf8)) { $0 + 3 }
        let expected = Self.preorder(parsed.tree).compactMap { node -> LinkTarget? in
            switch node.kind {
            case .link(let destination, _): LinkTarget(target: destination, isImage: false, range: node.range)
            case .image(let source, _): LinkTarget(target: source, isImage: true, range: node.range)
            default: nil
            }
        }
        #expect(parsed.links == expected)
        #expect(parsed.links.map(\.target) == ["x.md", "i.png", "y", "z", "q", "p.png"])
        #expect(parsed.links.first?.range?.start.line == 4)
        #expect(MarkdownDocument.parse(utf8: Array((String(repeating: "> ", count: 300) + "[a](b)").utf8)) { $0 }.links.isEmpty,
                "a tree too deep to convert has no links")
    }

    @Test func nodesWithAnAlwaysTruePredicateAreThePreorder() {
        #expect(Self.tree.nodes { _ in true } == Self.preorder(Self.tree))
    }

    @Test func textsAndCodeBlocksComeInDocumentOrder() {
        var texts: [String] = []
        Self.tree.forEachText { texts.append($0) }
        #expect(texts == Self.preorder(Self.tree).compactMap { if case .text(let text) = $0.kind { text } else { nil } })
        var blocks: [String] = []
        Self.tree.forEachCodeBlock { if case .codeBlock(let info, _) = $0.kind { blocks.append(info) } }
        #expect(blocks == ["data x"])
    }

    @Test func aRewriteThatChangesNothingReturnsTheSameTree() {
        #expect(Self.tree.rewritten { _ in nil } == Self.tree)
        let upper = Self.tree.rewritten { node in
            if case .text(let text) = node.kind { return [MarkdownNode(.text(text.uppercased()), range: node.range)] }
            return nil
        }
        var texts: [String] = []
        upper.forEachText { texts.append($0) }
        #expect(texts.contains("TEXT") && texts.allSatisfy { $0 == $0.uppercased() })
    }

    @Test func aNulByteIsReadAsTheReplacementCharacterNotAsTheEnd() {
        // CommonMark asks for U+0000 to become U+FFFD; handing cmark a C string cut the text there.
        #expect(MarkdownDocument.renderHTML(MarkdownDocument.parse("a\u{0}b\n\nmore")).markup == "<p>a\u{FFFD}b</p>\n<p>more</p>\n")
        let bytes = Array("x *y*\u{0}\n".utf8)
        #expect(MarkdownDocument.renderHTML(MarkdownDocument.parse(utf8: bytes) { $0 }.tree).markup == "<p>x <em>y</em>\u{FFFD}</p>\n")
        #expect(MarkdownDocument.parse(utf8: []) { $0 }.tree.children.isEmpty)
    }

    /// The depth of the deepest node of `tree`, the root counted.
    static func depth(_ tree: MarkdownNode) -> Int {
        1 + (tree.children.map(depth).max() ?? 0)
    }

    @Test("nesting up to the limit is read whole, deeper is reported where it goes too deep", arguments: [">", "*"])
    func nestingHasALimit(_ opener: String) {
        // Block quotes nest a level a `>`; emphases a level for about two `*` on each side.
        func document(_ count: Int) -> String {
            opener == "*" ? String(repeating: "*", count: count) + "a" + String(repeating: "*", count: count) + "\n"
                : String(repeating: ">", count: count) + " x\n"
        }
        // Deep enough to pass the limit many times over, as ten thousand levels crashed.
        let deep = MarkdownDocument.parse(utf8: Array(("intro\n\n" + document(20_000)).utf8)) { $0 + 4 }
        #expect(deep.isTooDeep)
        #expect(deep.tree.children.isEmpty)
        #expect(deep.tooDeepAt?.line == 7)
        let shallow = MarkdownDocument.parse(utf8: Array(document(opener == "*" ? 400 : 250).utf8)) { $0 }
        #expect(!shallow.isTooDeep)
        #expect(Self.depth(shallow.tree) <= MarkdownDocument.maximumDepth)
        #expect(Self.depth(shallow.tree) > 150)
    }

    @Test func aTreeAtTheLimitRendersAndOneLevelMoreDoesNot() {
        let quotes = { (levels: Int) in MarkdownDocument.parse(utf8: Array((String(repeating: ">", count: levels) + " x\n").utf8)) { $0 } }
        // The document, then block quotes, then a paragraph and its text: levels + 3.
        let atLimit = quotes(MarkdownDocument.maximumDepth - 3)
        #expect(!atLimit.isTooDeep)
        #expect(Self.depth(atLimit.tree) == MarkdownDocument.maximumDepth)
        #expect(MarkdownDocument.renderHTML(atLimit.tree).markup.hasSuffix("</blockquote>\n"))
        #expect(quotes(MarkdownDocument.maximumDepth - 2).isTooDeep)
    }
}
