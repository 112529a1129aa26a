import Markdown
import Yams

/// Reads a `data <id>` fence into a typed, validated `DataBlock`, collecting every problem.
struct DataBlockReader {
    static let commonKeys = ["type", "outcome", "show", "figures", "reported"]
    /// The largest number of arms, groups, rows or raw values a block may hold.
    static let maximumItems = 100_000

    var reader: YAMLFieldReader
    let id: String
    let position: SourcePosition

    init(source: YAMLSource, id: String, position: SourcePosition) {
        reader = YAMLFieldReader(source: source)
        self.id = id
        self.position = position
    }

    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// The block, or nil when it cannot be used (the reasons are in `diagnostics`).
    mutating func read(context: ProjectFiles?) -> DataBlock? {
        let (parsed, node) = reader.root()
        guard parsed else { return nil }
        guard let node, let mapping = reader.mapping(node, key: "data block '\(id)'") else {
            fail(code: "data-block-empty", "data block '\(id)' is empty", hint: "start it with a line such as: type: binary")
            return nil
        }
        guard let typeNode = mapping["type"] else {
            reader.report(node, code: "data-block-type", "data block '\(id)' has no 'type'",
                          hint: "add 'type:' with one of " + DataBlockReader.kinds.joined(separator: ", "))
            return nil
        }
        guard let kind = reader.string(typeNode, key: "type") else { return nil }
        guard let blockKind = DataBlockReader.kind(named: kind) else {
            reader.report(typeNode, code: "data-block-type", "unknown data block type '\(kind)'",
                          hint: Suggestion.hint(for: kind, in: DataBlockReader.kinds) ?? "use one of " + DataBlockReader.kinds.joined(separator: ", "),
                          length: kind.utf8.count)
            return nil
        }
        var known = DataBlockReader.commonKeys + blockKind.keys
        if let node = mapping["patient_risk"], !known.contains("patient_risk") {
            reader.report(node, code: "patient-risk-needs-control",
                          "'patient_risk' needs a block with a control arm; data block '\(id)' is \(kind)",
                          hint: "put patient_risk: on the binary block whose relative risk applies to your patient")
            known.append("patient_risk")
        }
        let fields = reader.entries(of: mapping, known: known, context: "data block")
        let content = blockKind.read(&self, fields, context)
        let reported = readReported(fields["reported"])
        guard let content else { return nil }
        return DataBlock(
            id: id, position: position, outcome: reader.string(fields["outcome"], key: "outcome"),
            show: reader.bool(fields["show"], key: "show") ?? true,
            figures: readFigures(fields["figures"], kind: kind),
            reported: reported, content: content)
    }

    mutating func fail(code: String, _ message: String, hint: String? = nil, at node: Node? = nil) {
        if let node {
            reader.report(node, code: code, message, hint: hint)
        } else {
            reader.append(Diagnostic(file: reader.source.file, position: position, severity: .error, code: code, message: message, hint: hint))
        }
    }

    /// Named entries of a mapping in written order, with arm-name collisions reported.
    mutating func namedEntries(_ node: Node?, key: String, minimum: Int) -> [(name: ArmName, node: Node)]? {
        guard let node else {
            fail(code: "data-block-missing-key", "data block '\(id)' has no '\(key)'")
            return nil
        }
        guard let mapping = reader.mapping(node, key: key) else { return nil }
        var entries: [(ArmName, Node)] = []
        var slugs: [String: String] = [:]
        var rejected = false
        for (keyNode, value) in mapping {
            guard let name = reader.string(keyNode, key: key) else {
                rejected = true
                continue
            }
            let arm = ArmName(name)
            if let other = slugs[arm.slug] {
                reader.report(keyNode, code: "arm-name-collision",
                              "'\(name)' and '\(other)' both become '\(arm.slug)' in expressions", hint: "rename one of them")
                rejected = true
                continue
            }
            if arm.slug.isEmpty {
                reader.report(keyNode, code: "arm-name", "'\(name)' has no letters or digits to name it by in expressions")
                rejected = true
                continue
            }
            slugs[arm.slug] = name
            entries.append((arm, value))
        }
        guard !rejected else { return nil }
        guard entries.count >= minimum else {
            reader.report(node, code: "data-block-arms", "'\(key)' needs at least \(minimum) entries; it has \(entries.count)")
            return nil
        }
        guard entries.count <= DataBlockReader.maximumItems else {
            reader.report(node, code: "data-block-too-large", "'\(key)' has more than \(DataBlockReader.maximumItems) entries")
            return nil
        }
        return entries
    }

    private mutating func readReported(_ node: Node?) -> [String: ReportedNumber] {
        guard let node, let mapping = reader.mapping(node, key: "reported") else { return [:] }
        var reported: [String: ReportedNumber] = [:]
        for (keyNode, value) in mapping {
            guard let name = reader.string(keyNode, key: "reported"), let text = reader.string(value, key: "reported.\(name)") else { continue }
            guard let number = ReportedNumber(text, position: reader.source.position(of: value)) else {
                reader.report(value, code: "reported-not-a-number", "reported '\(name)' must be a number such as 0.01 or <0.05, not '\(text)'")
                continue
            }
            reported[name] = number
        }
        return reported
    }
}
