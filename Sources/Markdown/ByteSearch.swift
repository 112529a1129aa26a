#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches of UTF-8 bytes done by the C library's `memchr`, which looks at many bytes per
/// instruction.
///
/// They are the prefilters that let most text skip a scanner altogether (most prose has no `@`,
/// no placeholder and no expression marker), so they run over every byte of every document;
/// a byte-at-a-time loop through `String.UTF8View` was 2% of a site build.
public enum ByteSearch {
    /// Calls `body` with the UTF-8 of `text`: a native string's bytes where they lie, others
    /// made contiguous in a copy.
    ///
    /// `withUTF8` on a copy of the string cost a retain, a release and a uniqueness check each
    /// time; the prefilters ask this of every text node of every document.
    @inlinable
    public static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return try text.withUTF8(body)
    }

    /// Appends the bytes of `literal`, a string written in the source, to `bytes`.
    ///
    /// `bytes += "<p>".utf8` went through the general path for a string's UTF-8 view, half again
    /// the instructions of copying the literal's buffer; the renderers append several per node.
    @inlinable
    public static func appendLiteral(_ literal: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Whether `bytes` from `offset` start with `prefix`, whose letters are lowercase ASCII, in
    /// any ASCII case: how URL schemes are recognised.
    public static func startsWith(_ prefix: StaticString, ignoringASCIICaseIn bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset >= 0, bytes.count - offset >= count else { return false }
        for index in 0..<count {
            let byte = bytes[offset + index]
            if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != prefix.utf8Start[index] { return false }
        }
        return true
    }

    /// Appends the UTF-8 of `text` to `bytes`, read in place: `bytes += text.utf8` copied the
    /// string to iterate it, a retain and a release each time.
    @inlinable
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        withUTF8(of: text) { bytes.append(contentsOf: $0) }
    }

    /// Whether the UTF-8 of `text` holds `byte`.
    public static func contains(_ byte: UInt8, in text: String) -> Bool {
        withUTF8(of: text) { firstOffset(of: byte, in: $0, from: 0) != nil }
    }

    /// Whether the UTF-8 of `text` holds the bytes of `needle` in a row.
    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        withUTF8(of: text) { firstOffset(of: needle, in: $0, from: 0) != nil }
    }

    /// The offset of the first `byte` in `bytes` at or after `start`; nil when there is none.
    public static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start >= 0, start < bytes.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `start`; nil when
    /// there is none. Each candidate is found by its first byte, so the time is linear in
    /// `bytes` for the few-byte needles this is used with.
    public static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var position = start
        while position + needle.count <= bytes.count, let candidate = firstOffset(of: first, in: bytes, from: position) {
            guard candidate + needle.count <= bytes.count else { return nil }
            var matches = true
            for offset in 1..<needle.count where bytes[candidate + offset] != needle[offset] {
                matches = false
                break
            }
            if matches { return candidate }
            position = candidate + 1
        }
        return nil
    }

    /// Whether `a` and `b` hold the same bytes, compared by `memcmp`: the generic
    /// `elementsEqual` walked them through iterators (0.5% of a site build, for tag names).
    public static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        // Tag and attribute names are a few bytes: compared here rather than through a call.
        guard a.count > 16 else {
            for index in 0..<a.count where left[index] != right[index] { return false }
            return true
        }
        return memcmp(left, right, a.count) == 0
    }

    /// Whether `bytes` are those of `literal`.
    public static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        equal(bytes, UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Whether the UTF-8 bytes of `a` come before those of `b`, compared by `memcmp`: the generic
    /// `lexicographicallyPrecedes` went byte by byte through iterators. Both are read in place
    /// (`withUTF8(of:)`): copying them to call `withUTF8` cost a retain and a release each.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        withUTF8(of: a) { a in
            withUTF8(of: b) { b in precedes(a, b) }
        }
    }

    /// Whether bytes `a` come before bytes `b`, compared by `memcmp`.
    @inlinable
    public static func precedes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        if common > 0, let left = a.baseAddress, let right = b.baseAddress {
            let order = memcmp(left, right, common)
            if order != 0 { return order < 0 }
        }
        return a.count < b.count
    }
}
