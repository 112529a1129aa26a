@testable import Appraisal
import Markdown
import Testing
import TestRandom

/// The expressions in prose are those a reading of every text node finds, though paragraphs
/// without an expression's line are passed over.
struct ProseExpressionTests {
    /// Every text node read, as before paragraphs were passed over.
    static func everyTextNode(_ tree: MarkdownNode) -> Set<Int> {
        var found: Set<Int> = []
        tree.forEachText { text in
            for case .expression(let index) in ExpressionMasking.pieces(of: text) { found.insert(index) }
        }
        return found
    }

    @Test func passingParagraphsOverFindsTheSameExpressions() {
        var random = SplitMix64(seed: 51)
        let pieces = ["{{ 1 + 1 }}", "{{ 2 *\n 3 }}", "`{{ 4 }}`", "[a]({{ 5 }})", "[{{ 6 }}](x)", "<span>{{ 7 }}</span>",
                      "word", " ", "\n", "\n\n", "\n\n> ", "\n\n- ", "\n\n## ", "\n\n```\n{{ 8 }}\n```\n\n", "*{{ 9 }}*", "}}", "{{"]
        for _ in 0..<1500 {
            let body = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
            #expect(ExpressionMasking.proseExpressions(in: source.body, sites: source.expressions) == Self.everyTextNode(source.body),
                    "\(body.debugDescription)")
        }
    }
}
