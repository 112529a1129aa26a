import Markdown
import Testing
import TestRandom

/// A member's key read as bytes (`readMembers`) is the key `readString` reads, and matches a name
/// exactly when the string read does.
struct JSONReaderKeyTests {
    /// ASCII names a reader switches on: the build cache's, and a few that are prefixes of others.
    static let names: [StaticString] = ["key", "entries", "site", "siteFiles", "source", "stamp", "stale", "summary", "s", ""]

    /// Key texts as written between quotes: plain and escaped letters, non-ASCII, bytes that are
    /// not UTF-8, controls, and escapes that are errors.
    static let pieces: [[UInt8]] = ["s", "i", "t", "e", "k", "y", "F", "les", "ource", "tamp", "\\u0073", "\\u0065", "\\\"", "\\\\",
                                    "\\/", "\\n", "é", "e\u{301}", "😀", "\\ud83d\\ude00", "\\ud83d", "\\x", "\t", " "].map { Array($0.utf8) }
        + [[0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]]

    /// The key `text` read as `readString` reads a string (the old reading), nil when it fails.
    static func asString(_ text: [UInt8]) -> String? {
        var json = JSONReader([0x22] + text + [0x22])
        return try? json.readString()
    }

    /// The key of the one member of `{"text":0}` as `readMembers` hands it over, nil when reading fails.
    static func asKey(_ text: [UInt8]) -> JSONReader.Key? {
        var json = JSONReader(Array("{\"".utf8) + text + Array("\":0}".utf8))
        var found: JSONReader.Key?
        do {
            try json.readMembers { json, key throws(JSONReader.Failure) in
                found = key
                _ = try json.readInt()
            }
            try json.finish()
        } catch {
            return nil
        }
        return found
    }

    @Test func keysAreWhatReadStringReads() {
        var random = SplitMix64(seed: 61)
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 5)).flatMap { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let string = Self.asString(text)
            let key = Self.asKey(text)
            #expect((key == nil) == (string == nil), "\(text)")
            guard let key, let string else { continue }
            #expect(key.description == string)
            #expect(Array(key.utf8) == Array(string.utf8))
            for name in Self.names {
                #expect((name ~= key) == (string == name.description), "\(string) against \(name)")
            }
        }
    }

    @Test func aKeyIsComparedByItsCodePoints() throws {
        let key = try #require(Self.asKey(Array("\\u212Aey".utf8)))
        #expect(key.description == "\u{212A}ey")
        #expect(!("Key" ~= key), "JSON compares member names code point by code point")
        #expect(try #require(Self.asKey(Array("\\u004Bey".utf8))).description == "Key")
        #expect("Key" ~= (try #require(Self.asKey(Array("\\u004Bey".utf8)))))
        #expect(!("é" ~= (try #require(Self.asKey(Array("e\u{301}".utf8))))), "a non-ASCII name matches only its own bytes")
    }
}
