import Appraisal
import Foundation
@testable import Publishing
import Testing

/// Tags whose plain slugs would collide are kept apart, never merged into one listing.
struct SlugTests {
    @Test(arguments: [("Dermatomyositis", "dermatomyositis"), ("IVIG (high dose)", "ivig-high-dose"), ("Sjögren syndrome", "sjogren-syndrome")])
    func plainLabelsKeepTheirReadableSlug(label: String, slug: String) {
        #expect(Slug.make(label) == slug)
    }

    @Test(arguments: ["Plain Label 42", "MiXeD-case_(x)", "", "Sjögren", "E\u{301}cole", "ÉCOLE", "ǅ digraph"])
    func foldingLowercasesAndTakesAccentsOff(_ label: String) {
        // The oracle: lowercased, canonically decomposed, nonspacing marks dropped.
        let expected = String(String.UnicodeScalarView(label.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }))
        #expect(Slug.fold(label) == expected)
    }

    @Test(arguments: [("β-blockers", "blockers"), ("C++", "c"), ("≥ 65 years", "65 years"), ("日本", "item")])
    func aLabelThatLosesALetterOrSymbolNeverCollides(label: String, plain: String) {
        #expect(Slug.make(label) != Slug.make(plain))
        #expect(Slug.make(label) == Slug.make(label))
        #expect(Slug.make(label).unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
    }

    @Test func collidingTagsGetTwoListingPages() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(Fixtures.appraisal(title: "Greek", date: "2019-01-01", extra: "tags: [β-blockers]\n"), to: "appraisals/greek.md")
        try folder.write(Fixtures.appraisal(title: "Plain", date: "2019-01-02", extra: "tags: [blockers]\n"), to: "appraisals/plain.md")
        _ = try await Fixtures.build(folder)
        let greek = try folder.read("output/\(SiteListing.tagHref("β-blockers"))")
        let plain = try folder.read("output/tags/blockers.html")
        #expect(greek.contains("Greek") && !greek.contains("Plain"))
        #expect(plain.contains("Plain") && !plain.contains("Greek"))
        #expect(try folder.read("output/greek.html").contains(SiteListing.tagHref("β-blockers")))
    }
}
