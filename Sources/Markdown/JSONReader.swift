/// Reads a JSON document (RFC 8259) from UTF-8 bytes one value at a time, straight into the
/// caller's own types: the counterpart of `JSONWriter` for files appraise wrote itself and reads
/// back, such as the build cache, where Foundation's `JSONDecoder` built a tree of the whole
/// document first and was a fifth of a rebuild that had nothing to do.
///
/// The caller says what it expects next; anything else, and anything that is not JSON, is a
/// `Failure` (never a trap), so a damaged or hostile file costs one rebuild and nothing more:
///
/// ```swift
/// var json = JSONReader(Array(#"{"name": "Ann", "tags": ["a"]}"#.utf8))
/// var name = "", tags: [String] = []
/// try json.readObject { json, key throws(JSONReader.Failure) in
///     switch key {
///     case "name": name = try json.readString()
///     case "tags": tags = try json.readStrings()
///     default: try json.skipValue()
///     }
/// }
/// try json.finish()
/// ```
///
/// Every byte is looked at a bounded number of times, so reading is linear in the document's
/// length. Nesting is bounded by the caller's own structure, and `skipValue` skips values of any
/// shape without recursion, up to `maximumDepth` levels.
public struct JSONReader: Sendable {
    /// The document.
    let bytes: [UInt8]
    /// Where the next unread byte is.
    public internal(set) var offset = 0

    /// How deeply `skipValue` lets arrays and objects nest before it gives up on the document.
    public static let maximumDepth = 512

    /// A reader at the start of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Why a document could not be read, and where.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The byte offset of the problem.
        public let offset: Int
        /// What was wrong, in words.
        public let reason: String

        /// A failure for `reason` at byte `offset`.
        public init(offset: Int, reason: String) {
            self.offset = offset
            self.reason = reason
        }

        /// `REASON at byte OFFSET`.
        public var description: String { "\(reason) at byte \(offset)" }
    }

    /// A failure at the current offset.
    func failure(_ reason: String) -> Failure {
        Failure(offset: offset, reason: reason)
    }

    // MARK: Bytes

    /// The byte at `offset`, or 0 at the end: a NUL byte is never valid outside a string, so the
    /// end needs no case of its own wherever a particular byte is expected.
    var current: UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }

    /// Skips spaces, tabs and line breaks, then gives the next byte (0 at the end).
    mutating func nextToken() -> UInt8 {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return bytes[offset]
            }
        }
        return 0
    }

    /// Skips white space and then `byte`, which must come next.
    mutating func consume(_ byte: UInt8, _ what: String) throws(Failure) {
        guard nextToken() == byte else { throw failure("expected \(what)") }
        offset += 1
    }

    // MARK: Containers

    /// Reads an object, handing each member's key to `member`, which must read (or skip) exactly
    /// the member's value. Members come in the order they are written; a key may repeat.
    public mutating func readObject(_ member: (inout JSONReader, String) throws(Failure) -> Void) throws(Failure) {
        try readMembers { json, key throws(Failure) in try member(&json, key.description) }
    }

    /// Reads an array, calling `element` for each element, which must read (or skip) exactly one value.
    public mutating func readArray(_ element: (inout JSONReader) throws(Failure) -> Void) throws(Failure) {
        try consume(UInt8(ascii: "["), "an array")
        if nextToken() == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            let start = offset
            try element(&self)
            guard offset > start else { throw failure("an array element was not read") }
            switch nextToken() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"): offset += 1; return
            default: throw failure("expected ',' or ']' in an array")
            }
        }
    }

    /// Reads an array of strings.
    public mutating func readStrings() throws(Failure) -> [String] {
        var strings: [String] = []
        try readArray { json throws(Failure) in strings.append(try json.readString()) }
        return strings
    }

    /// Reads an object whose members all have values of one kind, each read by `value`, as a
    /// dictionary (a repeated key keeps its last value). Inlinable, as `readOptional` is, so that
    /// it is specialized for its values where it is used instead of looking up their type's
    /// metadata at every member.
    @inlinable
    public mutating func readDictionary<Value>(_ value: (inout JSONReader) throws(Failure) -> Value) throws(Failure) -> [String: Value] {
        var dictionary: [String: Value] = [:]
        try readObject { json, key throws(Failure) in dictionary[key] = try value(&json) }
        return dictionary
    }

    /// Reads `null` as nil, and anything else with `value`.
    @inlinable
    public mutating func readOptional<Value>(_ value: (inout JSONReader) throws(Failure) -> Value) throws(Failure) -> Value? {
        if try readNull() { return nil }
        return try value(&self)
    }

    /// Checks that nothing but white space is left.
    public mutating func finish() throws(Failure) {
        _ = nextToken()
        guard offset == bytes.count else { throw failure("expected the end of the document") }
    }
}
