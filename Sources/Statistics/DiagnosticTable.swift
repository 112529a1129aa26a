/// A diagnostic accuracy study as a two-by-two table: the index test's result against the
/// reference standard's verdict.
///
/// Rows are test results and columns are the target condition:
///
///                   condition present        condition absent
///     test positive a = truePositives        b = falsePositives
///     test negative c = falseNegatives       d = trueNegatives
///
/// The accuracy measures (sensitivity, likelihood ratios, ...) are functions of `DiagnosticAccuracy`.
public struct DiagnosticTable: Equatable, Sendable {
    /// The largest study supported, 2^50 people, so that sums of counts never overflow and stay exact as Doubles.
    public static let largestTotal = 1 << 50

    /// People with the condition whom the test called positive (a).
    public let truePositives: Int
    /// People without the condition whom the test called positive (b).
    public let falsePositives: Int
    /// People with the condition whom the test called negative (c).
    public let falseNegatives: Int
    /// People without the condition whom the test called negative (d).
    public let trueNegatives: Int

    /// Creates a table from its four cells.
    ///
    /// Throws `.invalidArgument` for a negative cell, when no one has the condition or no one is
    /// free of it (sensitivity or specificity would be 0/0), or when the study has more than
    /// `largestTotal` people.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int) throws(StatisticsError) {
        for (name, count) in [("true positives", truePositives), ("false positives", falsePositives),
                              ("false negatives", falseNegatives), ("true negatives", trueNegatives)] {
            guard count >= 0 else { throw .invalidArgument("the \(name) (\(count)) must not be negative") }
            guard count <= Self.largestTotal else {
                throw .invalidArgument("the \(name) (\(count)) exceed the supported 2^50 people")
            }
        }
        guard truePositives + falseNegatives > 0 else {
            throw .invalidArgument("no one in the study has the condition, so sensitivity is undefined")
        }
        guard falsePositives + trueNegatives > 0 else {
            throw .invalidArgument("everyone in the study has the condition, so specificity is undefined")
        }
        let total = truePositives + falsePositives + falseNegatives + trueNegatives
        guard total <= Self.largestTotal else {
            throw .invalidArgument("the study's total (\(total)) exceeds the supported 2^50 people")
        }
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// People with the condition, a + c.
    public var withCondition: Int { truePositives + falseNegatives }

    /// People without the condition, b + d.
    public var withoutCondition: Int { falsePositives + trueNegatives }

    /// People the test called positive, a + b.
    public var testPositives: Int { truePositives + falsePositives }

    /// People the test called negative, c + d.
    public var testNegatives: Int { falseNegatives + trueNegatives }

    /// Everyone in the study, a + b + c + d.
    public var total: Int { withCondition + withoutCondition }
}
