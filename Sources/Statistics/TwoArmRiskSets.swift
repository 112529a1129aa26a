/// Patients at risk and events in each of two arms at every distinct event time, built from one
/// sort of the records; the sufficient statistics of a Cox model with a single binary covariate.
struct TwoArmRiskSets {
    /// The counts at one distinct event time (censorings at that time still count as at risk).
    struct EventTime {
        let controlAtRisk: Double
        let experimentalAtRisk: Double
        let controlEvents: Double
        let experimentalEvents: Double
    }

    /// One entry per distinct event time, in time order.
    let eventTimes: [EventTime]
    /// Events observed in the control arm.
    let controlEvents: Int
    /// Events observed in the experimental arm.
    let experimentalEvents: Int

    /// Throws `.invalidArgument` for invalid records, equal labels, a record in neither arm or an
    /// arm with no patients. O(n log n).
    init(_ records: [SurvivalRecord], experimental: String, control: String) throws(StatisticsError) {
        guard experimental != control else {
            throw .invalidArgument("the experimental and control groups are both '\(control)'")
        }
        let data = try SurvivalData(records)
        if let stranger = data.groups.first(where: { $0 != experimental && $0 != control }) {
            throw .invalidArgument("group '\(stranger)' is neither '\(experimental)' nor '\(control)'")
        }
        for label in [experimental, control] where !data.groups.contains(label) {
            throw .invalidArgument("group '\(label)' has no patients")
        }
        let isExperimental = data.codes.map { data.groups[$0] == experimental }
        var atRisk = (control: 0.0, experimental: 0.0)
        for flag in isExperimental {
            if flag { atRisk.experimental += 1 } else { atRisk.control += 1 }
        }
        var rows: [EventTime] = []
        var totals = (control: 0, experimental: 0)
        var position = 0
        while position < data.order.count {
            let time = data.times[data.order[position]]
            var events = (control: 0.0, experimental: 0.0)
            var leaving = (control: 0.0, experimental: 0.0)
            while position < data.order.count, data.times[data.order[position]] == time {
                let index = data.order[position]
                let event: Double = data.events[index] ? 1 : 0
                if isExperimental[index] {
                    leaving.experimental += 1
                    events.experimental += event
                } else {
                    leaving.control += 1
                    events.control += event
                }
                position += 1
            }
            if events.control + events.experimental > 0 {
                rows.append(EventTime(
                    controlAtRisk: atRisk.control, experimentalAtRisk: atRisk.experimental,
                    controlEvents: events.control, experimentalEvents: events.experimental))
                totals.control += Int(events.control)
                totals.experimental += Int(events.experimental)
            }
            atRisk.control -= leaving.control
            atRisk.experimental -= leaving.experimental
        }
        eventTimes = rows
        controlEvents = totals.control
        experimentalEvents = totals.experimental
    }

    /// The direction in which the partial likelihood keeps rising without a maximum, if it does:
    /// +1 when no control patient has an event while an experimental patient is at risk (the
    /// hazard ratio runs to infinity), -1 when the reverse holds (it runs to 0), nil otherwise.
    var monotoneDirection: Int? {
        if eventTimes.allSatisfy({ $0.experimentalAtRisk == 0 || $0.controlEvents == 0 }) { return 1 }
        if eventTimes.allSatisfy({ $0.controlAtRisk == 0 || $0.experimentalEvents == 0 }) { return -1 }
        return nil
    }
}
