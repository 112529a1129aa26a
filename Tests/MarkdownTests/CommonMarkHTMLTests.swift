@testable import Markdown
import Testing
import TestRandom

/// `CommonMarkHTML` writes exactly what cmark's HTML renderer writes for the same tree: for
/// random trees of every kind of node (including children cmark refuses, strings with NUL, empty
/// strings, dangerous destinations, odd heading levels and list starts) and for parsed documents.
struct CommonMarkHTMLTests {
    static let strings = [
        "", "plain", "a<b>&\"'/c", "x\u{0}y", "\u{0}", "é — ü", "line\nbreak\n", " info more", "rust\tx", "info\u{B}x",
        "javascript:alert(1)", "JavaScript:x", "vbscript:x", "FILE:///etc/passwd", "data:", "data:text/html,x",
        "data:image/png;base64,AA", "DATA:IMAGE/GIF", "data:image/jpe", "data:image/webp", "data:image/svg+xml,<svg>",
        "http://a.b/c d?e=f&g='h'#i", "[]{}|\\^`\"<>", "%41%", "\u{7F}\u{80}", "mailto:x@y.z", "/url(with)*!$,;:=@~",
    ]

    /// A random node of any kind, with random children of any kind down to `depth`.
    static func randomNode(_ random: inout SplitMix64, depth: Int) -> MarkdownNode {
        func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
        func text() -> String { pick(strings) }
        let kinds: [MarkdownNode.Kind] = [
            .document, .blockQuote, .item, .paragraph, .thematicBreak, .softBreak, .lineBreak, .emphasis, .strong,
            .list(MarkdownNode.ListStyle(ordered: random.next() % 2 == 0, start: pick([-2, 0, 1, 2, 9, Int.max]),
                                         parenthesisDelimiter: random.next() % 2 == 0, tight: random.next() % 2 == 0)),
            .heading(level: pick([-1, 0, 1, 2, 6, 7, 9])), .codeBlock(info: text(), literal: text()), .htmlBlock(text()),
            .text(text()), .code(text()), .htmlInline(text()), .link(destination: text(), title: text()),
            .image(source: text(), title: text()), .generatedBlock(SafeHTML(stringLiteral: text())),
            .generatedInline(SafeHTML(stringLiteral: text())),
        ]
        let kind = pick(kinds)
        let count = depth > 0 ? Int(random.next() % 4) : 0
        return MarkdownNode(kind, children: (0..<count).map { _ in randomNode(&random, depth: depth - 1) })
    }

    @Test func rendersRandomTreesAsCmark() {
        var random = SplitMix64(seed: 30)
        for run in 0..<6000 {
            var tree = Self.randomNode(&random, depth: 4)
            if run % 2 == 0 { tree = MarkdownNode(.document, children: [tree, Self.randomNode(&random, depth: 3)]) }
            for allow in [false, true] {
                let expected = CmarkRenderedHTML.html(tree, allowRawHTML: allow)
                let rendered = CommonMarkHTML.render(tree, allowRawHTML: allow)
                #expect(rendered == expected, "\(tree) allowing raw HTML: \(allow)")
                if rendered != expected { return }
            }
        }
    }

    /// Blocks of Markdown that exercise what the parser makes: lists tight and loose, nested
    /// quotes, fenced code with info strings, links and images with titles, raw HTML.
    static let snippets = [
        "# Title *em*\n", "para with **strong** and `code` and <b>raw</b>\n", "- a\n- b\n", "- a\n\n- b\n",
        "3. x\n4. y\n", "0) zero\n", "> quote\n> - item\n>\n> para\n", "```swift extra\nlet x = 1 < 2\n```\n",
        "    indented code\n", "<div>\nblock html\n</div>\n", "[link](http://x.y/a b \"t&t\") ![img *alt*](i.png 'title')\n",
        "[bad](javascript:alert(1)) ![data](data:image/png;base64,AA)\n", "line  \nbreak\\\nagain\nsoft\n", "***\n",
        "1. a\n   - b\n\n     c\n2. d\n", "Setext\n------\n", "&amp; &copy; &#35; \\* \u{0}\n", "- [ ] task\n",
    ]

    @Test func rendersParsedDocumentsAsCmark() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<1500 {
            let text = (0..<Int(random.next() % 6 + 1)).map { _ in Self.snippets[Int(random.next() % UInt64(Self.snippets.count))] }
                .joined(separator: random.next() % 2 == 0 ? "\n" : "")
            let tree = MarkdownDocument.parse(text)
            for allow in [false, true] {
                #expect(CommonMarkHTML.render(tree, allowRawHTML: allow) == CmarkRenderedHTML.html(tree, allowRawHTML: allow), "\(text.debugDescription)")
            }
        }
    }

    @Test("drops dangerous destinations as cmark does", arguments: [
        ("javascript:x", true), ("JAVASCRIPT:x", true), ("data:image/png", false), ("Data:Image/JPEG;x", false),
        ("data:image/svg", true), ("data:", true), ("file:", true), ("vbscript:", true), ("http://x", false), ("javascript", false),
    ])
    func dangerousDestinations(_ destination: String, _ dangerous: Bool) {
        let link = MarkdownNode(.link(destination: destination, title: ""))
        #expect((CommonMarkHTML.render(link, allowRawHTML: false) == "<a href=\"\"></a>") == dangerous)
        #expect(CommonMarkHTML.render(link, allowRawHTML: true) != "<a href=\"\"></a>")
    }
}
