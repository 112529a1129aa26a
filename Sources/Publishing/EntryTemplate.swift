import Appraisal
import Foundation
import Mustache

/// The section over a list cut out of its template, with the lines it starts and ends on, so
/// that one entry can be rendered exactly as it appears in a page without rendering the page.
///
/// A section's tokens depend only on its text and on whether its opening tag stands alone on its
/// line, so the cut-out lines parse to the same section; an entry's text then depends only on the
/// entry and on the page fields the section reads (`names`). Pages that agree on those fields
/// can share each entry's text: a tag page and a design page show the same entry alike.
struct EntryTemplate {
    /// The section's lines as a template of their own, compiled by swift-mustache, and where its
    /// partials are found; nil when swift-mustache rejects the lines. Made only when swift-mustache
    /// renders the entries or their frame: compiling the lines and the set's library with it took
    /// 2% of a 200-document build that never used them.
    let mustache: MadeOnce<(MustacheTemplate, MustacheLibrary)?>
    /// The same lines compiled, when they and every partial they include compile (see `CompiledTemplate`).
    let compiled: CompiledTemplate?
    /// Where the compiled lines find their partials.
    let compiledLibrary: [String: CompiledTemplate]
    /// The list's name.
    let list: String
    /// The names the section and the partials it includes read (the part before any `.`).
    let names: Set<String>

    /// Renders single entries for pages whose other fields are `fields`; nil when the cut-out
    /// section cannot be framed (see `ListFrame`).
    func renderer(fields: [String: TemplateValue]) -> Renderer? {
        ListFrame.of(compiled, library: compiledLibrary, fields: fields, list: list, otherwise: { mustache.value })
            .map { Renderer(template: self, fields: fields, frame: $0) }
    }

    /// Renders one entry at a time as it appears in a page.
    struct Renderer {
        let template: EntryTemplate
        let fields: [String: TemplateValue]
        let frame: ListFrame

        /// The text of `entry` in the list's section; nil when the rendering does not fit the frame.
        func render(_ entry: TemplateValue) -> Substring.UTF8View? {
            var context = fields
            context[template.list] = .list([entry])
            if let compiled = template.compiled {
                return frame.section(of: compiled.render(.object(context), library: template.compiledLibrary))
            }
            guard let (mustache, library) = template.mustache.value else { return nil }
            return frame.section(of: mustache.render(TemplateValue.object(context).mustacheValue, library: library))
        }
    }
}

extension TemplateSet {
    /// The section over `list` in template `name` as an `EntryTemplate`; nil unless it is the one
    /// non-inverted section over the list at the top level of the template (not inside another
    /// section, a partial or a block), it does not read the list itself, and no template
    /// transforms the list.
    func entryTemplate(_ name: String, list key: String) -> EntryTemplate? {
        guard let template = templates[name], !transforms(key) else { return nil }
        let text = template.source
        var sections = template.elements.compactMap { element -> [MustacheElement]? in
            if case .section(key, false, let content, _) = element { return content }
            return nil
        }
        guard let ranges = MustacheSyntax.topLevelSections(named: key, in: text), ranges.count == 1, sections.count == 1,
              let range = ranges.first, let content = sections.popLast()
        else { return nil }
        var names: Set<String> = []
        var included: Set<String> = []
        func collect(_ elements: [MustacheElement]) {
            for element in elements {
                switch element {
                case .variable(let name, _, _):
                    names.insert(String(name.prefix { $0 != "." }))
                case .section(let name, _, let content, _):
                    names.insert(String(name.prefix { $0 != "." }))
                    collect(content)
                case .partial(let name, _):
                    if included.insert(name).inserted, let partial = templates[name] { collect(partial.elements) }
                case .parent(let name, let content, _):
                    collect(content)
                    if included.insert(name).inserted, let parent = templates[name] { collect(parent.elements) }
                case .block(_, let content, _):
                    collect(content)
                }
            }
        }
        collect(content)
        guard !names.contains(key) else { return nil }
        let bytes = Array(text.utf8)
        let start = bytes[..<range.lowerBound].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let end = bytes[range.upperBound...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        let lines = String(decoding: bytes[start..<end], as: UTF8.self)
        let set = self
        let mustache = MadeOnce<(MustacheTemplate, MustacheLibrary)?> { (try? TemplateCompiler.compile(lines)).map { ($0, set.library) } }
        let compiledLibrary = compiled
        let fast = CompiledTemplate(TemplateCompiler.pragma + lines)
            .flatMap { CompiledTemplate.library(["": $0], partials: compiledLibrary, of: templates)[""] }
        // Lines `CompiledTemplate` takes, swift-mustache takes too (as for the deferred templates
        // of `ParsedTemplate`), so it is asked only about the others.
        guard fast != nil || mustache.value != nil else { return nil }
        return EntryTemplate(mustache: mustache, compiled: fast, compiledLibrary: compiledLibrary, list: key, names: names)
    }
}
