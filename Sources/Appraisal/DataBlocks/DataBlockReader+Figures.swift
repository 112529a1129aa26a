import Yams

extension DataBlockReader {
    /// Every figure a block may ask for, and the kinds of block each one can draw.
    static let figureKinds: [String: [String]] = registry.reduce(into: [:]) { kinds, kind in
        for figure in kind.figures { kinds[figure, default: []].append(kind.name) }
    }

    /// The figures a block of `kind` can draw, in a fixed order for hints.
    static func figures(for kind: String) -> [String] {
        DataBlockReader.kind(named: kind)?.figures ?? []
    }

    /// The `figures:` list: known names that fit the block's kind, each at most once.
    ///
    /// An unknown name, or one that cannot be drawn from this kind of block, is a warning at the
    /// name with a suggestion; the figure is left out and the report still builds.
    mutating func readFigures(_ node: Node?, kind: String) -> [String] {
        guard let node else { return [] }
        let items: [Node]
        if node.scalar != nil {
            items = [node]
        } else if let sequence = node.sequence {
            items = Array(sequence)
        } else {
            reader.report(node, code: "yaml-type", "'figures' must be a list of text, not \(YAMLFieldReader.describe(node))",
                          hint: "write for example: figures: [forest]")
            return []
        }
        let allowed = DataBlockReader.figures(for: kind)
        var figures: [String] = []
        for item in items {
            guard let name = reader.string(item, key: "figures") else { continue }
            guard let kinds = DataBlockReader.figureKinds[name] else {
                let choices = allowed.isEmpty ? "a \(kind) block draws no figures" : "use one of " + allowed.joined(separator: ", ")
                reader.report(item, severity: .warning, code: "figure-unknown", "unknown figure '\(name)' in data block '\(id)'",
                              hint: Suggestion.hint(for: name, in: allowed.isEmpty ? DataBlockReader.figureKinds.keys.sorted() : allowed) ?? choices,
                              length: name.utf8.count)
                continue
            }
            guard kinds.contains(kind) else {
                let choices = allowed.isEmpty ? "a \(kind) block draws no figures; remove the line" : "a \(kind) block can draw " + allowed.joined(separator: ", ")
                reader.report(item, severity: .warning, code: "figure-kind-mismatch",
                              "figure '\(name)' needs a \(kinds.joined(separator: " or ")) block; data block '\(id)' is \(kind)",
                              hint: choices, length: name.utf8.count)
                continue
            }
            if !figures.contains(name) { figures.append(name) }
        }
        return figures
    }
}
