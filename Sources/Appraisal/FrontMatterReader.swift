import Markdown
import Yams

/// Turns front matter YAML into a validated `FrontMatter`, with every problem located.
enum FrontMatterReader {
    /// Reads the front matter; nil when a required field is missing or unusable.
    static func read(_ source: YAMLSource, splitPosition: SourcePosition) -> (FrontMatter?, [Diagnostic]) {
        let node: Node?
        switch source.parse() {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let parsed): node = parsed
        }
        var reader = YAMLFieldReader(source: source)
        guard let node, let mapping = reader.mapping(node, key: "front matter") else {
            let missing = Diagnostic(file: source.file, position: splitPosition, severity: .error,
                                     code: "front-matter-empty", message: "the front matter has no keys",
                                     hint: "start with 'title: ...' and 'date: YYYY-MM-DD'")
            return (nil, reader.diagnostics + (node == nil ? [missing] : []))
        }
        let fields = reader.entries(of: mapping, known: FrontMatter.knownKeys, context: "front matter")
        let title = reader.string(fields["title"], key: "title")
        let date = reader.date(fields["date"], key: "date")
        for (key, value) in [("title", title as Any?), ("date", date as Any?)] where fields[key] == nil && value == nil {
            reader.append(Diagnostic(
                file: source.file, position: source.position(of: node) ?? splitPosition, severity: .error,
                code: "front-matter-missing-\(key)", message: "the front matter has no '\(key)'",
                hint: key == "title" ? "add a line such as: title: IVIG for refractory dermatomyositis"
                                     : "add a line such as: date: 2018-09-12"))
        }
        var frontMatter = FrontMatter(title: title ?? "", date: date ?? ISODate(year: 1, month: 1, day: 1))
        readOptionalFields(fields, into: &frontMatter, reader: &reader)
        guard title != nil, date != nil else { return (nil, reader.diagnostics) }
        return (frontMatter, reader.diagnostics)
    }

    private static func readOptionalFields(_ fields: [String: Node], into frontMatter: inout FrontMatter,
                                           reader: inout YAMLFieldReader) {
        frontMatter.authors = readAuthors(fields, reader: &reader)
        frontMatter.tags = reader.stringList(fields["tags"], key: "tags") ?? []
        frontMatter.question = reader.string(fields["question"], key: "question")
        frontMatter.appraises = reader.string(fields["appraises"], key: "appraises")
        frontMatter.design = reader.string(fields["design"], key: "design")
        frontMatter.bottomLine = reader.string(fields["bottom_line"], key: "bottom_line")
        frontMatter.expires = reader.date(fields["expires"], key: "expires")
        frontMatter.allowsRawHTML = reader.bool(fields["raw_html"], key: "raw_html") ?? false
        if let doiNode = fields["doi"], let written = reader.string(doiNode, key: "doi") {
            frontMatter.doi = DOI.validated(written, node: doiNode, reader: &reader)
        }
        if let styleNode = fields["style"], let style = reader.string(styleNode, key: "style") {
            let styles = ["ama", "apa", "bmj"]
            if styles.contains(style.lowercased()) {
                frontMatter.style = style.lowercased()
                frontMatter.hasExplicitStyle = true
            } else {
                reader.report(styleNode, code: "front-matter-style", "unknown number style '\(style)'",
                              hint: Suggestion.hint(for: style, in: styles) ?? "use ama, apa or bmj")
            }
        }
        if let pico = reader.mapping(fields["pico"], key: "pico") {
            let parts = reader.entries(of: pico, known: ["population", "intervention", "comparison", "outcome"], context: "pico")
            frontMatter.pico = FrontMatter.PICO(
                population: reader.string(parts["population"], key: "pico.population"),
                intervention: reader.string(parts["intervention"], key: "pico.intervention"),
                comparison: reader.string(parts["comparison"], key: "pico.comparison"),
                outcome: reader.string(parts["outcome"], key: "pico.outcome"))
        }
        if let evidenceNode = fields["evidence"], let evidence = reader.mapping(evidenceNode, key: "evidence") {
            let parts = reader.entries(of: evidence, known: ["scale", "level", "strength"], context: "evidence")
            if let scale = reader.string(parts["scale"], key: "evidence.scale"),
               let level = reader.string(parts["level"], key: "evidence.level") {
                frontMatter.evidence = EvidenceScale.validate(
                    scale: scale, level: level, strength: reader.string(parts["strength"], key: "evidence.strength"),
                    parts: parts, node: evidenceNode, reader: &reader)
            } else if parts["scale"] == nil || parts["level"] == nil {
                reader.report(evidenceNode, code: "front-matter-evidence", "'evidence' needs both 'scale' and 'level'",
                              hint: "for example: evidence: {scale: sort, level: 2}")
            }
        }
        if let references = fields["references"] {
            var cslReader = CSLReferenceReader(source: reader.source)
            frontMatter.references = cslReader.references(references, key: "references")
            cslReader.diagnostics.forEach { reader.append($0) }
        }
        frontMatter.bibliography = reader.string(fields["bibliography"], key: "bibliography")
    }

    private static func readAuthors(_ fields: [String: Node], reader: inout YAMLFieldReader) -> [FrontMatter.Author] {
        if let single = fields["author"] {
            if fields["authors"] != nil {
                reader.report(single, severity: .warning, code: "front-matter-author-twice",
                              "both 'author' and 'authors' are given; 'authors' is used")
            } else {
                return reader.string(single, key: "author").map { [FrontMatter.Author(name: $0)] } ?? []
            }
        }
        guard let node = fields["authors"] else { return [] }
        guard let sequence = node.sequence else {
            return reader.string(node, key: "authors").map { [FrontMatter.Author(name: $0)] } ?? []
        }
        return sequence.compactMap { item in
            if item.scalar != nil { return reader.string(item, key: "authors").map { FrontMatter.Author(name: $0) } }
            guard let mapping = reader.mapping(item, key: "authors") else { return nil }
            let parts = reader.entries(of: mapping, known: ["name", "affiliation"], context: "author")
            guard let name = reader.string(parts["name"], key: "authors.name") else {
                if parts["name"] == nil { reader.report(item, code: "front-matter-author-name", "an author has no 'name'") }
                return nil
            }
            return FrontMatter.Author(name: name, affiliation: reader.string(parts["affiliation"], key: "authors.affiliation"))
        }
    }
}
