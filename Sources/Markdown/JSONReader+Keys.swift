extension JSONReader {
    /// An object member's key as it was written, compared with the names a reader knows without
    /// being made into a `String` first: `switch key { case "source": ... }`.
    ///
    /// Making each key a `String` only to compare it with a few names was a third of reading the
    /// build cache, whose entries have some fifteen keys each.
    public struct Key: Sendable, CustomStringConvertible {
        /// The key's UTF-8, its escapes undone: a slice of the document itself when it has none.
        public let utf8: ArraySlice<UInt8>

        /// The key as a string.
        public var description: String {
            utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        }

        /// Whether `key` is `name`: the same UTF-8 bytes once its escapes are undone, as JSON
        /// compares member names (RFC 8259, 8.3).
        ///
        /// `String`'s `==` also takes canonically equivalent text; for an ASCII name the two differ
        /// only where the name holds one of the three ASCII characters another character stands
        /// for canonically (`K` for U+212A KELVIN SIGN, `;`, the grave accent).
        public static func ~= (name: StaticString, key: Key) -> Bool {
            key.utf8.withUnsafeBufferPointer { ByteSearch.equal($0, name) }
        }
    }

    /// Reads an object as `readObject` does, handing `member` each key as a `Key` instead of a `String`.
    public mutating func readMembers(_ member: (inout JSONReader, Key) throws(Failure) -> Void) throws(Failure) {
        try consume(UInt8(ascii: "{"), "an object")
        if nextToken() == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            guard nextToken() == UInt8(ascii: "\"") else { throw failure("expected a member's key") }
            let key = try readKey()
            try consume(UInt8(ascii: ":"), "':' after a key")
            let start = offset
            try member(&self, key)
            guard offset > start else { throw failure("the value of '\(key)' was not read") }
            switch nextToken() {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"): offset += 1; return
            default: throw failure("expected ',' or '}' in an object")
            }
        }
    }
}
