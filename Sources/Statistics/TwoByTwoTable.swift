/// A two-arm trial's events as a two-by-two table: the experimental arm first, the control second.
///
/// Rows are arms and columns are "event" and "no event":
///
///     experimental   a = experimentalEvents   b = experimentalTotal - a
///     control        c = controlEvents        d = controlTotal - c
///
/// The effect measures (risk difference, risk ratio, odds ratio, NNT) and the tests (Fisher,
/// chi-square) are methods and extensions on this type.
public struct TwoByTwoTable: Equatable, Sendable {
    /// The largest arm supported, 2^50, so that sums of counts never overflow and stay exact as Doubles.
    public static let largestTotal = 1 << 50

    /// Patients in the experimental arm with the event (a).
    public let experimentalEvents: Int
    /// Patients in the experimental arm.
    public let experimentalTotal: Int
    /// Patients in the control arm with the event (c).
    public let controlEvents: Int
    /// Patients in the control arm.
    public let controlTotal: Int

    /// Creates a table from events and totals per arm.
    ///
    /// Throws `.invalidArgument` when an arm has no patients or more than `largestTotal`, or its
    /// events lie outside 0...total.
    public init(experimentalEvents: Int, experimentalTotal: Int, controlEvents: Int, controlTotal: Int) throws(StatisticsError) {
        for (name, events, total) in [("experimental", experimentalEvents, experimentalTotal),
                                      ("control", controlEvents, controlTotal)] {
            guard total >= 1 else { throw .invalidArgument("the \(name) arm has no patients") }
            guard total <= Self.largestTotal else {
                throw .invalidArgument("the \(name) arm's total (\(total)) exceeds the supported 2^50 patients")
            }
            guard events >= 0, events <= total else {
                throw .invalidArgument("the \(name) arm's events (\(events)) must lie between 0 and its total (\(total))")
            }
        }
        self.experimentalEvents = experimentalEvents
        self.experimentalTotal = experimentalTotal
        self.controlEvents = controlEvents
        self.controlTotal = controlTotal
    }

    /// The experimental event rate (EER), a / (a + b).
    public var experimentalRisk: Double { Double(experimentalEvents) / Double(experimentalTotal) }

    /// The control event rate (CER), c / (c + d).
    public var controlRisk: Double { Double(controlEvents) / Double(controlTotal) }

    /// The four cells as counts, row by row: [[a, b], [c, d]].
    public var cells: [[Int]] {
        [[experimentalEvents, experimentalTotal - experimentalEvents],
         [controlEvents, controlTotal - controlEvents]]
    }

    /// The cells used by the ratio measures: as observed, or with 0.5 added to every cell when any
    /// cell is zero (the Haldane-Anscombe correction, as RevMan and metafor apply it), together
    /// with the adjustment in words.
    func ratioCells() -> (a: Double, b: Double, c: Double, d: Double, adjustments: [String]) {
        let a = Double(experimentalEvents)
        let b = Double(experimentalTotal - experimentalEvents)
        let c = Double(controlEvents)
        let d = Double(controlTotal - controlEvents)
        if a > 0, b > 0, c > 0, d > 0 { return (a, b, c, d, []) }
        return (a + 0.5, b + 0.5, c + 0.5, d + 0.5, ["0.5 added to every cell because a cell is zero"])
    }
}
