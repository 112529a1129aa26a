import Appraisal
import Testing
import Yams

/// How YAML text is read: every scalar is text, so a key is a duplicate whether or not it is quoted.
struct YAMLSourceTests {
    static func parse(_ text: String) -> Result<Node?, Diagnostic> {
        YAMLSource(file: "a.md", text: text, firstLine: 3).parse()
    }

    @Test(arguments: ["a: 1\na: 2", "1: x\n\"1\": y", "true: x\n'true': y", "null: x\n\"null\": y"])
    func aKeyWrittenTwiceIsADuplicateHoweverItIsQuoted(_ text: String) throws {
        guard case .failure(let diagnostic) = Self.parse(text) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(diagnostic.code == "yaml-duplicate-key")
    }

    @Test func plainScalarsThatLookLikeNumbersOrBooleansKeepTheirText() throws {
        let node = try #require(try Self.parse("a: 1.50\nb: yes\nc: ~\nd: 0x1F\ne: 2024-01-02").get())
        let mapping = try #require(node.mapping)
        #expect(mapping.map { $0.value.scalar?.string } == ["1.50", "yes", "~", "0x1F", "2024-01-02"])
    }
}
