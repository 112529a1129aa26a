@testable import Appraisal
import Testing

/// A fence's info string is split into words at each space or tab byte.
struct InfoWordsTests {
    /// The words as the Character split gave them, for info strings where the two agree.
    static func splitByCharacters(_ info: String) -> [Substring] {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    @Test func wordsAreThoseBetweenSpacesAndTabs() {
        let infos = ["", " ", "data", "data improvement", "  data \t improvement  ", "data\tx\ty", "checklist consort-2010",
                     "risk-of-bias rob2", "summary-of-findings", "data é", "données résultat", "data 😀 x", "a\u{301} b", "x\u{A0}y z"]
        for info in infos {
            #expect(DataBlockCollector.infoWords(info) == Self.splitByCharacters(info), "\(info.debugDescription)")
        }
        #expect(DataBlockCollector.blockID(info: "data outcome") == "outcome")
        #expect(DataBlockCollector.blockID(info: "data outcome extra") == nil)
    }

    @Test func aCombiningMarkAfterASpaceStartsAWord() {
        // A space and U+0301 are one Character: split by Characters, they were one word.
        #expect(DataBlockCollector.infoWords("data \u{301}x") == ["data", "\u{301}x"])
        #expect(Self.splitByCharacters("data \u{301}x") == ["data \u{301}x"])
    }
}
