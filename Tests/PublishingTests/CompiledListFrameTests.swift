import Mustache
@testable import Publishing
import Testing
import TestRandom

/// A compiled template renders a list's marker exactly as swift-mustache renders the lambda that
/// `ListFrame` puts in the list's place, so the frames found both ways are the same.
struct CompiledListFrameTests {
    static let markers = ["\u{1}appraise-list-list\u{1}", "\u{1}appraise-list-list\u{1}\n", ""]

    /// swift-mustache's rendering of `template` with `fields` and the lambda placing `marker` for
    /// `list`, and the compiled one (nil when the template or a partial it includes is not
    /// compiled, or the compiled rendering leaves the marker to swift-mustache).
    static func renderings(_ template: String, partials: [String: String], fields: [String: TemplateValue], list: String,
                           marker: String) throws -> (expected: String, compiled: String?) {
        let library = MustacheLibrary(templates: try partials.mapValues { try TemplateCompiler.compile($0) })
        let expected = try TemplateCompiler.compile(template).render(ListMarkerObject(fields: fields, list: list, marker: marker), library: library)
        var all = partials.mapValues { CompiledTemplate(TemplateCompiler.pragma + $0) }
        all["\u{0}main"] = CompiledTemplate(TemplateCompiler.pragma + template)
        let compiled = CompiledTemplate.library(all)
        return (expected, compiled["\u{0}main"].flatMap { $0.render(fields, marking: list, with: marker, library: compiled) })
    }

    /// A random template that reads the list every way: sections, inverted sections, variables
    /// placed escaped and not, dotted and innermost names, inside sections over other values
    /// (some of which have a `list` of their own) and in partials standing alone with indentation.
    static func randomTemplate(_ random: inout SplitMix64, depth: Int = 0, partials: [String]) -> String {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        let layout = ["", " ", "  ", "\t", "\n", " \n", "\n  ", "\n\n", "x", "<b>", "é —"]
        let lists = ["list", "list", ".list", "list.name", "obj.list", ".list.name"]
        let names = ["name", "flag", "off", "items", "words", "flags", "nested", "empty", "obj", ".", ".name", "missing", "obj.name"]
        var text = ""
        for _ in 0..<Int(random.next() % 7) {
            text += pick(layout)
            switch random.next() % 10 {
            case 0: text += "{{\(pick(lists))}}"
            case 1: text += pick(["{{{\(pick(lists))}}}", "{{& \(pick(lists)) }}", "{{\(pick(names))}}"])
            case 2 where !partials.isEmpty: text += pick(["", "  ", "\t "]) + "{{> \(pick(partials))}}" + pick(["\n", "", " x"])
            case 3...5 where depth < 3:
                let key = random.next() % 2 == 0 ? pick(lists) : pick(names)
                let sigil = random.next() % 3 == 0 ? "^" : "#"
                text += pick(["", "\n", "  "]) + "{{\(sigil)\(key)}}" + pick(layout) + randomTemplate(&random, depth: depth + 1, partials: partials)
                    + pick(layout) + "{{/\(key)}}" + pick(["", "\n", " \n"])
            default: text += pick(layout)
            }
        }
        return text
    }

    /// Random fields: values of every kind, lists of flags and of lists (which swift-mustache's
    /// lambda text repeats over), and objects that may have a `list` of their own.
    static func randomFields(_ random: inout SplitMix64) -> [String: TemplateValue] {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        let texts = ["plain", "<A & 'B'>", "", "line\nbreak\n", "\n"]
        func object(_ depth: Int) -> TemplateValue {
            var fields: [String: TemplateValue] = ["name": .text(pick(texts))]
            if random.next() % 3 == 0 { fields["list"] = random.next() % 2 == 0 ? .text(pick(texts)) : .flag(random.next() % 2 == 0) }
            if depth < 2, random.next() % 2 == 0 { fields["obj"] = object(depth + 1) }
            return .object(fields)
        }
        var fields: [String: TemplateValue] = [
            "name": .text(pick(texts)), "flag": .flag(true), "off": .flag(false),
            "items": .list((0..<Int(random.next() % 3)).map { _ in object(1) }),
            "words": .list((0..<Int(random.next() % 3)).map { _ in .text(pick(texts)) }),
            "flags": .list((0..<Int(random.next() % 3)).map { _ in .flag(random.next() % 2 == 0) }),
            "nested": .list((0..<Int(random.next() % 3)).map { _ in .list((0..<Int(random.next() % 3)).map { _ in object(2) }) }),
            "empty": .list([]), "obj": object(0),
        ]
        if random.next() % 4 == 0 { fields["list"] = .list([object(1)]) }
        return fields
    }

    @Test func rendersTheMarkerAsSwiftMustacheRendersTheLambda() throws {
        var random = SplitMix64(seed: 2027)
        var compared = 0, accepted = 0, marked = 0
        for _ in 0..<4000 {
            let inner = Self.randomTemplate(&random, depth: 1, partials: [])
            let outer = Self.randomTemplate(&random, depth: 1, partials: ["inner"])
            let template = Self.randomTemplate(&random, partials: ["outer", "inner", "absent"])
            let fields = Self.randomFields(&random)
            for marker in Self.markers {
                guard let (expected, rendered) = try? Self.renderings(template, partials: ["outer": outer, "inner": inner], fields: fields,
                                                                     list: "list", marker: marker)
                else { continue }
                accepted += 1
                guard let rendered else { continue }
                compared += 1
                if !marker.isEmpty, expected.contains(marker) { marked += 1 }
                #expect(rendered == expected, "\(template.debugDescription) outer \(outer.debugDescription) inner \(inner.debugDescription)")
            }
        }
        // Only the templates that enter or place the root object itself (`{{#.}}`, `{{.}}`) are left.
        #expect(compared > accepted * 3 / 4, "\(compared) of \(accepted) compared")
        #expect(marked > compared / 4, "\(marked) of \(compared) place the marker")
    }

    /// The frame found by `ListFrame.of`, which must not need swift-mustache, and by swift-mustache.
    static func frames(_ templates: TemplateSet, name: String, fields: [String: TemplateValue], list: String,
                       sectionAtTopLevel: Bool) throws -> (compiled: (String, String)?, expected: (String, String)?) {
        let template = try #require(templates.templates[name])
        let compiled = ListFrame.of(templates.compiled[name], library: templates.compiled, fields: fields, list: list,
                                    sectionAtTopLevel: sectionAtTopLevel, otherwise: {
                                        Issue.record("\(name) left to swift-mustache")
                                        return (template.mustache, templates.library)
                                    })
        let expected = ListFrame(template.mustache, library: templates.library, fields: fields, list: list, sectionAtTopLevel: sectionAtTopLevel)
        return (compiled.map { ($0.head, $0.tail) }, expected.map { ($0.head, $0.tail) })
    }

    @Test func theBuiltInAndCustomIndexesHaveTheSameFrameCompiled() throws {
        let listing = ListingPartsTests.listing(30)
        var sets = [try Fixtures.builtInTemplates()]
        var folders: [TemporaryFolder] = []
        defer { folders.forEach { $0.remove() } }
        for (index, partials) in ListingPartsTests.customIndexes + [ListingPartsTests.indentedPartial] {
            let (folder, templates) = try ListingPartsTests.templates(index: index, partials: partials)
            folders.append(folder)
            sets.append(templates)
        }
        var framed = 0
        for templates in sets where templates.compiled["index"] != nil {
            for filter in [nil] + listing.filters.prefix(3).map(Optional.some) {
                let fields = PageContext.listingFields(listing, filter: filter, site: Fixtures.site)
                for atTop in [false, true] {
                    let (compiled, expected) = try Self.frames(templates, name: "index", fields: fields, list: "appraisals", sectionAtTopLevel: atTop)
                    #expect(compiled?.0 == expected?.0 && compiled?.1 == expected?.1, "\(templates.templates["index"]?.source ?? "")")
                    if compiled != nil { framed += 1 }
                }
            }
        }
        #expect(framed >= 40)
    }

    @Test func aTemplatePlacingTheRootIsLeftToSwiftMustache() throws {
        let fields: [String: TemplateValue] = ["name": .text("n")]
        for template in ["{{.}}{{#list}}{{/list}}", "{{#.}}{{.list}}{{/.}}"] {
            let (_, compiled) = try Self.renderings(template, partials: [:], fields: fields, list: "list", marker: Self.markers[0])
            #expect(compiled == nil, "\(template)")
        }
        let (expected, compiled) = try Self.renderings("{{#flags}}[{{list}}]{{/flags}}{{^empty}}({{list}}){{/empty}}", partials: [:],
                                                       fields: ["flags": .list([.flag(true), .flag(false)]), "empty": .list([])],
                                                       list: "list", marker: "m")
        #expect(expected == "[m][]()" && compiled == expected)
    }
}
