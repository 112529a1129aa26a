/// One patient's follow-up for survival analysis: group, time to event or censoring, and
/// whether the event was observed (true) or the patient was censored (false).
public struct SurvivalRecord: Equatable, Sendable {
    /// The group (arm) label, e.g. "Maintained".
    public var group: String
    /// Time from the start of follow-up to the event or to censoring; finite and not negative.
    public var time: Double
    /// True when the event was observed at `time`, false when the patient was censored then.
    public var event: Bool

    /// Creates a record.
    public init(group: String, time: Double, event: Bool) {
        self.group = group
        self.time = time
        self.event = event
    }
}
