/// The data of one kind of data block (binary, continuous, survival, baseline, ...).
///
/// Each kind is a type conforming to this protocol: the analysis stage reaches its statistics
/// through `analyse`, and later stages add their own conformances (result table, figures,
/// JSON), so a new kind adds files rather than a case to every switch.
public protocol DataBlockContent: Sendable {
    /// The kind's name as written after `type:`.
    static var kind: String { get }
    /// The arms, groups or levels an expression may name by display name or slug.
    var namedParts: [ArmName] { get }
    /// Computes every statistic of this kind into `results`; returns findings beyond the
    /// reported-figure checks (baseline consistency tests, notes on corrections).
    func analyse(into results: inout BlockResults, context: AnalysisContext) -> [Diagnostic]
}

/// What an analysis may need besides the data: where it came from and how numbers print.
public struct AnalysisContext: Sendable {
    /// The source file's display path, for findings.
    public var file: String
    /// The document's number style.
    public var style: NumberStyle

    /// Creates a context.
    public init(file: String, style: NumberStyle) {
        self.file = file
        self.style = style
    }
}
