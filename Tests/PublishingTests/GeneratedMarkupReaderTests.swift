@testable import Publishing
import Testing

/// The reader of generated fragments behind the JATS tables: events in order, entities decoded,
/// and anything a parser would reject rejected.
struct GeneratedMarkupReaderTests {
    static func events(_ markup: String) -> [String]? {
        var events: [String] = []
        let wellFormed = GeneratedMarkupReader.read(markup) { event in
            switch event {
            case .start(let name, let attributes):
                events.append("<\(Self.string(name))" + attributes.map { " \(Self.string($0.key))=\(Self.string($0.value))" }.sorted().joined() + ">")
            case .end(let name): events.append("</\(Self.string(name))>")
            case .text(let text): events.append(Self.string(text))
            }
        }
        return wellFormed ? events : nil
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    @Test func readsTagsAttributesAndTextWithEntitiesDecoded() {
        #expect(Self.events("<td class=\"a &amp; b\" colspan='2'><i>P</i>\u{00A0}&lt;\u{00A0}.001 &#8722;&#x2212;</td><br/><!-- note -->x")
            == ["<td class=a & b colspan=2>", "<i>", "P", "</i>", "\u{00A0}<\u{00A0}.001 \u{2212}\u{2212}", "</td>", "<br>", "</br>", "x"])
    }

    @Test("rejects what is not well-formed", arguments: [
        "<td>a</tr>", "<td>open", "a < b", "&nbsp;", "&#xZZ;", "<td class=x>", "<td class=\"x>", "</td>", "<!-- open",
        "<td a=\"1\" a=\"2\">x</td>", "<td a=\"x&amp;<\">y</td>", "<td a=\"&bogus;\">y</td>", "<td a=\"x",
    ])
    func rejects(_ markup: String) {
        #expect(Self.events(markup) == nil)
    }

    @Test func attributesKeepTheirOrderAndValuesWithAndWithoutEntities() {
        var seen: [[String]] = []
        _ = GeneratedMarkupReader.read("<th scope=\"row\" data-label=\"A &lt; B\"></th><td colspan='3'></td>") { event in
            if case .start(_, let attributes) = event { seen.append(attributes.map { "\(Self.string($0.key))=\(Self.string($0.value))" }) }
        }
        #expect(seen == [["scope=row", "data-label=A < B"], ["colspan=3"]])
    }
}
