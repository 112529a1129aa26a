import Foundation
import Markdown
import Testing
import TestRandom

/// `JSONWriter` against Foundation's `JSONEncoder` (the oracle) with the options appraise used:
/// the same bytes for numbers, strings, keys and nesting.
struct JSONWriterTests {
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func written(_ value: some JSONWritable, escapingHTML: Bool = false) -> String {
        var json = JSONWriter(escapingHTML: escapingHTML)
        json.value(value)
        return json.text
    }

    @Test func edgeCaseNumbers() throws {
        let doubles: [Double] = [0, -0.0, 1, -1, 2, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e-7, 1e-5, 1e-4, 0.001, 4.35, 0.07,
                                 100, 12345.678, -2.5e-8, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e300, 9_007_199_254_740_992, 0x1p53.nextUp,
                                 123_456_789_012_345_680, .leastNonzeroMagnitude, .leastNormalMagnitude,
                                 .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        #expect(Self.written(doubles) == (try Self.encoded(doubles)))
        for double in doubles {
            #expect(Self.written(double) == (try Self.encoded(double)), "\(double)")
        }
        let integers = [0, 1, -1, 42, 1_000_000, Int.max, Int.min]
        #expect(Self.written(integers) == (try Self.encoded(integers)))
    }

    @Test func randomNumbers() throws {
        var random = SplitMix64(seed: 14)
        var doubles: [Double] = []
        while doubles.count < 20_000 {
            let bits = Double(bitPattern: random.next())
            if bits.isFinite { doubles.append(bits) }
            doubles.append(Double(Int64(bitPattern: random.next()) % 1_000_000) / 1000)
            doubles.append(Double(Int64(bitPattern: random.next()) % 100_000) * pow(10, Double(Int(random.next() % 61) - 30)))
            doubles.append(Double(random.next() % 1_000_000_000) / Double(random.next() % 1000 + 1))
        }
        #expect(Self.written(doubles) == (try Self.encoded(doubles)))
        let integers = (0..<5_000).map { _ in Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64) }
        #expect(Self.written(integers) == (try Self.encoded(integers)))
    }

    @Test func everyASCIICharacterAndSomeOthers() throws {
        let ascii = String(decoding: Array(UInt8(0)..<0x80), as: UTF8.self)
        let strings = [ascii, "", "é e\u{301} Ω ｆ 😀 \u{80}\u{9F}\u{A0}\u{2028}\u{2029}\u{FEFF}", "</script> https://doi.org/10.1/x \\ \"q\""]
        #expect(Self.written(strings) == (try Self.encoded(strings)))
        let keyed = Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($1, $0) })
        #expect(Self.written(keyed) == (try Self.encoded(keyed)))
    }

    @Test func keysInFoundationsOrder() throws {
        let keys = ["b", "B", "a", "A", "_", "Z", "z", "é", "e", "f", "10", "9", "2", "a b", "ab", "a-b", "aB", "Ab", "@type", "@context",
                    "DOI", "date-parts", "ä", "😀", "\u{7F}", "\t", "", "Ω", "ｆ", "ß", "ss", "İ", "i"]
        let object = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        #expect(Self.written(object) == (try Self.encoded(object)))
    }

    @Test func randomTrees() throws {
        var random = SplitMix64(seed: 2_024)
        for round in 0..<300 {
            let tree = Tree.random(&random, depth: Int(round % 5))
            #expect(Self.written(tree) == (try Self.encoded(tree)), "round \(round)")
        }
    }

    @Test func emptyContainersAndNulls() throws {
        let tree = Tree.object(["a": .array([]), "b": .object([:]), "c": .array([.array([]), .object([:]), .null]), "d": .null])
        #expect(Self.written(tree) == (try Self.encoded(tree)))
        #expect(Self.written([Tree]()) == "[\n\n]")
        #expect(Self.written([String: Tree]()) == "{\n\n}")
    }

    /// Members written out of order are put in key order when the object closes, nested ones too.
    @Test func membersWrittenInAnyOrder() throws {
        var json = JSONWriter()
        json.object { json in
            json.member("zeta", 1)
            json.member("alpha") { json in
                json.object { json in
                    json.member("y", "why")
                    json.member("x", [2.5, 3])
                    json.member("omitted", ifPresent: String?.none)
                }
            }
            json.member("Mid", Int?.none)
            json.member("beta", [String: Int]())
        }
        let expected = try Self.encoded(Tree.object(["zeta": .int(1), "alpha": .object(["y": .string("why"), "x": .array([.double(2.5), .int(3)])]),
                                                     "Mid": .null, "beta": .object([:])]))
        #expect(json.text == expected)
    }

    /// With `escapingHTML`, `<`, `>` and `&` are `\u003c`-style escapes and the rest is as Foundation writes it.
    @Test func escapingHTML() throws {
        let tree = Tree.object(["<k&>": .string("</script><!-- a & b -->"), "plain": .array([.string("x > y"), .double(0.5)])])
        let expected = try Self.encoded(tree).replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        #expect(Self.written(tree, escapingHTML: true) == expected)
    }
}

/// Any JSON value, written both by `JSONEncoder` (through `Encodable`) and by `JSONWriter`.
enum Tree: Encodable, JSONWritable {
    case string(String), int(Int), double(Double), bool(Bool), null
    case array([Tree]), object([String: Tree])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }

    func write(to json: inout JSONWriter) {
        switch self {
        case .string(let value): json.string(value)
        case .int(let value): json.number(value)
        case .double(let value): json.number(value)
        case .bool(let value): json.bool(value)
        case .null: json.null()
        case .array(let values): json.value(values)
        case .object(let members): json.value(members)
        }
    }

    static let alphabet = Array("aZ09 -_/\\\"'\n\t\u{1}\u{1F}\u{7F}<>&éß😀Ω\u{2028}")

    static func randomString(_ random: inout SplitMix64) -> String {
        String((0..<Int(random.next() % 8)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
    }

    static func random(_ random: inout SplitMix64, depth: Int) -> Tree {
        switch random.next() % (depth > 0 ? 8 : 6) {
        case 0: .string(randomString(&random))
        case 1: .int(Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64))
        case 2: .double(Double(Int64(bitPattern: random.next()) % 10_000_000) / pow(10, Double(random.next() % 12)))
        case 3: .double(Double(random.next() >> 11) * 0x1p-53 * pow(10, Double(Int(random.next() % 41) - 20)))
        case 4: .bool(random.next() % 2 == 0)
        case 5: .null
        case 6: .array((0..<Int(random.next() % 5)).map { _ in Tree.random(&random, depth: depth - 1) })
        default:
            .object(Dictionary((0..<Int(random.next() % 6)).map { _ in (randomString(&random), Tree.random(&random, depth: depth - 1)) },
                               uniquingKeysWith: { first, _ in first }))
        }
    }
}
