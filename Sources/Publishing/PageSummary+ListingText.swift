import Markdown

extension PageSummary {
    /// Everything a listing shows of the page, as one string for the site digest: the fields
    /// separated by U+001F, an author's name and affiliation and the parts of the evidence level
    /// by U+001E, authors and tags by U+001D. The text `appendListingText(to:)` appends.
    var listingText: String {
        var bytes: [UInt8] = []
        appendListingText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `listingText` to `bytes`, each part copied from where it lies: appending
    /// some twenty-five small strings to a `String` cost 10,000 instructions a page, for every page
    /// of every build.
    func appendListingText(to bytes: inout [UInt8]) {
        let matter = frontMatter
        func field(_ text: String) {
            ByteSearch.append(text, to: &bytes)
            bytes.append(0x1F)
        }
        field(slug)
        field(matter.title)
        field(matter.date.description)
        field(matter.question ?? "")
        field(matter.bottomLine ?? "")
        field(matter.design ?? "")
        field(matter.expires?.description ?? "")
        if let evidence = matter.evidence {
            ByteSearch.append(evidence.scale, to: &bytes)
            bytes.append(0x1E)
            ByteSearch.append(evidence.level, to: &bytes)
            bytes.append(0x1E)
            ByteSearch.append(evidence.strength ?? "", to: &bytes)
        }
        bytes.append(0x1F)
        for (index, author) in matter.authors.enumerated() {
            if index > 0 { bytes.append(0x1D) }
            ByteSearch.append(author.name, to: &bytes)
            bytes.append(0x1E)
            ByteSearch.append(author.affiliation ?? "", to: &bytes)
        }
        bytes.append(0x1F)
        for (index, tag) in matter.tags.enumerated() {
            if index > 0 { bytes.append(0x1D) }
            ByteSearch.append(tag, to: &bytes)
        }
    }
}

extension [PageSummary] {
    /// The site digest: `ContentHash.of` the pages' listing texts, in order, worked out from one
    /// buffer of their bytes (each text after its length and a zero byte, as `ContentHash.of`
    /// takes parts) instead of a `String` a page.
    var listingDigest: String {
        var bytes: [UInt8] = []
        var text: [UInt8] = []
        for page in self {
            text.removeAll(keepingCapacity: true)
            page.appendListingText(to: &text)
            ByteSearch.append(String(text.count), to: &bytes)
            bytes.append(0)
            bytes.append(contentsOf: text)
        }
        return bytes.withUnsafeBytes(ContentHash.of(bytes:))
    }
}
