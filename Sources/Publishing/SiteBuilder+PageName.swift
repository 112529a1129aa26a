import Appraisal
import Markdown

extension SiteBuilder {
    /// `AppraisalSource.pageName(ofPath:)`, worked out on bytes when the file name is ASCII (as
    /// page names must be): that function drops `.md` by Characters, 4,800 instructions a name,
    /// and the page-name check asks it of every source of every build.
    ///
    /// For ASCII the two agree: a Character of ASCII is one byte but for `\r\n`, which takes no
    /// part in `.md`. Any other name is handed to `AppraisalSource.pageName(ofPath:)`, since a
    /// Character can join a byte before `.md` to its dot.
    static func pageName(ofPath path: String) -> String {
        let slash = UInt8(ascii: "/")
        let name = ByteSearch.withUTF8(of: path) { bytes -> String? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            guard end > 0 else { return nil }
            let start = UnsafeBufferPointer(rebasing: bytes[..<end]).lastIndex(of: slash).map { $0 + 1 } ?? 0
            let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard ByteWords.isASCII(name) else { return nil }
            let stem = name.count >= 3 && ByteSearch.equal(UnsafeBufferPointer(rebasing: name[(name.count - 3)...]), ".md")
                ? UnsafeBufferPointer(rebasing: name[..<(name.count - 3)]) : name
            return String(decoding: stem, as: UTF8.self)
        }
        return name ?? AppraisalSource.pageName(ofPath: path)
    }
}
