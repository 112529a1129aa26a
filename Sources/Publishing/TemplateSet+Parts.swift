import Appraisal
import Foundation
import Markdown
import Mustache

extension TemplateSet {
    /// How a rendering in parts ended.
    enum PartsOutcome {
        /// The whole text went to the sink.
        case rendered
        /// The template asks for keys the context lacks: the problems `render` would report.
        case failed(DiagnosticList)
        /// The template uses the list in a way parts cannot reproduce, or the list is empty: what
        /// went to the sink is to be thrown away and the text rendered whole.
        case unsuitable
    }

    /// How many entries are rendered at a time.
    static let partSize = 200

    /// Renders template `name` with the object `fields` plus a list `key` of `count` entries,
    /// handing the text to `write` in parts, so that a listing of ten thousand entries is never
    /// held as one string nor as ten thousand template values. `entries` makes the entries of a
    /// range of positions when they are needed.
    ///
    /// The text is exactly what `render` gives for the whole context, for any template: the
    /// template's `ListFrame` gives what comes before and after the list's section, and the
    /// template is rendered once per `partSize` entries, each time keeping only what lies
    /// between those two. A template that reads the list anywhere else (a second section over
    /// it, a transform such as `reversed(appraisals)`) or whose section sits in an indented
    /// partial gives `.unsuitable`, as does any part that does not begin and end as the frame says.
    func render(_ name: String, fields: [String: TemplateValue], list key: String, count: Int, partSize: Int = TemplateSet.partSize,
                entries: (Range<Int>) -> [TemplateValue], into write: (Substring.UTF8View) -> Void) -> PartsOutcome {
        guard count > 0, let template = templates[name], !transforms(key) else { return .unsuitable }
        let compiled = compiled
        guard let frame = ListFrame.of(compiled[name], library: compiled, fields: fields, list: key, otherwise: { (template.mustache, library) })
        else { return .unsuitable }
        var checker = TemplateChecker(templates: templates)
        var start = 0
        while start < count {
            let range = start..<min(count, start + max(1, partSize))
            var partFields = fields
            partFields[key] = .list(entries(range))
            let context = TemplateValue.object(partFields)
            checker.check(name, context: context)
            guard checker.diagnostics.isEmpty else {
                var whole = fields
                whole[key] = .list(entries(0..<count))
                return problems(name, context: .object(whole)).map(PartsOutcome.failed) ?? .unsuitable
            }
            guard let section = frame.section(of: text(of: template, name: name, context: context)) else { return .unsuitable }
            if start == 0 { write(frame.head.utf8[...]) }
            write(section)
            start = range.upperBound
        }
        write(frame.tail.utf8[...])
        return .rendered
    }

    /// Whether some template applies a transform to `key`, such as `reversed(appraisals)`: what
    /// it gives depends on the whole list, so the list cannot be rendered in parts.
    ///
    /// Searched for with `memchr` on each candidate's first byte: the generic `firstRange(of:)`
    /// took 3 million instructions a call over the built-in templates.
    func transforms(_ key: String) -> Bool {
        let transformed = Array("(\(key))".utf8)
        return templates.values.contains { ByteSearch.contains(transformed, in: $0.source) }
    }
}
