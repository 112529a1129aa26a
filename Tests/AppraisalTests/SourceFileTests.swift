import Appraisal
import Foundation
import Testing

/// A source file's bytes as text: UTF-8 only, without the byte-order marks editors put first.
struct SourceFileTests {
    static func decoded(_ bytes: [UInt8]) -> String? {
        try? SourceFile.decode(Data(bytes), displayPath: "x.md").get().text
    }

    @Test func dropsAByteOrderMarkAndASecondAfterIt() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Self.decoded(bom + Array("# T".utf8)) == "# T")
        #expect(Self.decoded(bom + bom + Array("# T".utf8)) == "# T")
        #expect(Self.decoded(bom + bom + bom + Array("a".utf8)) == "\u{FEFF}a")
        #expect(Self.decoded(Array("a\u{FEFF}b\u{0}c".utf8)) == "a\u{FEFF}b\u{0}c", "only a leading mark goes")
        #expect(Self.decoded([]) == "")
    }

    @Test("rejects what is not UTF-8", arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0x61, 0xFF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func rejectsWhatIsNotUTF8(_ bytes: [UInt8]) {
        guard case .failure(let problem) = SourceFile.decode(Data(bytes), displayPath: "x.md") else {
            Issue.record("\(bytes) must not decode")
            return
        }
        #expect(problem.code == "file-not-utf8")
    }
}
