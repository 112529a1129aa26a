/// A set of ASCII bytes, tested with a shift and a mask: for prefilters that let text with none
/// of an escaper's special characters (most text) be returned as it is, without walking its
/// `Character`s.
public struct ASCIISet: Sendable {
    /// One bit per byte value: 0-63 in `low`, 64-127 in `high`.
    private let low: UInt64, high: UInt64

    /// The set of the bytes of `characters`, which must be ASCII (others are ignored).
    public init(_ characters: String) {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in characters.utf8 where byte < 128 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Whether `byte` is in the set.
    @inline(__always)
    public func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> UInt64(byte) & 1 == 1 }
        if byte < 128 { return high >> UInt64(byte - 64) & 1 == 1 }
        return false
    }
}
