import Appraisal
import Markdown
import TestRandom
import Testing

/// Inline expressions survive cmark: placeholders in prose, original text in code.
struct ExpressionMaskingTests {
    static func source(_ body: String) -> AppraisalSource {
        AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
    }

    static func expressionIndexes(in node: MarkdownNode) -> [Int] {
        var found: [Int] = []
        node.walk { child, _ in
            if case .text(let text) = child.kind {
                for piece in ExpressionMasking.pieces(of: text) { if case .expression(let index) = piece { found.append(index) } }
            }
        }
        return found
    }

    @Test func starsInsideTwoExpressionsDoNotBecomeEmphasis() throws {
        let source = Self.source("Risk {{ a * b }} and {{ c * d }} here.\n")
        #expect(source.expressions.map(\.content) == [" a * b ", " c * d "])
        #expect(source.body.nodes { $0.kind == .emphasis }.isEmpty)
        #expect(Self.expressionIndexes(in: source.body) == [0, 1])
    }

    @Test func anExpressionMayContinueOnTheNextLine() throws {
        let source = Self.source("The NNT was {{ improvement.nnt\n  | fixed(1) }} overall.\n\n```data x\ntype: binary\n```\n")
        #expect(source.expressions.map(\.content) == [" improvement.nnt\n  | fixed(1) "])
        #expect(source.body.nodes { $0.kind == .softBreak }.isEmpty, "no soft break splits the expression")
        let block = try #require(source.body.nodes { if case .codeBlock = $0.kind { true } else { false } }.first)
        #expect(block.range?.start.line == 8, "positions after a two-line expression still count its line break")
    }

    @Test func positionsAreFileCoordinates() throws {
        let source = Self.source("\nText {{ x.y }}\n")
        let site = try #require(source.expressions.first)
        #expect(site.position == SourcePosition(line: 6, column: 6))
        #expect(site.contentPosition == SourcePosition(line: 6, column: 8))
        #expect(site.position(ofContentOffset: 1) == SourcePosition(line: 6, column: 9))
    }

    @Test func codeKeepsTheOriginalTextAndEscapesStayLiteral() {
        let masked = ExpressionMasking.mask("`{{ a }}` and \\{{ b }}", firstLine: 1)
        #expect(masked.sites.map(\.source) == ["{{ a }}"])
        #expect(ExpressionMasking.restore(masked.text, sites: masked.sites) == "`{{ a }}` and \\{{ b }}")
    }

    @Test func unclosedBracesAreLeftAlone() {
        let masked = ExpressionMasking.mask("a {{ b\n\nc }} d {{ e", firstLine: 1)
        #expect(masked.sites.isEmpty)
        #expect(masked.text == "a {{ b\n\nc }} d {{ e")
    }

    @Test func piecesSplitTextAtPlaceholders() {
        let text = "a" + ExpressionMasking.placeholder(12) + "b" + ExpressionMasking.placeholder(3)
        #expect(ExpressionMasking.pieces(of: text) == [.text("a"), .expression(12), .text("b"), .expression(3)])
    }

    /// The splitting written scalar by scalar, as it was before it read bytes: the oracle.
    static func piecesByScalar(_ text: String) -> [ExpressionMasking.Piece] {
        guard text.unicodeScalars.contains(where: { (0xE000...0xE003).contains($0.value) }) else { return [.text(text)] }
        var pieces: [ExpressionMasking.Piece] = []
        var current = String.UnicodeScalarView()
        var digits: Int?
        var brace: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{E000}":
                if !current.isEmpty { pieces.append(.text(String(current))) }
                current = String.UnicodeScalarView()
                digits = 0
                brace = nil
            case "\u{E002}", "\u{E003}":
                digits = 0
                brace = scalar
            case "\u{E001}" where digits != nil:
                if let brace {
                    current.append(contentsOf: (brace == "\u{E002}" ? "{{" : "}}").unicodeScalars)
                } else {
                    if !current.isEmpty { pieces.append(.text(String(current))) }
                    current = String.UnicodeScalarView()
                    pieces.append(.expression(digits ?? 0))
                }
                digits = nil
                brace = nil
            case "\u{E010}"..."\u{E019}" where digits != nil:
                digits = (digits ?? 0) * 10 + Int(scalar.value - 0xE010)
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { pieces.append(.text(String(current))) }
        return pieces
    }

    @Test func piecesAreTheScalarSplittingForAnyMixOfMarkers() {
        let parts = ["a", " ", "é", "—", "\u{E000}", "\u{E001}", "\u{E002}", "\u{E003}", "\u{E010}", "\u{E013}", "\u{E019}",
                     "\u{E01A}", "\u{E005}", "\u{E100}", "\u{EE80}", "{", "}", "12", "\u{1F600}"]
        var random = SplitMix64(seed: 17)
        func next() -> Int { Int(random.next() % UInt64(parts.count)) }
        for _ in 0..<5000 {
            let text = (0..<(next() * 2)).map { _ in parts[next()] }.joined()
            #expect(ExpressionMasking.pieces(of: text) == Self.piecesByScalar(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(ExpressionMasking.pieces(of: "a\u{E000}\u{E011}\u{E012}\u{E001}b") == [.text("a"), .expression(12), .text("b")])
    }
}
