import Markdown
import Mustache

/// What a template renders before and after the section over one list, for given other fields:
/// any rendering of it with that list is `head`, the section's text, then `tail`.
///
/// Found by rendering the template with the list replaced by a Mustache lambda that places a
/// marker. That only holds when the marker appears exactly once, and when the section's
/// surroundings do not depend on its text: inside a partial included with indentation,
/// swift-mustache indents what follows a section ending in a newline, and what precedes it only
/// when it is not empty, so those cases are tried with markers that end in a newline and empty.
///
/// A template that compiles (see `CompiledTemplate`) renders the marker itself, as swift-mustache
/// renders the lambda (see `ListMarker`), unless it meets what only swift-mustache renders so.
struct ListFrame {
    /// The text before the section.
    let head: String
    /// The text after it.
    let tail: String

    /// The frame of `template` with `fields`, the section over `list` aside; nil when the list
    /// cannot be framed (see above).
    ///
    /// When the caller knows the section is the template's own, at its top level (not in a
    /// partial, a block or another section, as `EntryTemplate` requires), nothing is indented
    /// around it, so one rendering shows the frame.
    init?(_ template: MustacheTemplate, library: MustacheLibrary, fields: [String: TemplateValue], list: String,
          sectionAtTopLevel: Bool = false) {
        self.init(list: list, sectionAtTopLevel: sectionAtTopLevel) { marker in
            template.render(ListMarkerObject(fields: fields, list: list, marker: marker), library: library)
        }
    }

    /// The frame of `compiled`, found in `library`, with `fields` (as `init(_:library:fields:list:sectionAtTopLevel:)`
    /// gives it for the same template); found by swift-mustache with the template and library
    /// `mustache` gives when there is no compiled template or it cannot render the marker (none
    /// when `mustache` gives nil).
    ///
    /// swift-mustache's rendering took 2.5 million instructions for each listing page, the
    /// compiled one a small part of that, and swift-mustache is then not even asked to compile
    /// the template.
    static func of(_ compiled: CompiledTemplate?, library: [String: CompiledTemplate], fields: [String: TemplateValue], list: String,
                   sectionAtTopLevel: Bool = false, otherwise mustache: () -> (MustacheTemplate, MustacheLibrary)?) -> ListFrame? {
        if let compiled {
            do {
                return try ListFrame(list: list, sectionAtTopLevel: sectionAtTopLevel) { (marker) throws(MarkerNotRendered) -> String in
                    guard let text = compiled.render(fields, marking: list, with: marker, library: library) else { throw MarkerNotRendered() }
                    return text
                }
            } catch {
                // Left to swift-mustache, below.
            }
        }
        guard let (template, templates) = mustache() else { return nil }
        return ListFrame(template, library: templates, fields: fields, list: list, sectionAtTopLevel: sectionAtTopLevel)
    }

    /// The frame found in the renderings `render` gives of the template with markers in the
    /// list's place; nil when it is not one (see above); what `render` throws when it cannot
    /// render a marker.
    private init?<Failure: Error>(list: String, sectionAtTopLevel: Bool,
                                  rendering render: (String) throws(Failure) -> String) throws(Failure) {
        let marker = "\u{1}appraise-list-\(list)\u{1}"
        guard let pieces = ListFrame.split(try render(marker), once: marker) else { return nil }
        if !sectionAtTopLevel {
            guard try render(marker + "\n") == pieces[0] + marker + "\n" + pieces[1], try render("") == pieces[0] + pieces[1] else { return nil }
        }
        head = pieces[0]
        tail = pieces[1]
    }

    /// The text before and after the one occurrence of `marker` in `text`; nil when it occurs
    /// never or more than once.
    ///
    /// Compared as bytes: Foundation's `components(separatedBy:)` compared Characters at every
    /// offset, 3 million instructions for each listing page's frame. The marker begins and ends
    /// with a control character, which always stands alone as a Character, so the two agree.
    static func split(_ text: String, once marker: String) -> [String]? {
        let needle = Array(marker.utf8)
        return ByteSearch.withUTF8(of: text) { bytes -> [String]? in
            guard let start = ByteSearch.firstOffset(of: needle, in: bytes, from: 0) else { return nil }
            let end = start + needle.count
            guard ByteSearch.firstOffset(of: needle, in: bytes, from: end) == nil else { return nil }
            return [String(decoding: UnsafeBufferPointer(rebasing: bytes[..<start]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[end...]), as: UTF8.self)]
        }
    }

    /// The section's text within `text`, a rendering of the template with some entries; nil when
    /// `text` does not begin with `head` and end with `tail`.
    func section(of text: String) -> Substring.UTF8View? {
        let bytes = text.utf8, head = head.utf8, tail = tail.utf8
        guard bytes.count >= head.count + tail.count, bytes.starts(with: head), bytes.suffix(tail.count).elementsEqual(tail)
        else { return nil }
        return bytes[bytes.index(bytes.startIndex, offsetBy: head.count)..<bytes.index(bytes.endIndex, offsetBy: -tail.count)]
    }
}

/// Why a compiled template left a list's frame to swift-mustache: it met what it cannot render
/// as swift-mustache renders the marker's lambda (see `ListMarker`).
private struct MarkerNotRendered: Error {}

/// A context object whose list field is a Mustache lambda that places `marker` instead of the
/// list's section, so that rendering it shows where the section's text goes.
struct ListMarkerObject: MustacheParent {
    let fields: [String: TemplateValue]
    let list: String
    let marker: String

    func child(named: String) -> Any? {
        guard named == list else { return fields[named]?.mustacheValue }
        let marker = marker
        return MustacheLambda { (_: String) -> Any? in marker }
    }
}
