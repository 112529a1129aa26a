import Foundation
import Markdown
import Testing
import TestRandom

/// `JSONReader` on what `JSONEncoder` writes (the oracle), and on every kind of broken or hostile
/// document: each must be a `Failure`, never a trap, and in time linear in its length.
struct JSONReaderTests {
    /// Reads `text` as one value with `body`, then checks that nothing follows it.
    static func read<Value>(_ text: String, _ body: (inout JSONReader) throws(JSONReader.Failure) -> Value) throws(JSONReader.Failure) -> Value {
        var json = JSONReader(Array(text.utf8))
        let value = try body(&json)
        try json.finish()
        return value
    }

    /// Whether skipping `bytes` as one value fails.
    static func rejects(_ bytes: [UInt8]) -> Bool {
        var json = JSONReader(bytes)
        do {
            try json.skipValue()
            try json.finish()
            return false
        } catch {
            return true
        }
    }

    static func rejects(_ text: String) -> Bool {
        rejects(Array(text.utf8))
    }

    /// `tree` read back with the reader, led by the tree itself (a reader is always told what
    /// comes next), so that writing the result gives the original's text again.
    static func read(_ json: inout JSONReader, like tree: Tree) throws(JSONReader.Failure) -> Tree {
        switch tree {
        case .string: return .string(try json.readString())
        case .int: return .int(try json.readInt())
        case .bool: return .bool(try json.readBool())
        case .null: return try json.readNull() ? .null : .string("not null")
        case .double: try json.skipValue(); return tree
        case .array(let elements):
            var read: [Tree] = []
            try json.readArray { json throws(JSONReader.Failure) in
                if read.count < elements.count {
                    read.append(try Self.read(&json, like: elements[read.count]))
                } else {
                    try json.skipValue()
                }
            }
            return .array(read)
        case .object(let members):
            var read: [String: Tree] = [:]
            try json.readObject { json, key throws(JSONReader.Failure) in
                if let member = members[key] { read[key] = try Self.read(&json, like: member) } else { try json.skipValue() }
            }
            return .object(read)
        }
    }

    @Test func readsWhatJSONEncoderWrites() throws {
        var random = SplitMix64(seed: 51)
        for _ in 0..<400 {
            let tree = Tree.random(&random, depth: 4)
            for formatting: JSONEncoder.OutputFormatting in [[.sortedKeys], [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]] {
                let encoder = JSONEncoder()
                encoder.outputFormatting = formatting
                let data = try encoder.encode(tree)
                var json = JSONReader([UInt8](data))
                let read = try Self.read(&json, like: tree)
                try json.finish()
                #expect(JSONWriterTests.written(read) == JSONWriterTests.written(tree))
                #expect(!Self.rejects([UInt8](data)), "skipValue: \(String(decoding: data, as: UTF8.self))")
            }
        }
    }

    @Test func stringsAndTheirEscapes() throws {
        #expect(try Self.read(#""plain""#) { json throws(JSONReader.Failure) in try json.readString() } == "plain")
        #expect(try Self.read(#""""#) { json throws(JSONReader.Failure) in try json.readString() } == "")
        let escaped = #""a\"b\\c\/d\be\ff\ng\rh\ti\u0041\u00e9\u20AC\ud83d\ude00\u0000z""#
        #expect(try Self.read(escaped) { json throws(JSONReader.Failure) in try json.readString() }
                == "a\"b\\c/d\u{8}e\u{C}f\ng\rh\tiAé€😀\u{0}z")
        #expect(try Self.read(" \n\t\"é😀 raw\" \r\n") { json throws(JSONReader.Failure) in try json.readString() } == "é😀 raw")
        for text in ["\u{0}", "\u{1F}", "a\u{7F}b", "\u{10FFFF}", "\\"] {
            let encoded = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
            #expect(try Self.read(encoded) { json throws(JSONReader.Failure) in try json.readString() } == text)
        }
    }

    @Test func rejectsBrokenStrings() {
        let broken = [#""open"#, "\"tab\tinside\"", "\"line\nbreak\"", #""bad \x escape""#, #""\u12""#, #""\u12G4""#,
                      #""\ud83d""#, #""\ud83d\u0041""#, #""\ude00""#, #""\ud83dx""#, #""ends with \"#, #"""#, #""\"#]
        for text in broken {
            #expect(Self.rejects(text), "\(text)")
        }
        #expect(Self.rejects([0x22, 0xC3, 0x28, 0x22]), "invalid UTF-8")
        #expect(Self.rejects([0x22, 0xED, 0xA0, 0x80, 0x22]), "an encoded surrogate")
        #expect(Self.rejects([0x22, 0xF0, 0x9F, 0x98, 0x22]), "a truncated sequence")
        #expect(Self.rejects([0x22, 0x5C, 0x22]), "an escaped quote and no end")
    }

    /// Bytes between quotes are a string exactly when they are UTF-8 (as Swift checks it) with
    /// no quote, backslash or control character.
    @Test func stringBytesAreCheckedAsUTF8() throws {
        var random = SplitMix64(seed: 99)
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
                                    0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x90, 0x9F, 0xA0, 0x8F]
        for _ in 0..<50_000 {
            let inner = (0..<Int(random.next() % 6)).map { _ in interesting[Int(random.next() % UInt64(interesting.count))] }
            var json = JSONReader([0x22] + inner + [0x22])
            let read = try? json.readString()
            let expected = String(validating: inner, as: UTF8.self)
            #expect(read == expected, "\(inner.map { String($0, radix: 16) })")
        }
    }

    @Test func wholeNumbers() throws {
        for number in [0, 1, -1, 42, -0, 1_000_000, Int.max, Int.min] {
            #expect(try Self.read(String(number)) { json throws(JSONReader.Failure) in try json.readInt() } == number)
        }
        for text in ["01", "-", "+1", "1.5", "1e3", "1E3", "1.0", "9223372036854775808", "-9223372036854775809",
                     "99999999999999999999999999999999999999", "--1", "-a", "", "0x10", ".5"] {
            #expect(throws: JSONReader.Failure.self, "\(text)") {
                try Self.read(text) { json throws(JSONReader.Failure) in try json.readInt() }
            }
        }
    }

    @Test func skipsNumbersJSONAllows() {
        for text in ["0", "-0", "12.5e-3", "1E+400", "-0.0e0", String(repeating: "9", count: 10_000), "1e-99999999999999"] {
            #expect(!Self.rejects(text), "\(text)")
        }
        for text in ["01", "1.", ".1", "1e", "1e+", "-", "+1", "1.e5", "0x1", "NaN", "Infinity", "-Infinity", "1 2"] {
            #expect(Self.rejects(text), "\(text)")
        }
    }

    @Test func literalsAndOptionals() throws {
        #expect(try Self.read("true") { json throws(JSONReader.Failure) in try json.readBool() })
        #expect(try !Self.read("false") { json throws(JSONReader.Failure) in try json.readBool() })
        #expect(try Self.read("null") { json throws(JSONReader.Failure) in try json.readOptional { json throws(JSONReader.Failure) in try json.readInt() } } == nil)
        #expect(try Self.read("7") { json throws(JSONReader.Failure) in try json.readOptional { json throws(JSONReader.Failure) in try json.readInt() } } == 7)
        for text in ["tru", "nul", "falsy", "True", "nulll", "t"] {
            #expect(Self.rejects(text), "\(text)")
        }
    }

    @Test func containers() throws {
        let document = #" { "b" : [ 1 , 2 ] , "a" : { } , "c" : [ ] , "b" : [3] } "#
        var seen: [String] = []
        var numbers: [Int] = []
        try Self.read(document) { json throws(JSONReader.Failure) in
            try json.readObject { json, key throws(JSONReader.Failure) in
                seen.append(key)
                if key == "b" {
                    try json.readArray { json throws(JSONReader.Failure) in numbers.append(try json.readInt()) }
                } else {
                    try json.skipValue()
                }
            }
        }
        #expect(seen == ["b", "a", "c", "b"])
        #expect(numbers == [1, 2, 3])
        let dictionary = try Self.read(#"{"x":"1","y":"2","x":"3"}"#) { json throws(JSONReader.Failure) in
            try json.readDictionary { json throws(JSONReader.Failure) in try json.readString() }
        }
        #expect(dictionary == ["x": "3", "y": "2"], "a repeated key keeps its last value")
        #expect(try Self.read(#"["a","b"]"#) { json throws(JSONReader.Failure) in try json.readStrings() } == ["a", "b"])
    }

    @Test func rejectsBrokenContainers() {
        let broken = ["[", "]", "{", "}", "[1,]", "[,1]", "[1 2]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{,}",
                      "{1:2}", "{a:1}", "[1}", "{\"a\":1]", "[[[]]", "{\"a\":{\"b\":1}", "", " ", "[] []", "{} x", "\u{FEFF}{}",
                      "['a']", "[1]\u{0}"]
        for text in broken {
            #expect(Self.rejects(text), "\(text)")
        }
        #expect(throws: JSONReader.Failure.self, "an object read as an array") {
            try Self.read("{}") { json throws(JSONReader.Failure) in try json.readStrings() }
        }
        #expect(throws: JSONReader.Failure.self, "a member whose value was not read") {
            try Self.read(#"{"a":1}"#) { json throws(JSONReader.Failure) in try json.readObject { _, _ throws(JSONReader.Failure) in } }
        }
        #expect(throws: JSONReader.Failure.self, "an element that was not read") {
            try Self.read(#"[,1]"#) { json throws(JSONReader.Failure) in try json.readArray { _ throws(JSONReader.Failure) in } }
        }
    }

    @Test func everyTruncationFails() throws {
        let document = #"{"entries":{"a.md":{"list":["x\"y",true,null,-12.5e3,{"k":[]}],"u":"\u00e9\ud83d\ude00"}},"n":0}"#
        let bytes = Array(document.utf8)
        #expect(!Self.rejects(bytes))
        for end in 0..<bytes.count {
            #expect(Self.rejects(Array(bytes[..<end])), "cut at \(end)")
        }
    }

    @Test func randomDamageNeverTraps() {
        var random = SplitMix64(seed: 7)
        let document = Array(#"{"a":[1,-2.5e3,"x\u00e9\n",true,false,null,{"b":{}}],"c":"\ud83d\ude00"}"#.utf8)
        let pieces = Array("{}[]\",:\\u0123456789eE+-.tfnalsr \u{0}\u{1F}\u{7F}é😀".utf8)
        for _ in 0..<20_000 {
            var damaged = document
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = Int(random.next() % UInt64(damaged.count))
                switch random.next() % 3 {
                case 0: damaged[at] = pieces[Int(random.next() % UInt64(pieces.count))]
                case 1: damaged.remove(at: at)
                default: damaged.insert(pieces[Int(random.next() % UInt64(pieces.count))], at: at)
                }
            }
            var json = JSONReader(damaged)
            _ = try? json.skipValue()
        }
    }

    @Test func deepNestingIsAFailureNotACrash() {
        let depth = JSONReader.maximumDepth
        #expect(!Self.rejects(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(Self.rejects(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)))
        #expect(Self.rejects(String(repeating: "[", count: 1_000_000)))
        #expect(Self.rejects(String(repeating: "{\"a\":", count: 1_000_000)))
    }

    @Test func hostileDocumentsTakeLinearTime() {
        let size = 1 << 20
        let documents = [String(repeating: "[", count: size), "\"" + String(repeating: "\\u00e9", count: size / 6) + "\"",
                         "[" + String(repeating: "1,", count: size / 2) + "1]", String(repeating: "9", count: size),
                         "\"" + String(repeating: "\\", count: size) + "\"", "{" + String(repeating: "\"k\":0,", count: size / 6) + "\"k\":0}"]
        let clock = ContinuousClock()
        for document in documents {
            let elapsed = clock.measure { _ = Self.rejects(document) }
            #expect(elapsed < .seconds(5), "\(document.prefix(20))…")
        }
    }
}
