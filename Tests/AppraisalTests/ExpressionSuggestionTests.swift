import Appraisal
import Testing

@Suite("Suggestions")
struct ExpressionSuggestionTests {
    @Test(arguments: [
        ("fisher.pp", ["fisher.p", "chisq.p", "yates.p"], ["fisher.p"]),
        ("nnt", ["nnt", "rr", "or"], ["nnt"]),
        ("RR", ["rr", "or", "rd"], ["rr", "or", "rd"]),
        ("err", ["cer", "eer", "rr"], ["eer", "rr"]),
        ("improvment.rr", ["improvement.cer", "improvement.rr", "improvement.rd"], ["improvement.rr", "improvement.rd"]),
        ("totally", ["rr", "nnt"], []),
        ("pecrent", ["percent", "p"], ["percent"]),
    ])
    func nearest(word: String, candidates: [String], expected: [String]) {
        #expect(ExpressionSuggestions.nearest(to: word, among: candidates) == expected)
    }

    @Test func limitCapsTheList() {
        #expect(ExpressionSuggestions.nearest(to: "a", among: ["b", "c", "d", "e"], limit: 2) == ["b", "c"])
    }

    @Test func hintsReadAsSentences() {
        #expect(ExpressionSuggestions.hint(for: []) == nil)
        #expect(ExpressionSuggestions.hint(for: ["a"]) == "did you mean 'a'?")
        #expect(ExpressionSuggestions.hint(for: ["a", "b"]) == "did you mean 'a' or 'b'?")
        #expect(ExpressionSuggestions.hint(for: ["a", "b", "c"]) == "did you mean 'a', 'b' or 'c'?")
    }
}
