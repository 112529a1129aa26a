/// A reference formatted in AMA (Vancouver-like) style, as a sequence of pieces that HTML and
/// plain text render alike.
///
/// `Dalakas MC, Illa I, Dambrosia JM, et al. Title. N Engl J Med. 1993;329(27):1993-2000. doi:10.1056/...`
public struct AMAReference: Hashable, Sendable {
    /// A run of text in the formatted reference.
    public enum Piece: Hashable, Sendable {
        /// Plain text.
        case text(String)
        /// Italic text (the journal or book title).
        case italic(String)
        /// A link: the text shown and the address (always `https://`).
        case link(String, url: String)
    }

    /// The pieces in order.
    public var pieces: [Piece]

    /// The most authors listed before switching to "first three, et al.".
    public static let maximumAuthors = 6

    /// Formats `reference`.
    public init(_ reference: CSLReference) {
        var pieces: [Piece] = []
        var sentence: [String] = []
        func flush() {
            guard !sentence.isEmpty else { return }
            pieces.append(.text(sentence.joined(separator: " ") + " "))
            sentence = []
        }
        if let authors = AMAReference.authors(reference.authors) { sentence.append(AMAReference.closed(authors)) }
        let isBook = reference.type == "book"
        if !isBook, let title = reference.title { sentence.append(AMAReference.closed(title)) }
        flush()
        let source = isBook ? reference.title : (reference.containerTitleShort ?? reference.containerTitle)
        if let source {
            pieces.append(.italic(source.hasSuffix(".") ? String(source.dropLast()) : source))
            pieces.append(.text(". "))
        }
        if isBook, let publisher = reference.publisher {
            sentence.append(reference.year.map { "\(publisher); \($0)." } ?? AMAReference.closed(publisher))
        } else if let detail = AMAReference.publicationDetail(reference) {
            sentence.append(detail)
        }
        flush()
        if let doi = reference.doi.map(AMAReference.bareDOI) {
            pieces.append(.link("doi:\(doi)", url: "https://doi.org/\(doi)"))
            pieces.append(.text(" "))
        } else if let url = reference.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            pieces.append(.link(url, url: url))
            pieces.append(.text(" "))
        }
        if let pmid = reference.pmid {
            let isNumber = !pmid.isEmpty && pmid.allSatisfy { $0.isASCII && $0.isNumber }
            pieces.append(.text("PMID: "))
            pieces.append(isNumber ? .link(pmid, url: "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/") : .text(pmid))
        }
        if case .text(let last)? = pieces.last {
            pieces[pieces.count - 1] = .text(last.trimmingWhitespace())
        }
        self.pieces = pieces.filter { $0 != .text("") }
    }

    /// The reference as plain text (italics and links as their text).
    public var plainText: String {
        pieces.map { piece in
            switch piece {
            case .text(let text), .italic(let text), .link(let text, _): text
            }
        }.joined()
    }

    /// "Family GN, Family GN, ..." with at most six names, else three and "et al.".
    static func authors(_ names: [CSLReference.Name]) -> String? {
        guard !names.isEmpty else { return nil }
        let shown = names.count > maximumAuthors ? Array(names.prefix(3)) : names
        let list = shown.map(name).joined(separator: ", ")
        return names.count > maximumAuthors ? list + ", et al." : list
    }

    /// One author: family name and initials without periods, or a literal name as written.
    static func name(_ name: CSLReference.Name) -> String {
        guard let family = name.fullFamily else { return name.literal ?? "" }
        guard let given = name.given else { return family }
        return "\(family) \(initials(given))"
    }

    /// `Marinos C.` → `MC`; `M C` → `MC`; `Jean-Pierre` → `JP`; `MC` stays `MC`.
    static func initials(_ given: String) -> String {
        let parts = given.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
        if parts.count == 1, let only = parts.first, only.count <= 3, only.allSatisfy(\.isUppercase) { return String(only) }
        return parts.compactMap { $0.first.map { String($0).uppercased() } }.joined()
    }

    /// `1993;329(27):1993-2000.`, leaving out whatever is missing.
    static func publicationDetail(_ reference: CSLReference) -> String? {
        var detail = reference.year.map(String.init) ?? ""
        if reference.volume != nil || reference.issue != nil {
            detail += (detail.isEmpty ? "" : ";") + (reference.volume ?? "")
            if let issue = reference.issue { detail += "(\(issue))" }
        }
        if let page = reference.page {
            let pages = page.replacingAll("–", with: "-").replacingAll("—", with: "-").replacingAll("--", with: "-")
            detail += (detail.isEmpty ? "" : ":") + pages.replacingAll(" ", with: "")
        }
        return detail.isEmpty ? nil : detail + "."
    }

    /// Text ending in a full stop (or its own ? or !).
    public static func closed(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!".contains(last) ? text : text + "."
    }

    /// A DOI without a resolver prefix.
    public static func bareDOI(_ doi: String) -> String {
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"] where doi.lowercased().hasPrefix(prefix) {
            return String(doi.dropFirst(prefix.count))
        }
        return doi
    }
}
