import Foundation
@testable import Publishing
import Testing

/// The fingerprint of several strings, taken without joining them, is that of the joined bytes.
struct ContentHashTests {
    /// The bytes `of(_: [String])` has always fingerprinted: each part's length, a zero byte, the part.
    static func joined(_ parts: [String]) -> Data {
        var data = Data()
        for part in parts {
            data.append(contentsOf: String(part.utf8.count).utf8)
            data.append(0)
            data.append(contentsOf: part.utf8)
        }
        return data
    }

    @Test func partsHashLikeTheirJoinedBytes() {
        let samples: [[String]] = [[], [""], ["a"], ["é", "", "ü🙂"], (0..<300).map { String(repeating: "x", count: $0 % 23) + "\u{1F}\($0)" }]
        for parts in samples {
            #expect(ContentHash.of(parts) == ContentHash.of(Self.joined(parts)))
            #expect(ContentHash.of(parts.lazy.map { $0 }) == ContentHash.of(Self.joined(parts)))
        }
        #expect(ContentHash.of(["ab", "c"]) != ContentHash.of(["a", "bc"]))
    }
}
