import Appraisal
import Testing

@Suite("Styled text")
struct StyledTextTests {
    @Test("drops empty segments and merges neighbours of one kind")
    func normalizes() {
        let text = StyledText([.plain(""), .italic("P"), .italic(""), .plain(" ="), .plain(" .04")])
        #expect(text.segments == [.italic("P"), .plain(" = .04")])
        #expect(StyledText([.italic("a"), .italic("b")]).segments == [.italic("ab")])
        #expect(StyledText([]).segments.isEmpty)
    }

    @Test("gives plain text and a description without treatments")
    func plain() {
        let text = NumberStyle.ama.pValue(0.04)
        #expect(text.plainText == "P = .04")
        #expect("\(text)" == "P = .04")
        #expect(StyledText(plain: "x").segments == [.plain("x")])
    }

    @Test("renders through caller-supplied closures")
    func rendered() {
        let html = NumberStyle.apa.pValue(0.0001).rendered(
            plain: { $0.map { $0 == "<" ? "&lt;" : String($0) }.joined() },
            italic: { "<em>\($0)</em>" }
        )
        #expect(html == "<em>p</em> &lt; .001")
    }

    @Test("concatenates and stays normalized")
    func concatenation() {
        let joined = StyledText(plain: "risk ratio, ") + NumberStyle.ama.pValue(0.5) + StyledText(plain: ";")
        #expect(joined.segments == [.plain("risk ratio, "), .italic("P"), .plain(" = .50;")])
    }
}
