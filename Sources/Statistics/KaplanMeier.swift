/// The Kaplan-Meier product-limit estimator (Kaplan and Meier 1958) with Greenwood's variance.
public enum KaplanMeier {
    /// One curve per group, in order of each group's first appearance in `records`. O(n log n).
    ///
    /// Throws `.invalidArgument` for no records or a negative or non-finite time.
    public static func estimate(_ records: [SurvivalRecord]) throws(StatisticsError) -> [KaplanMeierCurve] {
        let data = try SurvivalData(records)
        var perGroup: [[Int]] = Array(repeating: [], count: data.groups.count)
        for index in data.order { perGroup[data.codes[index]].append(index) }
        return data.groups.indices.map { group in
            curve(group: data.groups[group], sortedIndices: perGroup[group], times: data.times, events: data.events)
        }
    }

    /// The curve of a single group from parallel arrays of times and event indicators.
    public static func estimate(times: [Double], events: [Bool], group: String = "") throws(StatisticsError) -> KaplanMeierCurve {
        guard times.count == events.count else {
            throw .invalidArgument("times (\(times.count)) and events (\(events.count)) differ in length")
        }
        let records = zip(times, events).map { SurvivalRecord(group: group, time: $0, event: $1) }
        guard let curve = try estimate(records).first else { throw .invalidArgument("there are no patients") }
        return curve
    }

    static func curve(group: String, sortedIndices: [Int], times: [Double], events: [Bool]) -> KaplanMeierCurve {
        var steps: [KaplanMeierCurve.Step] = []
        var atRisk = sortedIndices.count
        var survival = 1.0
        var greenwood = 0.0
        var position = 0
        while position < sortedIndices.count {
            let time = times[sortedIndices[position]]
            var deaths = 0
            var censored = 0
            while position < sortedIndices.count, times[sortedIndices[position]] == time {
                if events[sortedIndices[position]] { deaths += 1 } else { censored += 1 }
                position += 1
            }
            if deaths > 0 {
                let n = Double(atRisk)
                let d = Double(deaths)
                survival *= (n - d) / n
                var standardError: Double?
                if deaths < atRisk {
                    greenwood += d / (n * (n - d))
                    standardError = survival * greenwood.squareRoot()
                }
                steps.append(.init(
                    time: time, atRisk: atRisk, events: deaths, censored: censored,
                    survival: survival, standardError: standardError))
            }
            atRisk -= deaths + censored
        }
        let last = sortedIndices.last.map { times[$0] } ?? 0
        return KaplanMeierCurve(group: group, steps: steps, patients: sortedIndices.count, lastFollowUp: last)
    }
}
