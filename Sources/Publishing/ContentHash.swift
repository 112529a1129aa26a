import Foundation

/// A fast, stable 64-bit fingerprint of bytes, for noticing that a file changed between builds.
///
/// Not cryptographic: it only has to tell an edited file from an unedited one, and it must be the
/// same in every process (Swift's `Hasher` is seeded per process, so it cannot be used).
enum ContentHash {
    /// The fingerprint of `data` as 16 hexadecimal digits.
    static func of(_ data: Data) -> String {
        data.withUnsafeBytes(of(bytes:))
    }

    /// The fingerprint of `buffer`'s bytes as 16 hexadecimal digits: `of(_: Data)` of the same bytes.
    static func of(bytes buffer: UnsafeRawBufferPointer) -> String {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(buffer.count)
        let words = buffer.count / 8
        for index in 0..<words {
            state = mix(state, buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        var tail: UInt64 = 0
        for offset in (words * 8)..<buffer.count { tail = tail << 8 | UInt64(buffer[offset]) }
        state = mix(state, tail)
        return hex(finalize(state))
    }

    /// The fingerprint of several strings taken together (each length-prefixed, so boundaries count).
    ///
    /// The strings are read twice, once for their length and once for their bytes, and never
    /// joined: the fingerprint of ten thousand index entries needs no copy of them all.
    static func of(_ parts: some Sequence<String>) -> String {
        func prefix(_ part: String) -> String { String(part.utf8.count) }
        let length = parts.reduce(0) { $0 + prefix($1).utf8.count + 1 + $1.utf8.count }
        var stream = Stream(length: length)
        for part in parts {
            stream.add(prefix(part).utf8)
            stream.add(CollectionOfOne(0))
            stream.add(part.utf8)
        }
        return hex(finalize(stream.finish()))
    }

    /// The fingerprint of bytes given in pieces whose total length is known up front: the same
    /// value `of(_: Data)` gives for the pieces joined.
    private struct Stream {
        private var state: UInt64
        /// The bytes of the word being gathered, the first in the lowest byte.
        private var word: UInt64 = 0
        /// How many bytes of `word` are gathered.
        private var filled = 0
        /// How many bytes go into whole words; the rest are the tail.
        private let wordBytes: Int
        private var taken = 0
        private var tail: UInt64 = 0

        init(length: Int) {
            state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
            wordBytes = length / 8 * 8
        }

        mutating func add(_ bytes: some Sequence<UInt8>) {
            let added: Void? = bytes.withContiguousStorageIfAvailable { buffer in add(UnsafeRawBufferPointer(buffer)) }
            if added == nil {
                for byte in bytes { add(byte) }
            }
        }

        /// Adds bytes in memory, a whole word at a time where the stream is at a word's start.
        private mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var offset = 0
            while offset < bytes.count {
                if filled == 0, bytes.count - offset >= 8, wordBytes - taken >= 8 {
                    state = ContentHash.mix(state, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                    taken += 8
                } else {
                    add(bytes[offset])
                    offset += 1
                }
            }
        }

        private mutating func add(_ byte: UInt8) {
            if taken < wordBytes {
                word |= UInt64(byte) << (8 * filled)
                filled += 1
                if filled == 8 {
                    // The word as `of(_: Data)` loads its eight bytes from memory.
                    state = ContentHash.mix(state, UInt64(littleEndian: word))
                    (word, filled) = (0, 0)
                }
            } else {
                tail = tail << 8 | UInt64(byte)
            }
            taken += 1
        }

        func finish() -> UInt64 {
            ContentHash.mix(state, tail)
        }
    }

    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        var value = state ^ (word &* 0xBF58_476D_1CE4_E5B9)
        value = (value << 27 | value >> 37) &* 0x94D0_49BB_1331_11EB
        return value &+ 0x9E37_79B9_7F4A_7C15
    }

    private static func finalize(_ state: UInt64) -> UInt64 {
        var value = state
        value ^= value >> 31
        value &*= 0xD6E8_FEB8_6659_FD93
        value ^= value >> 32
        return value
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
