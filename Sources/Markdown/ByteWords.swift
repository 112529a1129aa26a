/// Eight bytes tested at once, as one 64-bit word: the escapers skip runs of text that need no
/// escaping a word at a time instead of a byte at a time.
///
/// Each test is exact for the question "does any byte of the word ...": the borrow that can
/// mark a wrong byte only ever follows a byte that does match. Swift's `SIMD16<UInt8>`
/// comparisons were compiled byte by byte, so plain integer arithmetic it is.
public enum ByteWords {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `bytes` from `offset` (which must leave eight), in memory order.
    @inlinable
    public static func word(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self)
    }

    /// A word of eight `byte`s.
    @inlinable
    public static func repeated(_ byte: UInt8) -> UInt64 {
        ones &* UInt64(byte)
    }

    /// Whether any byte of `word` is `byte`.
    @inlinable
    public static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let differences = word ^ repeated(byte)
        return (differences &- ones) & ~differences & highBits != 0
    }

    /// The offset of the first byte at or after `start` for which `matches` holds, or
    /// `bytes.count`. Eight bytes are passed over at a time while `wordMayMatch` says none of them
    /// can: it must hold for every word with a byte that `matches`, and may hold for others.
    @inlinable
    public static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                   wordMayMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool) -> Int {
        var index = start
        while index + 8 <= bytes.count, !wordMayMatch(word(in: bytes, at: index)) { index += 8 }
        while index < bytes.count, !matches(bytes[index]) { index += 1 }
        return index
    }

    /// Whether any byte of `word` is below `limit`, which is at most 128.
    @inlinable
    public static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether every byte of `bytes` is ASCII, read eight at a time.
    @inlinable
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= word(in: bytes, at: index)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & highBits == 0
    }
}
