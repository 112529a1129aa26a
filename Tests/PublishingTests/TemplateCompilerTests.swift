import Mustache
@testable import Publishing
import Testing
import TestRandom

/// Templates compiled with `TemplateCompiler` render exactly as swift-mustache renders them
/// alone: the escaping it swaps in gives swift-mustache's text for any string, and the line it
/// adds changes nothing else, wherever tags stand and whitespace lies.
struct TemplateCompilerTests {
    /// What swift-mustache's own HTML escaping makes of `text`.
    static func mustacheEscaped(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{x}}").render(["x": text])
    }

    @Test("escapes as swift-mustache does, character by character", arguments: [
        "", "plain", "a<b", "Tom & Jerry's \"quote\"", "<>&\"'", "p < .001", "é<", "<é", "<\u{301}", "&\u{301}x", "\u{600}<",
        "a\u{200D}<", "\u{1F1EB}\u{1F1F7}'", "'\u{1F469}\u{200D}\u{1F4BB}", "\r\n<\r\n", "\u{0915}\u{094D}&", "<\u{0308}>",
    ])
    func escapesAsSwiftMustache(_ text: String) throws {
        #expect(HTMLEscaping().escapeText(text) == (try Self.mustacheEscaped(text)))
    }

    @Test func escapesRandomMixturesAsSwiftMustache() throws {
        let pieces = ["<", ">", "&", "\"", "'", "a", " ", "é", "\u{301}", "\u{600}", "\u{200D}", "\r", "\n", "\u{1F44D}", "\u{1F3FD}", "1"]
        var random = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(HTMLEscaping().escapeText(text) == (try Self.mustacheEscaped(text)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// A random template of sections, inverted sections, partials, comments and variables, with
    /// the spaces and line breaks that decide which tags stand alone on their lines.
    /// A partial (`includes` false) includes nothing, so that it cannot include itself.
    static func randomTemplate(_ random: inout SplitMix64, depth: Int = 0, includes: Bool = true) -> String {
        let layout = ["", " ", "  ", "\n", " \n", "\n  ", "\r\n", "x", "<b>"]
        var text = ""
        for _ in 0..<Int(random.next() % 6) {
            text += layout[Int(random.next() % UInt64(layout.count))]
            switch random.next() % 7 {
            case 0: text += "{{name}}"
            case 1: text += "{{{name}}}"
            case 2: text += "{{! a comment }}"
            case 3 where includes: text += "{{>part}}"
            case 4 where depth < 3:
                let key = ["flag", "items", "missing"][Int(random.next() % 3)]
                let sigil = random.next() % 2 == 0 ? "#" : "^"
                text += "{{\(sigil)\(key)}}" + layout[Int(random.next() % UInt64(layout.count))]
                    + randomTemplate(&random, depth: depth + 1, includes: includes) + "{{/\(key)}}"
            default: text += layout[Int(random.next() % UInt64(layout.count))]
            }
        }
        return text
    }

    @Test func theAddedLineChangesNoRendering() throws {
        var random = SplitMix64(seed: 11)
        let context: [String: Any] = ["name": "<A & 'B'>", "flag": true, "items": [["name": "one"], ["name": "t\"wo"]]]
        for _ in 0..<2000 {
            let template = Self.randomTemplate(&random)
            let partial = Self.randomTemplate(&random, depth: 1, includes: false)
            let plain = try MustacheTemplate(string: template)
                .render(context, library: MustacheLibrary(templates: ["part": try MustacheTemplate(string: partial)]))
            let compiled = try TemplateCompiler.compile(template)
                .render(context, library: MustacheLibrary(templates: ["part": try TemplateCompiler.compile(partial)]))
            #expect(compiled == plain, "\(template.debugDescription) with part \(partial.debugDescription)")
        }
    }

    @Test func aTemplateKeepsItsOwnContentType() throws {
        let template = try TemplateCompiler.compile("{{% CONTENT_TYPE: TEXT }}\n{{name}}")
        #expect(template.render(["name": "<b>"]) == "<b>")
    }

    @Test func aSyntaxErrorSwiftMustacheFindsIsLocatedInTheUsersText() throws {
        let problems = try TemplateTests.loadingProblems(["report.mustache": "<p>\n\n{{% CONTENT_TYPE: NOPE }}\n"])
        #expect(problems.map(\.code) == ["template-syntax"])
        #expect(problems.first?.position?.line == 3)
    }

    /// The same context as swift-mustache's plain values: strings, flags, arrays, dictionaries.
    /// (An object is never placed as text: `TemplateChecker` rejects that, and the two print it
    /// differently.)
    static func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .html(let html): html.markup
        case .flag(let flag): flag
        case .list(let items): items.map(plain)
        case .object(let fields): fields.mapValues(plain)
        }
    }

    @Test func templateValuesRenderAsPlainValuesWithTheAddedLine() throws {
        let context = TemplateValue.object([
            "title": .text("A <b> & 'c'"), "empty": .text(""), "body": .html("<p>x</p>"), "on": .flag(true),
            "items": .list([.object(["name": .text("one")]), .object([:])]), "words": .list([.text("two"), .text("<3>")]),
        ])
        let templates = [
            "{{title}}|{{{title}}}|{{&body}}|{{#title}}[{{.}}]{{/title}}|{{^title}}none{{/title}}|{{#empty}}e{{.}}{{/empty}}{{^empty}}!{{/empty}}",
            "{{uppercased(title)}}|{{lowercased(title)}}|{{#empty(empty)}}blank{{/empty(empty)}}|{{title.count}}|{{#title}}{{on}}{{title}}{{/title}}",
            "{{#items}}<{{name}}>{{/items}}|{{#words}}({{.}}){{/words}}|{{#body}}{{{.}}}{{/body}}|{{reversed(title)}}",
        ]
        for text in templates {
            let template = try TemplateCompiler.compile(text)
            #expect(template.render(context.mustacheValue) == template.render(Self.plain(context)), "\(text)")
        }
    }
}
