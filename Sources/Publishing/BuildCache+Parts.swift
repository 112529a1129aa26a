import Foundation

extension BuildCache {
    /// How many entries are encoded at a time.
    static let partSize = 200

    /// Hands the cache as deterministic JSON (keys sorted, then a newline) to `write` a few hundred
    /// entries at a time, so that the encoder never builds its tree of ten thousand entries nor
    /// the whole text at once: for that many pages it was the build's largest allocation.
    ///
    /// The bytes are those of encoding the whole cache: JSONEncoder sorts an object's keys by
    /// their UTF-8 bytes, so the entries are taken in that order, each part is an object whose
    /// braces are dropped, and `entries` is the first key of the cache. Returns false when the
    /// cache cannot be encoded; what was written is then to be thrown away (the text was an
    /// empty line).
    func write(partSize: Int = BuildCache.partSize, into write: (Data) -> Void) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var shell = self
        shell.entries = [:]
        let opening = Data(#"{"entries":{}"#.utf8)
        guard let whole = try? encoder.encode(shell), whole.starts(with: opening) else { return false }
        let keys = entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var start = 0
        write(Data(#"{"entries":{"#.utf8))
        while start < keys.count {
            let end = min(keys.count, start + max(1, partSize))
            var part: [String: Entry] = [:]
            for key in keys[start..<end] { part[key] = entries[key] }
            guard let encoded = try? encoder.encode(part), encoded.count >= 2 else { return false }
            if start > 0 { write(Data(",".utf8)) }
            write(encoded.dropFirst().dropLast())
            start = end
        }
        write(whole.dropFirst(opening.count - 1))
        write(Data("\n".utf8))
        return true
    }
}
