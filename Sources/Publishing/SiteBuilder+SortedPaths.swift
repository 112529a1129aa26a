import Markdown

extension SiteBuilder {
    /// Sorts `paths` as `sort()` does. ASCII paths, as generated ones are, order as their bytes
    /// do, so they are compared with `memcmp` in one buffer that holds them all: comparing them
    /// as Strings was a tenth of a rebuild that changes nothing.
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
            ends.withUnsafeBufferPointer { ends in
                func text(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: buffer[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
                }
                return ends.indices.sorted { ByteSearch.precedes(text($0), text($1)) }
            }
        }
        paths = order.map { paths[$0] }
    }
}
