/// A Kaplan-Meier survival curve for one group, with Greenwood standard errors.
public struct KaplanMeierCurve: Equatable, Sendable {
    /// The curve at one distinct event time.
    public struct Step: Equatable, Sendable {
        /// The event time.
        public let time: Double
        /// Patients at risk just before `time` (followed up to at least `time`).
        public let atRisk: Int
        /// Events observed at `time`.
        public let events: Int
        /// Patients censored at exactly `time` (counted at risk for this step's events).
        public let censored: Int
        /// S(time), the estimated probability of surviving beyond `time`.
        public let survival: Double
        /// Greenwood's standard error S·√(Σ d/(n(n-d))); nil once survival reaches 0, where the
        /// formula is 0·∞ (R reports NaN there, statsmodels NaN).
        public let standardError: Double?
    }

    /// The group label.
    public let group: String
    /// One step per distinct event time, in time order; empty when every patient was censored.
    public let steps: [Step]
    /// Patients in the group.
    public let patients: Int
    /// The longest follow-up time (event or censoring) in the group.
    public let lastFollowUp: Double

    /// The median survival: the first event time at which S(t) <= 0.5 (R's survfit and
    /// statsmodels agree except where S equals 0.5 exactly: R then takes the midpoint to the next
    /// event time, statsmodels the next event time). Nil when the curve never falls to 0.5.
    public var median: Double? {
        steps.first { $0.survival <= 0.5 + 1e-10 }?.time
    }

    /// S(t), the step function (right-continuous: S at an event time already includes its events).
    ///
    /// Before the first event it is 1. Throws `.undefined` for a t after the last follow-up while
    /// the curve is above 0, since nothing is known there.
    public func survival(at t: Double) throws(StatisticsError) -> Double {
        guard !t.isNaN else { throw .invalidArgument("time is not a number") }
        let value = lastStep(atOrBefore: t)?.survival ?? 1
        if t > lastFollowUp, value > 0 {
            throw .undefined("time \(t) is after the group's last follow-up (\(lastFollowUp))")
        }
        return value
    }
}
