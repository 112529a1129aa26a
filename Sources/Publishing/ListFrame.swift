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
        func render(_ marker: String) -> String {
            template.render(ListMarkerObject(fields: fields, list: list, marker: marker), library: library)
        }
        let marker = "\u{1}appraise-list-\(list)\u{1}"
        guard let pieces = ListFrame.split(render(marker), once: marker) else { return nil }
        guard sectionAtTopLevel || (render(marker + "\n") == pieces[0] + marker + "\n" + pieces[1] && render("") == pieces[0] + pieces[1])
        else { return nil }
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
