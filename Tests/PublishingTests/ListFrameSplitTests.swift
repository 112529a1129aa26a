import Foundation
@testable import Publishing
import Testing

/// `ListFrame.split` finds the list's marker by its bytes; Foundation's `components(separatedBy:)`,
/// which compares Characters and which it replaced, is the oracle.
struct ListFrameSplitTests {
    static let marker = "\u{1}appraise-list-appraisals\u{1}"

    /// Texts around the marker that Characters could join to it if anything could: combining
    /// marks, emoji sequences, CR LF and a second control character on either side.
    static let surroundings = ["", "plain", "é", "e\u{301}", "\u{301}", "👩🏽‍⚕️", "\r", "\n", "\r\n", "\u{1}", "\u{1}\u{301}", "<ul>\n"]

    @Test func agreesWithFoundationAroundOneMarker() {
        for before in Self.surroundings {
            for after in Self.surroundings {
                let text = before + Self.marker + after
                let expected = text.components(separatedBy: Self.marker)
                #expect(ListFrame.split(text, once: Self.marker) == expected, "\(Array(text.unicodeScalars))")
            }
        }
    }

    @Test func noneOrTwoMarkersHaveNoFrame() {
        #expect(ListFrame.split("<html>no list</html>", once: Self.marker) == nil)
        #expect(ListFrame.split("a" + Self.marker + "b" + Self.marker + "c", once: Self.marker) == nil)
        // Two markers sharing a control character count as one, as for Foundation: the search
        // goes on after the end of the first.
        let shared = Self.marker + "appraise-list-appraisals\u{1}"
        #expect(ListFrame.split(shared, once: Self.marker) == shared.components(separatedBy: Self.marker))
        #expect(ListFrame.split("\u{1}appraise-list-appraisal\u{1}", once: Self.marker) == nil, "a near miss is no marker")
    }
}
