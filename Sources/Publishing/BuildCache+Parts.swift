import Foundation
import Markdown

extension BuildCache {
    /// How many entries are encoded at a time.
    static let partSize = 200

    /// Hands the cache as deterministic JSON (keys sorted, then a newline) to `write` a few hundred
    /// entries at a time, so that the text of ten thousand entries is never held at once.
    ///
    /// The bytes are those of `JSONEncoder` encoding the whole cache with sorted keys (see
    /// `CompactJSON`): it sorts an object's keys by their UTF-8 bytes, so the entries are taken in
    /// that order, each part is an object whose braces are dropped, and `entries` is the cache's
    /// first key.
    func write(partSize: Int = BuildCache.partSize, into write: (Data) -> Void) {
        let keys = entries.keys.sorted(by: ByteSearch.precedes)
        var start = 0
        write(Data(#"{"entries":{"#.utf8))
        while start < keys.count {
            let end = min(keys.count, start + max(1, partSize))
            var json = CompactJSON()
            json.object { json in
                for key in keys[start..<end] {
                    guard let entry = entries[key] else { continue }
                    json.member(key) { entry.write(to: &$0) }
                }
            }
            if start > 0 { write(Data(",".utf8)) }
            write(Data(json.bytes.dropFirst().dropLast()))
            start = end
        }
        var tail = CompactJSON()
        tail.object { json in
            json.member("key") { $0.string(key) }
            if let site { json.member("site") { $0.string(site) } }
            json.member("siteFiles") { $0.strings(siteFiles) }
        }
        write(Data("},".utf8))
        write(Data(tail.bytes.dropFirst()))
        write(Data("\n".utf8))
    }
}
