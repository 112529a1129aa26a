import Appraisal
import Markdown
import Testing

/// One mistake gives one error where it is, not a shower of misleading ones elsewhere.
struct CascadingErrorTests {
    static func diagnostics(_ body: String) -> [Diagnostic] {
        let source = AppraisalSource(file: SourceFile(displayPath: "x.md", text: "---\ntitle: T\ndate: 2020-01-01\n---\n" + body))
        return DocumentAnalysis(source, files: nil).diagnostics
    }

    @Test func expressionsNamingABrokenBlockPointAtIt() throws {
        let body = "NNT {{ t.nnt }}, RR {{ t.rr }} and {{ t.rr + t.or }}.\n\n```data t\ntype: binary\narms:\n  A: 1/2\n B: 1/2\n```\n"
        let found = Self.diagnostics(body)
        #expect(!found.contains { $0.message.contains("no data block is named") })
        let first = try #require(found.first)
        #expect(first.code.hasPrefix("yaml"), "the block's own error comes first: \(found.map(\.message))")
        let mentions = found.filter { $0.message.contains("data block 't' has errors, see line") }
        #expect(mentions.count == 3, "each expression says so once")
    }

    @Test func aBadIndentInADataBlockGetsAnIndentationHintNotATitleExample() throws {
        let body = "```data t\ntype: binary\narms:\n  A: 1/2\n   B: 1/2\n```\n"
        let error = try #require(Self.diagnostics(body).first { $0.code == "yaml-syntax" })
        #expect(error.hint?.contains("title") != true)
        #expect(error.hint?.contains("indent") == true)
    }

    @Test func aTabInYAMLSaysYAMLIndentsWithSpaces() throws {
        let body = "```data t\ntype: binary\narms:\n\tA: 1/2\n```\n"
        let error = try #require(Self.diagnostics(body).first { $0.code == "yaml-syntax" })
        #expect(error.hint?.contains("spaces") == true)
    }
}
