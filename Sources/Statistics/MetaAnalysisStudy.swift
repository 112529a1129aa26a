/// One study of a meta-analysis: its name and what it reported, experimental arm against control.
///
/// A study carries its data as printed (counts, means, or an estimate with its interval) so that
/// the choice of measure and pooling method stays with the analysis, not with the data.
public struct MetaAnalysisStudy: Equatable, Sendable {
    /// What a study reported, in the form a reader copies from its results table.
    public enum Data: Equatable, Sendable {
        /// Events and patients in each arm (a binary outcome).
        case counts(experimentalEvents: Int, experimentalTotal: Int, controlEvents: Int, controlTotal: Int)
        /// Mean, standard deviation and size of each arm (a continuous outcome).
        case means(experimentalMean: Double, experimentalSD: Double, experimentalN: Int,
                   controlMean: Double, controlSD: Double, controlN: Int)
        /// A printed estimate with its confidence interval and level (generic inverse variance):
        /// pooled on the log scale for `.ratio`, on its own scale for `.difference`.
        case estimate(value: Double, low: Double, high: Double, level: Double)
    }

    /// The study's label, e.g. "Aronson 1948".
    public var name: String
    /// The study's reported data.
    public var data: Data

    /// Creates a study; the data are checked when the meta-analysis runs.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
