import Appraisal
import Markdown
import Testing

/// `figures:` names are checked against the block's kind: mistakes are located warnings with a
/// suggestion, and the figure is left out.
struct FigureRequestTests {
    static func collect(_ yaml: String) -> ([DataBlock], [Diagnostic]) {
        DataBlockTests.collect(DataBlockTests.fence("x", yaml))
    }

    @Test func knownFiguresAreKeptInOrderOnce() throws {
        let (blocks, diagnostics) = Self.collect("type: binary\narms: {A: 1/10, B: 3/10}\nfigures: [bars, icons, forest, bars]")
        #expect(diagnostics.isEmpty)
        #expect(try #require(blocks.first).figures == ["bars", "icons", "forest"])
    }

    @Test func aSingleNameIsAListOfOne() throws {
        let (blocks, diagnostics) = Self.collect("type: continuous\narms: {A: [1, 2, 3], B: [2, 3, 4]}\nfigures: forest")
        #expect(diagnostics.isEmpty)
        #expect(try #require(blocks.first).figures == ["forest"])
    }

    @Test func anUnknownFigureIsALocatedWarningWithASuggestion() throws {
        let (blocks, diagnostics) = Self.collect("type: binary\narms: {A: 1/10, B: 3/10}\nfigures: [icons, forrest]")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.code == "figure-unknown")
        #expect(diagnostic.message == "unknown figure 'forrest' in data block 'x'")
        #expect(diagnostic.hint == "did you mean 'forest'?")
        #expect(diagnostic.position == SourcePosition(line: 8, column: 18))
        #expect(try #require(blocks.first).figures == ["icons"])
    }

    @Test func aFigureForAnotherKindSaysWhichFit() throws {
        let (blocks, diagnostics) = Self.collect("type: binary\narms: {A: 1/10, B: 3/10}\nfigures: [km]")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "figure-kind-mismatch")
        #expect(diagnostic.message == "figure 'km' needs a survival block; data block 'x' is binary")
        #expect(diagnostic.hint == "a binary block can draw icons, forest, bars")
        #expect(diagnostic.position == SourcePosition(line: 8, column: 11))
        #expect(try #require(blocks.first).figures.isEmpty)
    }

    @Test func baselineBlocksDrawNoFigures() throws {
        let (_, diagnostics) = Self.collect("type: baseline\ngroups: {A: 10, B: 10}\nrows:\n  - {label: Age, values: [40 ± 5, 42 ± 6]}\nfigures: [bars]")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "figure-kind-mismatch")
        #expect(diagnostic.hint == "a baseline block draws no figures; remove the line")
    }

    @Test func aMappingIsATypeError() throws {
        let (_, diagnostics) = Self.collect("type: binary\narms: {A: 1/10, B: 3/10}\nfigures: {icons: yes}")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == "yaml-type")
        #expect(diagnostic.message == "'figures' must be a list of text, not a mapping")
    }
}
