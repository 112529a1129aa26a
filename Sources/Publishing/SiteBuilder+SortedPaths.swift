import Markdown

extension SiteBuilder {
    /// Sorts `paths` as `sort()` does. ASCII paths, as generated ones are, order as their bytes
    /// do, so they are compared as bytes in one buffer that holds them all: comparing them as
    /// Strings was a tenth of a rebuild that changes nothing.
    ///
    /// Each path's first 24 bytes are compared as three integers (`PathSortKey`), and only paths
    /// that share them are compared further with `memcmp`: calling `memcmp` for every comparison
    /// was still most of the sort.
    static func sortPaths(_ paths: inout [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(paths.count)
        for path in paths {
            ByteSearch.append(path, to: &bytes)
            ends.append(bytes.count)
        }
        guard bytes.withUnsafeBufferPointer(ByteWords.isASCII) else { return paths.sort() }
        let order = bytes.withUnsafeBufferPointer { buffer in
            var keys: [PathSortKey] = []
            keys.reserveCapacity(ends.count)
            for (index, end) in ends.enumerated() {
                let start = index == 0 ? 0 : ends[index - 1]
                keys.append(PathSortKey(UnsafeBufferPointer(rebasing: buffer[start..<end]), index: index, start: start))
            }
            keys.sort { $0.precedes($1, in: buffer) }
            return keys.map(\.index)
        }
        paths = order.map { paths[$0] }
    }
}

/// A path's place in the sort: its first 24 bytes as three big-endian integers (zeros after its
/// end), which order as the bytes do, and where all of its bytes are for the paths they do not
/// tell apart.
struct PathSortKey {
    /// Bytes 0-7, 8-15 and 16-23, the first byte the highest.
    let head: (UInt64, UInt64, UInt64)
    /// The path's position in the list being sorted.
    let index: Int
    /// Where the path's bytes start and end in the buffer of all of them.
    let start: Int, end: Int

    /// The key of the path whose bytes are `path`, at `start` in the buffer, number `index` in the list.
    init(_ path: UnsafeBufferPointer<UInt8>, index: Int, start: Int) {
        func word(_ first: Int) -> UInt64 {
            var word: UInt64 = 0
            for offset in first..<(first + 8) {
                word = word << 8 | UInt64(offset < path.count ? path[offset] : 0)
            }
            return word
        }
        head = (word(0), word(8), word(16))
        self.index = index
        self.start = start
        end = start + path.count
    }

    /// Whether this path comes before `other`, both of whose bytes are in `buffer`, in byte order.
    ///
    /// Zeros after a path's end keep the order of the bytes: where the heads first differ, either
    /// both paths have bytes, or the shorter one ended and is a prefix of the other. Equal heads
    /// say nothing about the rest (or about a zero byte against an end), so then the whole paths
    /// are compared.
    func precedes(_ other: PathSortKey, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        if head.0 != other.head.0 { return head.0 < other.head.0 }
        if head.1 != other.head.1 { return head.1 < other.head.1 }
        if head.2 != other.head.2 { return head.2 < other.head.2 }
        return ByteSearch.precedes(UnsafeBufferPointer(rebasing: buffer[start..<end]),
                                   UnsafeBufferPointer(rebasing: buffer[other.start..<other.end]))
    }
}
