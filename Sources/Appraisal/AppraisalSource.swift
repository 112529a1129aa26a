import Markdown

/// An appraisal after reading: its front matter, its Markdown tree, and what was wrong.
///
/// This is the product of the "read" and "parse" stages. It exists even when the front
/// matter is broken, so that every diagnostic of the file can be shown at once.
public struct AppraisalSource: Sendable {
    /// The file it came from.
    public let file: SourceFile
    /// The file's text with where its lines start, for the walks that pass over lines.
    public let lines: SourceLines
    /// The validated front matter; nil when required fields are missing or unusable.
    public var frontMatter: FrontMatter?
    /// The body's tree, positions in file coordinates; inline expressions appear in it as
    /// placeholders (see `ExpressionMasking`).
    public var body: MarkdownNode
    /// Every link and image of `body`, in document order, as the tree was read.
    public var links: [LinkTarget]
    /// The inline expressions of the body, by placeholder index.
    public var expressions: [InlineExpressionSite]
    /// Unpaired `{{` and `}}` of the body, by marker number (see `ExpressionMasking`).
    public var braceProblems: [BraceProblem]
    /// Problems found so far, in the order found.
    public var diagnostics: [Diagnostic]

    /// The page name: the file name without `.md`, e.g. `ivig-dermatomyositis-rct`.
    public var slug: String { AppraisalSource.pageName(ofPath: file.displayPath) }

    /// The page name of a source at `path`: its file name without `.md`.
    ///
    /// The name is what follows the last `/` byte (trailing ones aside), as the file system reads
    /// it; splitting the `String` by Characters cost 12,000 instructions a call.
    public static func pageName(ofPath path: String) -> String {
        // The name's byte offsets are found in the buffer: index by index through `utf8` was
        // 5,000 instructions a call, three calls per page.
        let slash = UInt8(ascii: "/")
        let (start, end, asciiName) = ByteSearch.withUTF8(of: path) { bytes -> (Int, Int, String?) in
            var end = bytes.count
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            let start = UnsafeBufferPointer(rebasing: bytes[..<end]).lastIndex(of: slash).map { $0 + 1 } ?? 0
            // An ASCII name (as page names must be) drops `.md` as bytes: a Character of ASCII is
            // one byte but for `\r\n`, which takes no part in `.md`. By Characters it took 4,800
            // instructions; any other name is read so below, as a mark can join a byte to the dot.
            let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard end > 0, ByteWords.isASCII(name) else { return (start, end, nil) }
            let stem = name.count >= 3 && ByteSearch.equal(UnsafeBufferPointer(rebasing: name[(name.count - 3)...]), ".md")
                ? UnsafeBufferPointer(rebasing: name[..<(name.count - 3)]) : name
            return (start, end, String(decoding: stem, as: UTF8.self))
        }
        if let asciiName { return asciiName }
        guard end > 0 else { return path }
        let utf8 = path.utf8
        let name = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
        return String(name.hasSuffix(".md") ? name.dropLast(3) : name)
    }

    /// Reads front matter and parses the body of `file`.
    public init(file: SourceFile) {
        self.file = file
        lines = SourceLines(file.text)
        let split = FrontMatterSplit(file.text)
        var diagnostics: [Diagnostic] = []
        if let yaml = split.yaml {
            let source = YAMLSource(file: file.displayPath, text: yaml, firstLine: split.yamlFirstLine)
            if split.isUnterminated {
                diagnostics.append(Diagnostic(
                    file: file.displayPath, position: SourcePosition(line: 1, column: 1), length: 3, severity: .error,
                    code: "front-matter-unterminated", message: "the front matter opened on line 1 is never closed",
                    hint: "end the front matter with a line holding only ---"))
                frontMatter = nil
            } else {
                let (frontMatter, found) = FrontMatterReader.read(source, splitPosition: SourcePosition(line: 1, column: 1))
                self.frontMatter = frontMatter
                diagnostics += found
            }
        } else {
            frontMatter = nil
            diagnostics.append(Diagnostic(
                file: file.displayPath, position: SourcePosition(line: 1, column: 1), severity: .error,
                code: "front-matter-missing", message: "the file has no front matter",
                hint: "start the file with ---, a line 'title: ...', a line 'date: YYYY-MM-DD', and ---"))
        }
        let masked = ExpressionMasking.mask(split.body, firstLine: split.bodyLineOffset + 1)
        let offset = split.bodyLineOffset
        let parsed = MarkdownDocument.parse(utf8: masked.parsedBytes) { masked.originalLine($0) + offset }
        body = parsed.tree
        links = parsed.links
        if parsed.isTooDeep {
            diagnostics.append(Diagnostic(
                file: file.displayPath, position: parsed.tooDeepAt, severity: .error, code: "markdown-too-deep",
                message: "block quotes, lists, emphasis or links nest more than \(MarkdownDocument.maximumDepth) levels deep here",
                hint: "nest fewer levels; the page is not built until then"))
        }
        expressions = masked.sites
        braceProblems = masked.braceProblems
        self.diagnostics = diagnostics
    }
}
