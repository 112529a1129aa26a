import Appraisal
import Testing

/// AMA reference formatting, each expectation checked by hand against the AMA Manual of Style
/// (11th edition) rules: up to six authors, else three and "et al."; abbreviated journal;
/// year;volume(issue):pages; DOI and PMID last.
struct AMAReferenceTests {
    static func reference(_ id: String, authors: [(String, String)], _ configure: (inout CSLReference) -> Void) -> CSLReference {
        var reference = CSLReference(id: id)
        reference.type = "article-journal"
        reference.authors = authors.map { CSLReference.Name(family: $0.0, given: $0.1) }
        configure(&reference)
        return reference
    }

    @Test func moreThanSixAuthorsPrintTheFirstThreeAndEtAl() {
        let dalakas = Self.reference("dalakas1993", authors: [
            ("Dalakas", "Marinos C."), ("Illa", "I"), ("Dambrosia", "J M"), ("Soueidan", "S A"),
            ("Stein", "D P"), ("Otero", "C"), ("Dinsmore", "S T"), ("McCrosky", "S"),
        ]) {
            $0.title = "A controlled trial of high-dose intravenous immune globulin infusions as treatment for dermatomyositis"
            $0.containerTitle = "The New England Journal of Medicine"
            $0.containerTitleShort = "N Engl J Med"
            $0.year = 1993
            $0.volume = "329"
            $0.issue = "27"
            $0.page = "1993-2000"
            $0.doi = "https://doi.org/10.1056/NEJM199312303292704"
        }
        let formatted = AMAReference(dalakas)
        #expect(formatted.plainText == "Dalakas MC, Illa I, Dambrosia JM, et al. A controlled trial of high-dose intravenous immune globulin infusions as treatment for dermatomyositis. N Engl J Med. 1993;329(27):1993-2000. doi:10.1056/NEJM199312303292704")
        #expect(formatted.pieces.contains(.italic("N Engl J Med")))
        #expect(formatted.pieces.contains(.link("doi:10.1056/NEJM199312303292704", url: "https://doi.org/10.1056/NEJM199312303292704")))
    }

    @Test func exactlySixAuthorsAreAllListedAndAPMIDWithoutDOIIsLinked() {
        let kampylafka = Self.reference("kampylafka2012", authors: [
            ("Kampylafka", "E I"), ("Kosmidis", "M L"), ("Panagiotakos", "D B"), ("Dalakas", "M"),
            ("Moutsopoulos", "H M"), ("Tzioufas", "A G"),
        ]) {
            $0.title = "The effect of intravenous immunoglobulin (IVIG) treatment on patients with dermatomyositis: a 4-year follow-up study"
            $0.containerTitle = "Clin Exp Rheumatol"
            $0.year = 2012
            $0.volume = "30"
            $0.issue = "3"
            $0.page = "397–401"
            $0.pmid = "22510247"
        }
        let formatted = AMAReference(kampylafka)
        #expect(formatted.plainText == "Kampylafka EI, Kosmidis ML, Panagiotakos DB, Dalakas M, Moutsopoulos HM, Tzioufas AG. The effect of intravenous immunoglobulin (IVIG) treatment on patients with dermatomyositis: a 4-year follow-up study. Clin Exp Rheumatol. 2012;30(3):397-401. PMID: 22510247")
        #expect(formatted.pieces.last == .link("22510247", url: "https://pubmed.ncbi.nlm.nih.gov/22510247/"))
        #expect(!formatted.plainText.contains("doi"))
    }

    @Test func oneAuthorAbbreviatedPageRangeAndNoIssue() {
        let levine = Self.reference("levine2005", authors: [("Levine", "Todd D")]) {
            $0.title = "Rituximab in the treatment of dermatomyositis: an open-label pilot study"
            $0.containerTitle = "Arthritis Rheum"
            $0.year = 2005
            $0.volume = "52"
            $0.page = "601 - 7"
            $0.doi = "10.1002/art.20849"
        }
        #expect(AMAReference(levine).plainText == "Levine TD. Rituximab in the treatment of dermatomyositis: an open-label pilot study. Arthritis Rheum. 2005;52:601-7. doi:10.1002/art.20849")
    }

    @Test func anIssueWithoutVolumeAndNoPagesAreLeftOutCleanly() {
        let cochrane = Self.reference("gordon2012", authors: [("Gordon", "P A"), ("Winer", "J B"), ("Hoogendijk", "J E"), ("Choy", "E H")]) {
            $0.title = "Immunosuppressant and immunomodulatory treatment for dermatomyositis and polymyositis"
            $0.containerTitle = "Cochrane Database Syst Rev"
            $0.year = 2012
            $0.issue = "8"
            $0.doi = "10.1002/14651858.CD003643.pub4"
        }
        #expect(AMAReference(cochrane).plainText == "Gordon PA, Winer JB, Hoogendijk JE, Choy EH. Immunosuppressant and immunomodulatory treatment for dermatomyositis and polymyositis. Cochrane Database Syst Rev. 2012;(8). doi:10.1002/14651858.CD003643.pub4")
    }

    @Test func noAuthorsNoYearAndNoDOIStillReadWell() {
        var bare = CSLReference(id: "bare")
        bare.title = "Does it work?"
        bare.containerTitle = "J Test."
        bare.volume = "4"
        bare.page = "e12"
        #expect(AMAReference(bare).plainText == "Does it work? J Test. 4:e12.")
        var titleOnly = CSLReference(id: "t")
        titleOnly.title = "Only a title"
        #expect(AMAReference(titleOnly).plainText == "Only a title.")
    }

    @Test func anOrganisationAuthorAndABook() {
        var group = CSLReference(id: "group")
        group.authors = [CSLReference.Name(literal: "SORT Working Group")]
        group.title = "Grading evidence"
        group.containerTitleShort = "Am Fam Physician"
        group.year = 2004
        #expect(AMAReference(group).plainText == "SORT Working Group. Grading evidence. Am Fam Physician. 2004.")
        var book = CSLReference(id: "book")
        book.type = "book"
        book.authors = [CSLReference.Name(family: "Straus", given: "Sharon E")]
        book.title = "Evidence-Based Medicine"
        book.publisher = "Elsevier"
        book.year = 2018
        #expect(AMAReference(book).plainText == "Straus SE. Evidence-Based Medicine. Elsevier; 2018.")
        #expect(AMAReference(book).pieces.contains(.italic("Evidence-Based Medicine")))
    }

    @Test func onlyANumericPMIDIsLinked() {
        var odd = CSLReference(id: "odd")
        odd.title = "T"
        odd.pmid = "../x"
        #expect(AMAReference(odd).pieces == [.text("T. "), .text("PMID: "), .text("../x")])
    }

    @Test(arguments: [("M C", "MC"), ("Marinos C.", "MC"), ("Jean-Pierre", "JP"), ("MC", "MC"), ("e i", "EI")])
    func initials(_ given: String, _ expected: String) {
        #expect(AMAReference(CSLReference.withAuthor(given: given)).plainText.hasPrefix("Doe \(expected)"))
    }
}

extension CSLReference {
    static func withAuthor(given: String) -> CSLReference {
        var reference = CSLReference(id: "x")
        reference.authors = [Name(family: "Doe", given: given)]
        return reference
    }
}
