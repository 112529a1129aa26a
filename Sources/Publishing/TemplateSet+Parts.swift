import Appraisal
import Foundation
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
    /// template is rendered once with the list replaced by a marker, which splits it into what
    /// comes before and after the list's section, and then once per `partSize` entries, each
    /// time keeping only what lies between those two. A template that reads the list anywhere
    /// else (a second section over it, a transform such as `reversed(appraisals)`) or whose
    /// section sits in an indented partial gives `.unsuitable`, as does any part that does not
    /// begin and end as the marker said.
    func render(_ name: String, fields: [String: TemplateValue], list key: String, count: Int, partSize: Int = TemplateSet.partSize,
                entries: (Range<Int>) -> [TemplateValue], into write: (Substring.UTF8View) -> Void) -> PartsOutcome {
        let transformed = Array("(\(key))".utf8)
        guard count > 0, let template = templates[name],
              !templates.values.contains(where: { $0.mustache.description.utf8.firstRange(of: transformed) != nil })
        else { return .unsuitable }
        func skeleton(_ marker: String) -> String {
            template.mustache.render(ListMarkerObject(fields: fields, list: key, marker: marker), library: library)
        }
        let marker = "\u{1}appraise-list-\(key)\u{1}"
        let pieces = skeleton(marker).components(separatedBy: marker)
        guard pieces.count == 2 else { return .unsuitable }
        // Inside a partial included with indentation, swift-mustache indents what follows a
        // section ending in a newline, and what precedes it only when it is not empty: the
        // section's text would then not simply lie between the same head and tail.
        guard skeleton(marker + "\n") == pieces[0] + marker + "\n" + pieces[1], skeleton("") == pieces[0] + pieces[1]
        else { return .unsuitable }
        let head = pieces[0].utf8[...], tail = pieces[1].utf8[...]
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
            let text = template.mustache.render(context.mustacheValue, library: library).utf8
            guard text.count >= head.count + tail.count, text.starts(with: head), text.suffix(tail.count).elementsEqual(tail)
            else { return .unsuitable }
            if start == 0 { write(head) }
            write(text[text.index(text.startIndex, offsetBy: head.count)..<text.index(text.endIndex, offsetBy: -tail.count)])
            start = range.upperBound
        }
        write(tail)
        return .rendered
    }
}

/// A context object whose list field is a Mustache lambda that places `marker` instead of the
/// list's section, so that rendering it shows where the section's text goes.
private struct ListMarkerObject: MustacheParent {
    let fields: [String: TemplateValue]
    let list: String
    let marker: String

    func child(named: String) -> Any? {
        guard named == list else { return fields[named]?.mustacheValue }
        let marker = marker
        return MustacheLambda { (_: String) -> Any? in marker }
    }
}
