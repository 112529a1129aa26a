import Markdown
import Mustache
@testable import Publishing
import Testing
import TestRandom

/// Compiled templates render exactly what swift-mustache renders for the same text and values,
/// and the templates only swift-mustache can render are left to it.
struct CompiledTemplateTests {
    /// Both renderings of `template` with partials `partials`: swift-mustache's, and the compiled
    /// one (nil when the template or a partial it includes is not compiled).
    static func renderings(_ template: String, partials: [String: String], context: TemplateValue) throws -> (expected: String, compiled: String?) {
        let library = MustacheLibrary(templates: try partials.mapValues { try TemplateCompiler.compile($0) })
        let expected = try TemplateCompiler.compile(template).render(context.mustacheValue, library: library)
        let candidates = partials.mapValues { CompiledTemplate(TemplateCompiler.pragma + $0) }
        var all = candidates
        all["\u{0}main"] = CompiledTemplate(TemplateCompiler.pragma + template)
        let compiled = CompiledTemplate.library(all)
        return (expected, compiled["\u{0}main"].map { $0.render(context, library: compiled) })
    }

    /// A random template: sections and inverted sections over every kind of value, variables
    /// placed three ways with plain, dotted and innermost names, comments, partials standing
    /// alone or inline, and the spaces, line feeds and stray braces that decide how swift-mustache
    /// cuts text and which tags stand alone.
    static func randomTemplate(_ random: inout SplitMix64, depth: Int = 0, partials: [String]) -> String {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        let layout = ["", " ", "  ", "\t", "\n", " \n", "\n  ", "\n\n", "x", "<b>", "é —", "{", "a{b", "}", " { ", "\u{E9}\u{301}"]
        let names = ["name", "flag", "off", "items", "words", "empty", "obj", "obj.name", "obj.obj.name", ".", ".name", "missing",
                     "html", "obj.missing", "items.name"]
        var text = ""
        for _ in 0..<Int(random.next() % 7) {
            text += pick(layout)
            switch random.next() % 9 {
            case 0: text += "{{\(pick(names))}}"
            case 1: text += "{{{\(pick(names))}}}"
            case 2: text += "{{& \(pick(names)) }}"
            case 3: text += pick(["{{! a comment }}", "{{!\nlong }\n}}"])
            case 4 where !partials.isEmpty: text += "{{> \(pick(partials))}}"
            case 5...6 where depth < 3:
                let key = pick(names)
                let sigil = random.next() % 3 == 0 ? "^" : "#"
                text += "{{\(sigil)\(key)}}" + pick(layout) + randomTemplate(&random, depth: depth + 1, partials: partials)
                    + pick(layout) + "{{/\(key)}}"
            default: text += pick(layout)
            }
        }
        return text
    }

    /// A random context with a value of every kind, nested objects and lists of objects and texts.
    static func randomContext(_ random: inout SplitMix64) -> TemplateValue {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        let texts = ["plain", "<A & 'B'>", "", "line\nbreak\n", "é<\u{301}", "\"q\"", "ends\r\n", "\n"]
        func object(_ depth: Int) -> TemplateValue {
            var fields: [String: TemplateValue] = ["name": .text(pick(texts))]
            if random.next() % 2 == 0 { fields["flag"] = .flag(random.next() % 2 == 0) }
            if depth < 2, random.next() % 2 == 0 { fields["obj"] = object(depth + 1) }
            return .object(fields)
        }
        return .object([
            "name": .text(pick(texts)), "flag": .flag(true), "off": .flag(false), "html": .html(SafeHTML(escaping: pick(texts))),
            "items": .list((0..<Int(random.next() % 3)).map { _ in object(1) }),
            "words": .list((0..<Int(random.next() % 3)).map { _ in .text(pick(texts)) }),
            "empty": .list([]), "obj": object(0),
        ])
    }

    @Test func rendersRandomTemplatesAsSwiftMustache() throws {
        var random = SplitMix64(seed: 2026)
        var compiled = 0, accepted = 0
        let runs = 6000
        for _ in 0..<runs {
            let inner = Self.randomTemplate(&random, depth: 1, partials: [])
            let outer = Self.randomTemplate(&random, depth: 1, partials: ["inner"])
            let template = Self.randomTemplate(&random, partials: ["outer", "inner", "absent"])
            let context = Self.randomContext(&random)
            // A text swift-mustache rejects (a stray brace at the very end) is no case.
            guard let (expected, rendered) = try? Self.renderings(template, partials: ["outer": outer, "inner": inner], context: context)
            else { continue }
            accepted += 1
            guard let rendered else { continue }
            compiled += 1
            #expect(rendered == expected, "\(template.debugDescription) outer \(outer.debugDescription) inner \(inner.debugDescription)")
        }
        // All the texts swift-mustache accepts compile: none uses what only it renders.
        #expect(compiled == accepted, "\(compiled) of \(accepted) compiled")
        // A stray brace before a tag makes swift-mustache reject about half of them.
        #expect(accepted > runs / 3)
    }

    @Test("indents a standalone partial's pieces as swift-mustache does", arguments: [
        "a\n  {{> part}}\nb", "  {{>part}}\n", "\t{{> part}}  \n{{> part}}", "x {{> part}}\n", "{{#items}}\n  {{> part}}\n{{/items}}",
    ])
    func indentsPartials(_ template: String) throws {
        let context = TemplateValue.object(["name": .text("n\nm\n"), "items": .list([.object([:]), .object(["name": .text("")])])])
        let part = "one {{name}}\n{{#items}}\n  two\n{{/items}}\n{{name}}{{> leaf}}\nend"
        let (expected, rendered) = try Self.renderings(template, partials: ["part": part, "leaf": "  {{name}}\n\n"], context: context)
        #expect(rendered == expected)
    }

    @Test("leaves to swift-mustache what only it renders", arguments: [
        "{{uppercased(name)}}", "{{#reversed(items)}}x{{/reversed(items)}}", "{{<parent}}{{$b}}x{{/b}}{{/parent}}",
        "{{$block}}x{{/block}}", "{{>*dynamic}}", "{{=<% %>=}}", "{{% CONTENT_TYPE: TEXT }}", "a\r\nb", "{{\u{301}name}}",
        "x\u{B}", "\u{2028}", "{{#a}}unclosed", "{{/a}}", "ends with {", "{{name",
    ])
    func leavesOthersToSwiftMustache(_ template: String) {
        #expect(CompiledTemplate(TemplateCompiler.pragma + template) == nil)
    }

    @Test func everyBuiltInTemplateIsCompiled() throws {
        let templates = try TemplateSet.builtIn().get()
        #expect(Set(templates.compiled.keys) == Set(templates.templates.keys))
    }

    @Test func aTemplateWhosePartialOnlySwiftMustacheRendersIsLeftToIt() {
        let library = CompiledTemplate.library([
            "page": CompiledTemplate("{{> middle}}"), "middle": CompiledTemplate("{{> leaf}}"), "leaf": CompiledTemplate("{{=<% %>=}}"),
            "alone": CompiledTemplate("{{> absent}}"),
        ])
        #expect(Set(library.keys) == ["alone"])
    }
}
