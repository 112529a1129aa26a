import Markdown
import Yams

/// The references an appraisal may cite and the numbers its citations get.
///
/// References come from the front matter's `references:` and from the optional `bibliography:`
/// file; citations are numbered in order of first use. Unknown keys are errors, uncited
/// references warnings (the appraised study counts as cited: the header shows it).
public struct CitationIndex: Sendable {
    /// Every available reference by id.
    public var references: [String: CSLReference] = [:]
    /// The ids cited in the body, in order of first use: the reference list.
    public var cited: [String] = []
    /// The reference `appraises:` names, when it exists.
    public var appraised: CSLReference?
    /// Everything found while loading references and resolving citations.
    public var diagnostics: [Diagnostic] = []

    /// The number of a cited id (1-based).
    public func number(of id: String) -> Int? {
        cited.firstIndex(of: id).map { $0 + 1 }
    }

    /// Loads the references of `source` and resolves its citations; `files` reads the
    /// bibliography file, confined to the project (nil: none is read).
    public init(_ source: AppraisalSource, files: ProjectFiles?) {
        let file = source.file.displayPath
        guard let frontMatter = source.frontMatter else { return }
        var all = frontMatter.references
        if let path = frontMatter.bibliography { all += loadBibliography(path, file: file, files: files) }
        for reference in all {
            if references[reference.id] != nil {
                diagnostics.append(Diagnostic(file: file, position: reference.position, severity: .error, code: "reference-duplicate",
                                              message: "the reference id '\(reference.id)' is defined twice",
                                              hint: "give each reference its own id"))
            } else {
                references[reference.id] = reference
            }
        }
        let ids = all.map(\.id)
        let markers = CitationRewriter.markers(in: source.body, source: source.lines)
        for marker in markers.prose {
            for key in marker.keys {
                if references[key] == nil {
                    diagnostics.append(Diagnostic(
                        file: file, position: marker.position, length: marker.length, severity: .error, code: "citation-unknown",
                        message: "no reference has the id '\(key)'",
                        hint: Suggestion.hint(for: key, in: ids) ?? "add it under 'references:' in the front matter, with id: \(key)"))
                } else if !cited.contains(key) {
                    cited.append(key)
                }
            }
        }
        for marker in markers.links {
            diagnostics.append(Diagnostic(file: file, position: marker.position, severity: .warning, code: "citation-in-link",
                                          message: "a citation inside a link's text is left as text",
                                          hint: "move [@\(marker.keys.joined(separator: "; @"))] out of the link"))
        }
        if let id = frontMatter.appraises {
            appraised = references[id]
            if appraised == nil {
                diagnostics.append(Diagnostic(file: file, position: SourcePosition(line: 1, column: 1), severity: .error, code: "appraises-unknown",
                                              message: "'appraises' names '\(id)', which is not among the references",
                                              hint: Suggestion.hint(for: id, in: ids) ?? "add the appraised study under 'references:' with id: \(id)"))
            }
        }
        for reference in frontMatter.references where !cited.contains(reference.id) && reference.id != frontMatter.appraises && references[reference.id] == reference {
            diagnostics.append(Diagnostic(file: file, position: reference.position, severity: .warning, code: "reference-uncited",
                                          message: "the reference '\(reference.id)' is never cited",
                                          hint: "cite it in the text as [@\(reference.id)], or remove it"))
        }
    }

    private mutating func loadBibliography(_ path: String, file: String, files: ProjectFiles?) -> [CSLReference] {
        let position = SourcePosition(line: 1, column: 1)
        guard let files else {
            diagnostics.append(Diagnostic(file: file, position: position, severity: .error, code: "bibliography-file",
                                          message: "this document cannot read files, so 'bibliography: \(path)' is not loaded",
                                          hint: "list the references under 'references:' instead"))
            return []
        }
        switch files.read(path) {
        case .failure(let failure):
            diagnostics.append(Diagnostic(file: file, position: position, severity: .error, code: "bibliography-file",
                                          message: failure.description, hint: "bibliography is a CSL-JSON or CSL-YAML file inside the project"))
            return []
        case .success(let text):
            let source = YAMLSource(file: path, text: text, firstLine: 1)
            switch source.parse() {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return []
            case .success(let node):
                guard let node else { return [] }
                var reader = CSLReferenceReader(source: source)
                let list = node.mapping?["references"] ?? node
                let found = reader.references(list, key: "bibliography")
                diagnostics += reader.diagnostics
                return found.map { reference in
                    var moved = reference
                    moved.position = nil
                    return moved
                }
            }
        }
    }
}
