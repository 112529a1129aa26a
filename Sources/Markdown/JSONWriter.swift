/// Writes a JSON document as UTF-8 bytes, formatted byte for byte as Foundation's `JSONEncoder`
/// writes it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indents,
/// `"key" : value`, empty containers as `[`, a blank line and `]`, and keys sorted by their UTF-8
/// bytes. Every string, keys included, goes through the escaper, so no value can end a string early.
///
/// Objects and arrays are written by closures, so that they are always closed:
///
/// ```swift
/// var json = JSONWriter()
/// json.object { json in
///     json.member("name", "Ann")
///     json.member("scores") { $0.array([1.5, 2]) { $0.number($1) } }
/// }
/// json.text  // {\n  "name" : "Ann",\n  "scores" : [\n    1.5,\n    2\n  ]\n}
/// ```
///
/// Members may be written in any order: when an object closes, its members are put in key order.
public struct JSONWriter: Sendable {
    /// The document written so far.
    public private(set) var bytes: [UInt8] = []

    /// Whether `<`, `>` and `&` in strings are written as `\u003c`, `\u003e` and `\u0026`.
    private let escapesHTML: Bool
    /// The open arrays and objects, innermost last.
    private var containers: [Container] = []
    /// The members of the open objects, innermost object's last.
    private var members: [Member] = []
    /// Whether a key was written and its value is next.
    private var afterKey = false

    private struct Container {
        let isObject: Bool
        var count = 0
        /// The index in `members` of this object's first member.
        let firstMember: Int
        /// Whether every key so far came after the one before: then closing moves nothing.
        var inOrder = true
    }

    private struct Member {
        let key: String
        /// Where the member's indent starts in `bytes`.
        let start: Int
    }

    /// An empty document. With `escapingHTML`, `<`, `>` and `&` in strings are written as
    /// `\u003c`-style escapes, which JSON reads as the same characters but an HTML `<script>`
    /// element cannot take for `</script>` or `<!--`.
    public init(escapingHTML: Bool = false, capacity: Int = 1024) {
        escapesHTML = escapingHTML
        bytes.reserveCapacity(capacity)
    }

    /// The document as text.
    public var text: String { String(assembledUTF8: bytes) }

    /// Ends the document with a line break, as a file does.
    public mutating func appendLineBreak() {
        bytes.append(0x0A)
    }

    // MARK: Values

    /// Writes a string, escaping `"`, `\` and control characters as Foundation does.
    public mutating func string(_ value: String) {
        beginValue()
        Self.appendQuoted(value, to: &bytes, escapingHTML: escapesHTML)
    }

    /// Writes an integer.
    public mutating func number(_ value: Int) {
        beginValue()
        var digits = value.description
        digits.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Writes a number in Swift's shortest round-trip form (`0.1`, `1e-07`, `1e+20`), without a
    /// trailing `.0` (`2`, `-0`) as Foundation writes it; `null` if it is infinite or NaN, which
    /// JSON cannot hold.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        beginValue()
        var digits = value.description
        digits.withUTF8 { utf8 in
            let wholeNumber = utf8.count >= 2 && utf8[utf8.count - 2] == UInt8(ascii: ".") && utf8[utf8.count - 1] == UInt8(ascii: "0")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<(wholeNumber ? utf8.count - 2 : utf8.count)]))
        }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beginValue()
        appendASCII(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        appendASCII("null")
    }

    /// Writes a value of a type that writes itself.
    @inlinable
    public mutating func value(_ value: some JSONWritable) {
        value.write(to: &self)
    }

    // MARK: Containers

    /// Writes an array whose elements `body` writes.
    @inlinable
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(isObject: false)
        body(&self)
        close()
    }

    /// Writes an array of `elements`, each written by `element`.
    @inlinable
    public mutating func array<Elements: Sequence>(_ elements: Elements, _ element: (inout JSONWriter, Elements.Element) -> Void) {
        open(isObject: false)
        for item in elements { element(&self, item) }
        close()
    }

    /// Writes an object whose members `body` writes with `member` or `key`.
    @inlinable
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(isObject: true)
        body(&self)
        close()
    }

    /// Starts a member of the object being written: the next value written is its value. Keys
    /// must differ within an object.
    public mutating func key(_ key: String) {
        guard let last = containers.indices.last, containers[last].isObject, !afterKey else {
            assertionFailure("JSONWriter: a key outside an object or after another key")
            return
        }
        let separated = containers[last].count > 0
        // The previous member is this object's: those of objects inside it went when they closed.
        if separated, let previous = members.last, Self.precedes(key, previous.key) { containers[last].inOrder = false }
        containers[last].count += 1
        // The member starts after the separator, at its indent.
        members.append(Member(key: key, start: bytes.count + (separated ? 2 : 0)))
        appendMemberHead(key, separated: separated)
        afterKey = true
    }

    /// Writes the separator (when `separated`), the indent, the quoted key and ` : `. A key
    /// with nothing to escape (nearly all) is put together on the stack and appended once:
    /// written a byte at a time around the key's own append, this took 470 instructions, 360 so.
    private mutating func appendMemberHead(_ key: String, separated: Bool) {
        let indent = 2 * containers.count
        let escapesHTML = escapesHTML
        let plain = ByteSearch.withUTF8(of: key) { utf8 -> Bool in
            guard Self.nextEscape(in: utf8, from: 0, escapingHTML: escapesHTML) == utf8.count else { return false }
            let count = (separated ? 2 : 0) + indent + utf8.count + 5
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
                var at = 0
                func put(_ byte: UInt8) {
                    buffer[at] = byte
                    at += 1
                }
                if separated { put(0x2C); put(0x0A) }
                for _ in 0..<indent { put(0x20) }
                put(0x22)
                for byte in utf8 { put(byte) }
                put(0x22); put(0x20); put(0x3A); put(0x20)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<at]))
            }
            return true
        }
        guard !plain else { return }
        if separated { appendSeparator() }
        appendIndent()
        Self.appendQuoted(key, to: &bytes, escapingHTML: escapesHTML)
        bytes.append(0x20)
        bytes.append(0x3A)
        bytes.append(0x20)
    }

    /// Writes a member whose value writes itself (`null` for nil).
    @inlinable
    public mutating func member(_ key: String, _ value: some JSONWritable) {
        self.key(key)
        value.write(to: &self)
    }

    /// Writes a member unless its value is nil, as `encodeIfPresent` does.
    @inlinable
    public mutating func member(_ key: String, ifPresent value: (some JSONWritable)?) {
        guard let value else { return }
        member(key, value)
    }

    /// Writes a member whose value `body` writes.
    @inlinable
    public mutating func member(_ key: String, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        body(&self)
    }

    // MARK: Layout

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = containers.indices.last else { return }
        assert(!containers[last].isObject, "JSONWriter: a value in an object without a key")
        if containers[last].count > 0 { appendSeparator() }
        containers[last].count += 1
        appendIndent()
    }

    /// Starts an array or an object.
    @usableFromInline
    mutating func open(isObject: Bool) {
        beginValue()
        bytes.append(isObject ? 0x7B : 0x5B)
        bytes.append(0x0A)
        containers.append(Container(isObject: isObject, firstMember: members.count))
    }

    /// Ends the innermost array or object.
    @usableFromInline
    mutating func close() {
        guard let container = containers.popLast() else { return }
        if container.isObject {
            if !container.inOrder { sortMembers(from: container.firstMember) }
            members.removeLast(members.count - container.firstMember)
        }
        bytes.append(0x0A)
        appendIndent()
        bytes.append(container.isObject ? 0x7D : 0x5D)
    }

    /// Puts the innermost object's members, `members[first...]`, in the order of their keys' UTF-8
    /// bytes (Foundation's order for `.sortedKeys`), moving their text.
    private mutating func sortMembers(from first: Int) {
        let written = members[first...]
        let starts = written.map(\.start)
        let ends = starts.dropFirst().map { $0 - 2 } + [bytes.count]  // each ends before the ",\n" that follows it
        let order = written.indices.sorted { Self.precedes(members[$0].key, members[$1].key) }.map { $0 - first }
        let base = starts[0]
        let text = Array(bytes[base...])
        bytes.removeSubrange(base...)
        for (position, index) in order.enumerated() {
            if position > 0 { appendSeparator() }
            bytes.append(contentsOf: text[(starts[index] - base)..<(ends[index] - base)])
        }
    }

    /// Whether key `a` comes before key `b`: by UTF-8 bytes, Foundation's order for `.sortedKeys`
    /// outside Apple's platforms (so `B` before `a`, and `é` after `z`).
    @usableFromInline
    static func precedes(_ a: String, _ b: String) -> Bool {
        ByteSearch.precedes(a, b)
    }

    private mutating func appendASCII(_ text: StaticString) {
        ByteSearch.appendLiteral(text, to: &bytes)
    }

    /// The `,` and line break between two members or elements, a byte at a time: appending a
    /// literal's bytes went through the general path of `append(contentsOf:)`, several times
    /// the cost for two bytes.
    private mutating func appendSeparator() {
        bytes.append(0x2C)
        bytes.append(0x0A)
    }

    /// Two spaces for each open container: a few bytes, appended one by one for the same reason.
    private mutating func appendIndent() {
        for _ in 0..<2 * containers.count { bytes.append(0x20) }
    }
}
