@testable import Appraisal
import Markdown
import Testing
import TestRandom

/// Passing over the paragraphs on lines without an `@` or `&` finds every citation the full
/// walk finds, in prose and in link text, in order, and rewrites the same tree.
struct CitationLinesTests {
    @Test func paragraphsPassedOverHoldNoCitation() {
        var random = SplitMix64(seed: 52)
        let pieces = ["[@smith2020]", "[@a; @b]", "@smith2020", "[see @x, p. 3]", "a@b.org", "&#64;y", "[&#64;z]", "[text [@k]](u)",
                      "![alt @q](i.png)", "word", " ", "\n", "\n\n", "\n\n> ", "\n\n- ", "\n\n# ", "\r\n", "\r", "`[@c]`", "*[@e]*"]
        for _ in 0..<1500 {
            let body = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
            let pruned = CitationRewriter.markers(in: source.body, source: source.lines)
            let full = CitationRewriter.markers(in: source.body)
            #expect(pruned.prose == full.prose && pruned.links == full.links, "\(body.debugDescription)")
            func rewritten(_ rewrite: ((CitationMarker) -> [MarkdownNode]) -> MarkdownNode) -> (MarkdownNode, [CitationMarker]) {
                var found: [CitationMarker] = []
                let tree = rewrite { marker in
                    found.append(marker)
                    return [MarkdownNode(.text("<\(found.count)>"))]
                }
                return (tree, found)
            }
            let prunedTree = rewritten { CitationRewriter.rewrite(source.body, source: source.lines, $0) }
            let fullTree = rewritten { CitationRewriter.rewrite(source.body, $0) }
            #expect(prunedTree.0 == fullTree.0 && prunedTree.1 == fullTree.1, "\(body.debugDescription)")
        }
    }
}
