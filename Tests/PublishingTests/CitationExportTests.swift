import Appraisal
import Foundation
@testable import Publishing
import Testing
import TestRandom

/// The citation exports read back by the formats' own rules: tricky names survive BibTeX, RIS
/// and CSL-JSON; special characters are escaped; nothing is invented for a bare report.
struct CitationExportTests {
    /// Names that break naive writers: particles, accents, a suffix, organisations.
    static let names: [CSLReference.Name] = [
        CSLReference.Name(family: "Berg", given: "Jan", nonDroppingParticle: "van der"),
        CSLReference.Name(family: "Cruz", given: "María José", nonDroppingParticle: "de la"),
        CSLReference.Name(family: "Müller", given: "Hans-Jürgen"),
        CSLReference.Name(family: "Kierkegaard", given: "Søren"),
        CSLReference.Name(family: "Smith", given: "John", suffix: "Jr."),
        CSLReference.Name(literal: "WHO Collaborative Group"),
        CSLReference.Name(literal: "Research & Development {Unit} and Partners"),
    ]

    static var tricky: CSLReference {
        var reference = CSLReference(id: "berg2020")
        reference.type = "article-journal"
        reference.authors = names
        reference.title = "IVIG & {braces}: 50% of $costs_in #DM, ~ok^ \\ per C. difficile"
        reference.containerTitle = "N Engl J Med"
        reference.year = 2020
        reference.month = 3
        reference.volume = "382"
        reference.page = "1993-2000"
        reference.doi = "https://doi.org/10.1056/NEJMoa2020"
        return reference
    }

    /// Whether two names are the same once particles are counted as part of the family name.
    static func same(_ lhs: CSLReference.Name, _ rhs: CSLReference.Name) -> Bool {
        lhs.fullFamily == rhs.fullFamily && lhs.given == rhs.given && lhs.literal == rhs.literal && lhs.suffix == rhs.suffix
    }

    @Test(arguments: names) func bibtexRoundTripsEveryName(_ name: CSLReference.Name) throws {
        var reference = Self.tricky
        reference.authors = [name]
        let entries = try #require(CitationFormatReaders.bibtex(BibTeXWriter.document([reference])))
        let author = try #require(entries.first?.fields["author"])
        let read = CitationFormatReaders.bibtexNames(author)
        #expect(read.count == 1, "one name, not split at 'and' or a comma: \(author)")
        #expect(read.first.map { Self.same($0, name) } == true, "\(author) read back as \(read)")
        if name.nonDroppingParticle != nil { #expect(read.first?.nonDroppingParticle == name.nonDroppingParticle) }
    }

    @Test func bibtexKeepsTheListOrderAndEscapesSpecialCharacters() throws {
        let text = BibTeXWriter.document([Self.tricky])
        let entry = try #require(CitationFormatReaders.bibtex(text)?.first)
        #expect(entry.type == "article" && entry.key == "berg2020")
        let names = CitationFormatReaders.bibtexNames(try #require(entry.fields["author"]))
        #expect(names.count == Self.names.count)
        #expect(zip(names, Self.names).allSatisfy(Self.same))
        #expect(CitationFormatReaders.latex(try #require(entry.fields["title"])) == Self.tricky.title)
        #expect(entry.fields["doi"] == "10.1056/NEJMoa2020")
        #expect(entry.fields["pages"] == "1993--2000")
        #expect(text.contains("Müller") && text.contains("Søren"), "UTF-8 kept as written")
        #expect(text.contains("{WHO Collaborative Group}"), "an organisation in double braces")
    }

    @Test(arguments: names) func risRoundTripsEveryName(_ name: CSLReference.Name) throws {
        var reference = Self.tricky
        reference.authors = [name]
        let records = try #require(CitationFormatReaders.ris(RISWriter.document([reference])))
        let authors = try #require(records.first).filter { $0.tag == "AU" }.map { CitationFormatReaders.risName($0.value) }
        #expect(authors.count == 1)
        #expect(authors.first.map { Self.same($0, name) } == true, "read back as \(authors)")
    }

    @Test func risFollowsTheTagRules() throws {
        var second = Self.tricky
        second.id = "second"
        second.title = "A title\nover two lines"
        let records = try #require(CitationFormatReaders.ris(RISWriter.document([Self.tricky, second])))
        #expect(records.count == 2)
        let first = try #require(records.first)
        #expect(first.first?.tag == "TY" && first.first?.value == "JOUR" && first.last?.tag == "ER")
        #expect(first.filter { $0.tag == "AU" }.count == Self.names.count)
        #expect(first.contains { $0 == ("SP", "1993") } && first.contains { $0 == ("EP", "2000") })
        #expect(first.contains { $0 == ("DO", "10.1056/NEJMoa2020") } && first.contains { $0 == ("DA", "2020/03//") })
        #expect(records.last?.contains { $0 == ("TI", "A title over two lines") } == true)
    }

    @Test func bibtexKeysKeepASCIILettersDigitsAndPunctuationOnly() {
        #expect(BibTeXWriter.key("Berg_2020:a.b-c") == "Berg_2020:a.b-c")
        #expect(BibTeXWriter.key("Müller ²2020Ⅻ/x") == "M-ller--2020--x")
        #expect(BibTeXWriter.key("") == "item")
    }

    /// Words with a capital after their first letter (any word after the first with a capital)
    /// keep their case in braces, whatever the script; special characters are still escaped.
    @Test(arguments: [
        ("High-dose IVIG in dermatomyositis", "High-dose {IVIG} in dermatomyositis"),
        ("iPhone use and Parkinson disease", "{iPhone} use and {Parkinson} disease"),
        ("Öresund and Évian: a Cohort", "Öresund and {Évian:} a {Cohort}"),
        ("ÅLAND  trial", "{ÅLAND}  trial"),
        ("Costs in $ & %", "Costs in \\$ \\& \\%"),
        ("", ""),
    ])
    func bibtexTitlesProtectCapitals(title: String, expected: String) {
        #expect(BibTeXWriter.protectCapitals(title) == expected)
    }

    /// Read in place for an ASCII title, the words and braces are those of the Character split.
    @Test func bibtexTitlesReadAsTheCharacterSplitDid() {
        func byCharacters(_ title: String) -> String {
            title.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
                let escaped = BibTeXWriter.escape(String(word))
                return word.dropFirst(index == 0 ? 1 : 0).contains(where: \.isUppercase) ? "{" + escaped + "}" : escaped
            }.joined(separator: " ")
        }
        var random = SplitMix64(seed: 48)
        let pieces = [" ", "  ", "a", "B", "iOS", "RCT", "x-Y", "$", "{", "\\", "~", "\t", "é", "É", "\u{301}", " \u{301}"]
        for _ in 0..<3000 {
            let title = (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(BibTeXWriter.protectCapitals(title) == byCharacters(title), "\(title.debugDescription)")
        }
    }

    @Test func bibtexURLsEncodeOnlyBracesSpacesAndBackslashes() {
        #expect(BibTeXWriter.escapeURL("https://doi.org/10.1/x?a=b&c=d") == "https://doi.org/10.1/x?a=b&c=d")
        #expect(BibTeXWriter.escapeURL("https://x.org/{a} b\\c") == "https://x.org/%7Ba%7D%20b%5Cc")
    }

    @Test func risValuesLoseEveryKindOfLineBreak() throws {
        var reference = Self.tricky
        reference.title = "a\tb\u{0B}c\u{0C}d\r\ne\u{85}f\u{2028}g\u{2029}h – ünï"
        let records = try #require(CitationFormatReaders.ris(RISWriter.document([reference])))
        #expect(records.first?.contains { $0 == ("TI", "a b c d e f g h – ünï") } == true)
    }

    @Test func cslJSONIsTheStandardShape() throws {
        let data = Data(CSLJSONWriter.document([Self.tricky]).utf8)
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let item = try #require(items.first)
        #expect(item["id"] as? String == "berg2020" && item["type"] as? String == "article-journal")
        #expect(item["DOI"] as? String == "10.1056/NEJMoa2020")
        let issued = try #require(item["issued"] as? [String: Any])
        #expect(issued["date-parts"] as? [[Int]] == [[2020, 3]])
        let authors = try #require(item["author"] as? [[String: String]])
        #expect(authors[0] == ["family": "Berg", "given": "Jan", "non-dropping-particle": "van der"])
        #expect(authors[5] == ["literal": "WHO Collaborative Group"])
    }

    @Test(arguments: [
        ("A. Student", CSLReference.Name(family: "Student", given: "A.")),
        ("Jan van der Berg", CSLReference.Name(family: "Berg", given: "Jan", nonDroppingParticle: "van der")),
        ("Cruz, María de la", CSLReference.Name(family: "Cruz", given: "María", nonDroppingParticle: "de la")),
        ("WHO Collaborative Group", CSLReference.Name(literal: "WHO Collaborative Group")),
        ("Cochrane", CSLReference.Name(literal: "Cochrane")),
    ])
    func appraisalAuthorsAreSplitIntoCSLNames(_ written: String, _ expected: CSLReference.Name) {
        #expect(PersonName.parse(written) == expected)
    }
}

extension CSLReference.Name: CustomTestStringConvertible {
    public var testDescription: String { literal ?? [given, fullFamily, suffix].compactMap { $0 }.joined(separator: " ") }
}
