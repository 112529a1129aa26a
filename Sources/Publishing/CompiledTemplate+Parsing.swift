import Markdown

extension CompiledTemplate {
    /// `text` compiled into the pieces swift-mustache makes of it; nil when the text uses what
    /// only swift-mustache renders (transforms, parents and blocks, dynamic partials, delimiter
    /// changes, another content type) or holds characters whose reading could differ.
    ///
    /// swift-mustache reads templates by `Character`. This reads bytes, so it only takes text in
    /// which every ASCII byte is a character of its own, and with no line break but LF: there the
    /// two readings see the same characters at every place a tag, a space or a line ends.
    init?(_ text: String) {
        guard CompiledTemplate.readsAsBytes(text) else { return nil }
        var reader = TemplateTextReader(bytes: Array(text.utf8))
        guard let tokens = try? reader.pieces(closing: nil, onNewLine: true) else { return nil }
        self.tokens = tokens
    }

    /// Whether every ASCII byte of `text` is a `Character` of its own and no character is a
    /// line break other than LF (CR, vertical tab, form feed, NEL, and the Unicode line and
    /// paragraph separators).
    static func readsAsBytes(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var boundary = [Bool](repeating: false, count: bytes.count + 1)
        var offset = 0
        for character in text {
            boundary[offset] = true
            offset += character.utf8.count
        }
        boundary[offset] = true
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0x0B, 0x0C, 0x0D: return false
            case 0xC2 where offset + 1 < bytes.count && bytes[offset + 1] == 0x85: return false
            case 0xE2 where offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9):
                return false
            case ..<0x80 where !boundary[offset] || !boundary[offset + 1]: return false
            default: continue
            }
        }
        return true
    }
}

/// Why a template text was not compiled: swift-mustache rejects it, or only it can render it.
struct TemplateNotCompiled: Error {}

/// Reads template text into `CompiledTemplate` pieces, making the same decisions as
/// swift-mustache's parser: which whitespace belongs to a tag standing alone on its line (and is
/// dropped with the line's end), and where text is cut into pieces.
struct TemplateTextReader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), lineFeed = UInt8(ascii: "\n")
    private static let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
    /// The characters swift-mustache allows in a name; parentheses (transforms) are not compiled.
    private static let nameBytes = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    /// The characters swift-mustache allows in a partial's name.
    private static let partialNameBytes = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// The pieces up to the tag closing section `closing` (the end of the text when nil), the
    /// reading starting at the beginning of a line when `onNewLine`.
    mutating func pieces(closing: String?, onNewLine: Bool) throws(TemplateNotCompiled) -> [CompiledTemplate.Token] {
        var tokens: [CompiledTemplate.Token] = []
        var newLine = onNewLine
        var whitespaceBefore: [UInt8] = []
        func placeWhitespace() {
            if !whitespaceBefore.isEmpty { tokens.append(.text(String(decoding: whitespaceBefore, as: UTF8.self))) }
            whitespaceBefore = []
        }
        while position < bytes.count {
            if newLine { whitespaceBefore = read { $0 == Self.space || $0 == Self.tab } }
            let text = try textBeforeTagOrLineFeed()
            if position < bytes.count, bytes[position] == Self.lineFeed {
                tokens.append(.text(String(decoding: whitespaceBefore + text + [Self.lineFeed], as: UTF8.self)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(decoding: whitespaceBefore + text, as: UTF8.self)))
                whitespaceBefore = []
                newLine = false
            }
            guard position < bytes.count else { break }
            var standsAlone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try tagName()
                if newLine && lineFinished() { standsAlone = true } else { placeWhitespace() }
                let content = try pieces(closing: name, onNewLine: standsAlone)
                tokens.append(.section(TemplateName(name), inverted: inverted, content: CompiledTemplate(tokens: content)))
            case UInt8(ascii: "/"):
                position += 1
                guard let closing, try tagName() == closing else { throw TemplateNotCompiled() }
                if !(newLine && lineFinished()) { placeWhitespace() }
                return tokens
            case UInt8(ascii: "!"):
                position += 1
                guard let end = firstClosingBraces(from: position) else { throw TemplateNotCompiled() }
                position = end + 2
                standsAlone = newLine && lineFinished()
            case Self.open:
                placeWhitespace()
                position += 1
                let name = try tagName()
                guard position < bytes.count, bytes[position] == Self.close else { throw TemplateNotCompiled() }
                position += 1
                tokens.append(.variable(TemplateName(name), escaped: false))
            case UInt8(ascii: "&"):
                placeWhitespace()
                position += 1
                tokens.append(.variable(TemplateName(try tagName()), escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                guard position < bytes.count, bytes[position] != UInt8(ascii: "*") else { throw TemplateNotCompiled() }
                skipWhitespace()
                let name = String(decoding: read { Self.partialNameBytes.contains($0) }, as: UTF8.self)
                try closingBraces()
                if !whitespaceBefore.isEmpty { tokens.append(.text(String(decoding: whitespaceBefore, as: UTF8.self))) }
                standsAlone = newLine && lineFinished()
                tokens.append(.partial(name, indentation: standsAlone ? String(decoding: whitespaceBefore, as: UTF8.self) : nil))
                whitespaceBefore = []
            case UInt8(ascii: "%"):
                position += 1
                try contentTypePragma()
                standsAlone = newLine && lineFinished()
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "="):
                throw TemplateNotCompiled()
            default:
                placeWhitespace()
                tokens.append(.variable(TemplateName(try tagName()), escaped: true))
            }
            newLine = standsAlone
        }
        guard closing == nil else { throw TemplateNotCompiled() }
        return tokens
    }

    /// The bytes up to a line feed (not read) or up to and including `{{`, which is left out.
    private mutating func textBeforeTagOrLineFeed() throws(TemplateNotCompiled) -> [UInt8] {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case Self.lineFeed:
                return Array(bytes[start..<position])
            case Self.open:
                // swift-mustache reads two characters here, and fails when only one is left.
                guard position + 1 < bytes.count else { throw TemplateNotCompiled() }
                if bytes[position + 1] == Self.open {
                    defer { position += 2 }
                    return Array(bytes[start..<position])
                }
                position += 1
            default:
                position += 1
            }
        }
        return Array(bytes[start..<position])
    }

    /// A section's or variable's name between optional whitespace, and the closing `}}`.
    private mutating func tagName() throws(TemplateNotCompiled) -> String {
        skipWhitespace()
        let name = read { Self.nameBytes.contains($0) }
        skipWhitespace()
        try closingBraces()
        return String(decoding: name, as: UTF8.self)
    }

    /// Reads `{{% CONTENT_TYPE: ... }}`; only the content type `TemplateCompiler` names, whose
    /// escaping is swift-mustache's own, is compiled.
    private mutating func contentTypePragma() throws(TemplateNotCompiled) {
        skipWhitespace()
        let variable = read { Self.nameBytes.contains($0) }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw TemplateNotCompiled() }
        position += 1
        skipWhitespace()
        let value = read { Self.nameBytes.contains($0) }
        skipWhitespace()
        try closingBraces()
        guard String(decoding: variable, as: UTF8.self) == "CONTENT_TYPE",
              String(decoding: value, as: UTF8.self) == TemplateCompiler.contentType
        else { throw TemplateNotCompiled() }
    }

    /// After a tag: whether only spaces and tabs remain on its line, which are then read with the
    /// line feed; or whether the text ends right after the tag.
    private mutating func lineFinished() -> Bool {
        if position == bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == Self.space || bytes[end] == Self.tab { end += 1 }
        guard end < bytes.count, bytes[end] == Self.lineFeed else { return false }
        position = end + 1
        return true
    }

    private mutating func closingBraces() throws(TemplateNotCompiled) {
        guard position + 1 < bytes.count, bytes[position] == Self.close, bytes[position + 1] == Self.close else {
            throw TemplateNotCompiled()
        }
        position += 2
    }

    private func firstClosingBraces(from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == Self.close, bytes[index + 1] == Self.close { return index }
            index += 1
        }
        return nil
    }

    /// Skips ASCII whitespace (CR, vertical tab and form feed do not reach here).
    private mutating func skipWhitespace() {
        _ = read { $0 == Self.space || $0 == Self.tab || $0 == Self.lineFeed }
    }

    private mutating func read(while accepts: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, accepts(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }
}

extension CompiledTemplate {
    /// The templates of `candidates` that compiled and whose partials, and theirs, all did too:
    /// a template is rendered by one engine with all its partials. A partial that does not exist
    /// renders as nothing in both (and `TemplateChecker` reports it before any rendering).
    static func library(_ candidates: [String: CompiledTemplate?]) -> [String: CompiledTemplate] {
        library(candidates.compactMapValues { $0 }, partials: [:], of: candidates)
    }

    /// The templates of `candidates` whose partials, and theirs, are all in `partials` or among
    /// the candidates kept; `templates` says which names exist at all.
    static func library<Other>(_ candidates: [String: CompiledTemplate], partials: [String: CompiledTemplate],
                               of templates: [String: Other]) -> [String: CompiledTemplate] {
        var kept = candidates
        var changed = true
        while changed {
            changed = false
            for (name, template) in kept
            where template.partials.contains(where: { templates[$0] != nil && kept[$0] == nil && partials[$0] == nil }) {
                kept[name] = nil
                changed = true
            }
        }
        return kept
    }
}
