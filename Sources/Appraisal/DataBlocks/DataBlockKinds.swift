import Yams

/// How one kind of data block is read: the keys it accepts, the figures it can draw, and the
/// function that turns the block's YAML fields into its typed content.
struct DataBlockKind: Sendable {
    /// The name after `type:`.
    let name: String
    /// Keys this kind reads besides the common ones.
    let keys: [String]
    /// Figures a block of this kind can draw, in the order hints list them.
    let figures: [String]
    /// Reads the content, reporting problems through the reader; nil when it cannot be used.
    let read: @Sendable (inout DataBlockReader, [String: Yams.Node], ProjectFiles?) -> (any DataBlockContent)?
}

extension DataBlockReader {
    /// Every kind of data block, in the order hints list them: the one table a new kind joins.
    static let registry: [DataBlockKind] = [
        DataBlockKind(name: BinaryData.kind, keys: ["arms", "control", "desirable", "patient_risk"], figures: ["icons", "forest", "bars"]) { reader, fields, _ in
            reader.readBinary(fields)
        },
        DataBlockKind(name: ContinuousData.kind, keys: ["arms"], figures: ["forest", "bars"]) { reader, fields, _ in
            reader.readContinuous(fields)
        },
        DataBlockKind(name: SurvivalRows.kind, keys: ["csv", "file"], figures: ["km"]) { reader, fields, files in
            reader.readSurvival(fields, context: files)
        },
        DataBlockKind(name: DiagnosticData.kind, keys: diagnosticKeys, figures: ["nomogram"]) { reader, fields, _ in
            reader.readDiagnostic(fields)
        },
        DataBlockKind(name: MetaAnalysisData.kind, keys: metaAnalysisKeys, figures: ["forest", "funnel"]) { reader, fields, _ in
            reader.readMetaAnalysis(fields)
        },
        DataBlockKind(name: BaselineTable.kind, keys: ["groups", "rows"], figures: []) { reader, fields, _ in
            reader.readBaseline(fields)
        },
    ]

    /// The kind called `name`, if there is one.
    static func kind(named name: String) -> DataBlockKind? {
        registry.first { $0.name == name }
    }

    /// The kinds' names, for hints.
    static var kinds: [String] { registry.map(\.name) }
}
