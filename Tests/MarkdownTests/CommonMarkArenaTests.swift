import Foundation
@testable import Markdown
import Testing
import TestRandom

/// A document parsed with cmark's memory from an arena is the document parsed with cmark's own
/// allocator: for many small documents, for lines and blocks that outgrow an arena block, for
/// documents nested too deep, and on several threads at once.
struct CommonMarkArenaTests {
    static func parse(_ text: String, inArena: Bool) -> MarkdownDocument.Parsed {
        var text = text
        return text.withUTF8 { CommonMarkBridge.parse(bytes: $0, line: { $0 }, inArena: inArena) }
    }

    static func expectSame(_ text: String, _ comment: Comment? = nil) {
        let arena = parse(text, inArena: true), own = parse(text, inArena: false)
        #expect(arena.tree == own.tree, comment)
        #expect(arena.tooDeepAt == own.tooDeepAt, comment)
    }

    static func document(_ random: inout SplitMix64) -> String {
        let snippets = CommonMarkHTMLTests.snippets + ["[ref]: http://x.y \"t\"\n\n[ref] and [ref][]\n", "<!-- c -->\n", "a *b **c** d*\n",
                                                       "| not | a table |\n", "\\* \\_ \\` &#0; &#xD800; &#x110000;\n"]
        return (0..<Int(random.next() % 12 + 1)).map { _ in snippets[Int(random.next() % UInt64(snippets.count))] }
            .joined(separator: random.next() % 2 == 0 ? "\n" : "")
    }

    @Test func smallDocumentsAreTheSame() {
        var random = SplitMix64(seed: 61)
        for _ in 0..<1500 { let text = Self.document(&random); Self.expectSame(text, "\(text.debugDescription)") }
        Self.expectSame("")
    }

    @Test func blocksLargerThanAnArenaBlockAreTheSame() {
        let word = "lorem *ipsum* `dolor` [sit](http://amet.example) "
        let paragraph = String(repeating: word, count: 3000)
        let code = "```\n" + String(repeating: "let x = 1 < 2\n", count: 8000) + "```\n"
        Self.expectSame(paragraph + "\n\n" + code + "\n" + paragraph)
        Self.expectSame(String(repeating: "- item \(word)\n", count: 2000))
    }

    @Test func documentsNestedTooDeepAreTheSame() {
        Self.expectSame(String(repeating: "> ", count: 200) + "deep\n")
        Self.expectSame(String(repeating: "*a ", count: 3000) + "b" + String(repeating: "*", count: 3000) + "\n")
    }

    @Test func threadsParseInArenasOfTheirOwn() async {
        var random = SplitMix64(seed: 62)
        let texts = (0..<64).map { _ in Self.document(&random) }
        let expected = texts.map { Self.parse($0, inArena: false).tree }
        let parsed = await withTaskGroup(of: (Int, MarkdownNode).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, Self.parse(text, inArena: true).tree) }
            }
            var trees = [MarkdownNode?](repeating: nil, count: texts.count)
            for await (index, tree) in group { trees[index] = tree }
            return trees
        }
        #expect(parsed == expected.map(Optional.some))
    }
}
