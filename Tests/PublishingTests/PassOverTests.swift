@testable import Appraisal
import Markdown
@testable import Publishing
import Testing
import TestRandom

/// The paragraphs and headings that the HTML and JATS rewrites pass over hold nothing they
/// would replace: no expression placeholder, no unpaired brace and no citation placeholder.
struct PassOverTests {
    static func holdsSomethingToReplace(_ node: MarkdownNode, cited: CitedBody) -> Bool {
        var found = false
        node.walk { node, _ in
            switch node.kind {
            case .text(let text), .code(let text), .htmlInline(let text):
                if ExpressionMasking.hasMarkers(text) { found = true }
            case .link(let destination, let title), .image(let destination, let title):
                if ExpressionMasking.hasMarkers(destination) || ExpressionMasking.hasMarkers(title) { found = true }
            default: break
            }
        }
        // A citation placeholder is known by its marker, which `rewritten` hands out in place.
        _ = node.rewritten { inner in
            if cited.marker(of: inner) != nil { found = true }
            return nil
        }
        return found
    }

    @Test func passedOverParagraphsHoldNothingToReplace() {
        var random = SplitMix64(seed: 53)
        let pieces = ["{{ 1 + 1 }}", "{{ 2 *\n 3 }}", "`{{ 4 }}`", "[a]({{ 5 }})", "<span>{{ 7 }}</span>", "[@smith2020]", "[@a; @b]",
                      "a@b.org", "&#64;y", "word", " ", "\n", "\n\n", "\n\n> ", "\n\n- ", "\n\n## ", "*[@e]*", "}}", "{{", "\r\n"]
        var checked = 0
        for _ in 0..<1500 {
            let body = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
            let cited = CitedBody(source)
            guard let passOver = ExpressionSubstitution.holdsNothingToReplace(source, citations: cited.markers) else { continue }
            _ = cited.tree.rewritten { node in
                if passOver(node) {
                    checked += 1
                    #expect(!Self.holdsSomethingToReplace(node.node, cited: cited), "\(body.debugDescription)")
                }
                return nil
            }
        }
        #expect(checked > 200, "paragraphs were passed over")
    }
}
