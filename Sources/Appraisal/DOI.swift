import Yams

/// Digital Object Identifiers as the front matter's `doi:` key takes them.
public enum DOI {
    /// `doi` without a resolver prefix (`https://doi.org/`, `doi:`), when it has the DOI form
    /// `10.<registrant>/<suffix>`: a registrant code of digits (dot-separated), a slash, and a
    /// suffix of visible characters; nil otherwise.
    public static func normalized(_ doi: String) -> String? {
        var bare = Substring(doi.trimmingWhitespace())
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where bare.lowercased().hasPrefix(prefix) {
            bare = bare.dropFirst(prefix.count)
            break
        }
        guard bare.hasPrefix("10."), let slash = bare.firstIndex(of: "/") else { return nil }
        let registrant = bare[bare.index(bare.startIndex, offsetBy: 3)..<slash]
        let suffix = bare[bare.index(after: slash)...]
        let registrantIsValid = !registrant.isEmpty && registrant.split(separator: ".", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        let suffixIsValid = !suffix.isEmpty && suffix.unicodeScalars.allSatisfy {
            $0.value > 0x20 && $0.value != 0x7F && !$0.properties.isWhitespace
        }
        return registrantIsValid && suffixIsValid ? String(bare) : nil
    }

    /// The normalised DOI of the front matter's `doi:`, or nil with an error at `node` saying
    /// what a DOI looks like.
    static func validated(_ written: String, node: Node, reader: inout YAMLFieldReader) -> String? {
        if let doi = normalized(written) { return doi }
        reader.report(node, code: "front-matter-doi", "'\(written)' is not a DOI",
                      hint: "a DOI starts with 10., a registrant number and a slash, e.g. doi: 10.1136/ebm.2018.110987",
                      length: written.utf8.count)
        return nil
    }
}
