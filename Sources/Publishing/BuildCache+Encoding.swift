import Markdown

/// JSON written exactly as `JSONEncoder` writes it with `[.sortedKeys, .withoutEscapingSlashes]`:
/// no spaces, members in the order given (callers give them sorted by their UTF-8 bytes), nil
/// optionals left out, strings escaped as `JSONWriter` escapes them.
///
/// The build cache of a thousand pages took `JSONEncoder` about 30 ms, on one core, after every
/// page was done; `BuildCachePartsTests` compares the two byte for byte.
struct CompactJSON {
    /// The text so far.
    private(set) var bytes: [UInt8] = []
    /// Whether a comma goes before the next member or element.
    private var needsComma = false

    /// An object whose members `members` writes.
    mutating func object(_ members: (inout CompactJSON) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        members(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// One member of the open object.
    mutating func member(_ key: String, _ value: (inout CompactJSON) -> Void) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        JSONWriter.appendQuoted(key, to: &bytes, escapingHTML: false)
        bytes.append(UInt8(ascii: ":"))
        value(&self)
        needsComma = true
    }

    /// An array of `elements`, each written by `element`.
    mutating func array<Element>(_ elements: some Sequence<Element>, _ element: (inout CompactJSON, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for item in elements {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            element(&self, item)
            needsComma = true
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// An object of `dictionary`'s entries, keys sorted by their UTF-8 bytes.
    mutating func dictionary<Value>(_ dictionary: [String: Value], _ value: (inout CompactJSON, Value) -> Void) {
        object { json in
            for (key, item) in dictionary.sorted(by: { ByteSearch.precedes($0.key, $1.key) }) {
                json.member(key) { value(&$0, item) }
            }
        }
    }

    mutating func string(_ value: String) { JSONWriter.appendQuoted(value, to: &bytes, escapingHTML: false) }
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
    mutating func number(_ value: Int) { bytes.append(contentsOf: value.description.utf8) }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
}

extension BuildCache.Entry {
    /// Writes the entry as `JSONEncoder` encodes it.
    func write(to json: inout CompactJSON) {
        json.object { json in
            json.member("dependencies") { $0.dictionary(dependencies) { $0.string($1) } }
            json.member("diagnostics") { $0.array(diagnostics) { $1.write(to: &$0) } }
            json.member("outputs") { $0.strings(outputs) }
            json.member("source") { $0.string(source) }
            if let stale { json.member("stale") { $0.bool(stale) } }
            if let stamp { json.member("stamp") { stamp.write(to: &$0) } }
            if let summary { json.member("summary") { summary.write(to: &$0) } }
        }
    }
}

extension CachedDiagnostic {
    /// Writes the diagnostic as `JSONEncoder` encodes it.
    func write(to json: inout CompactJSON) {
        json.object { json in
            json.member("code") { $0.string(code) }
            if let column { json.member("column") { $0.number(column) } }
            json.member("file") { $0.string(file) }
            if let hint { json.member("hint") { $0.string(hint) } }
            json.member("length") { $0.number(length) }
            if let line { json.member("line") { $0.number(line) } }
            json.member("message") { $0.string(message) }
            json.member("severity") { $0.string(severity) }
        }
    }
}

extension CachedSummary {
    /// Writes the summary as `JSONEncoder` encodes it.
    func write(to json: inout CompactJSON) {
        json.object { json in
            json.member("authors") { $0.array(authors) { $0.strings($1) } }
            if let bottomLine { json.member("bottomLine") { $0.string(bottomLine) } }
            json.member("date") { $0.string(date) }
            if let design { json.member("design") { $0.string(design) } }
            if let evidence { json.member("evidence") { $0.strings(evidence) } }
            if let expires { json.member("expires") { $0.string(expires) } }
            if let question { json.member("question") { $0.string(question) } }
            json.member("slug") { $0.string(slug) }
            json.member("tags") { $0.strings(tags) }
            json.member("title") { $0.string(title) }
        }
    }
}

extension FileStamp {
    /// Writes the stamp as `JSONEncoder` encodes it.
    func write(to json: inout CompactJSON) {
        json.object { json in
            json.member("changed") { $0.number(changed) }
            json.member("modified") { $0.number(modified) }
            json.member("size") { $0.number(size) }
        }
    }
}
