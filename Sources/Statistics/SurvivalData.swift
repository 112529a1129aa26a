/// Shared preparation of survival records: validation, group codes and a time-sorted order.
struct SurvivalData {
    /// Group labels in order of first appearance.
    let groups: [String]
    /// Each record's group index into `groups`, in input order.
    let codes: [Int]
    /// Record indices sorted by time.
    let order: [Int]
    let times: [Double]
    let events: [Bool]

    init(_ records: [SurvivalRecord]) throws(StatisticsError) {
        guard !records.isEmpty else { throw .invalidArgument("there are no patients") }
        var index: [String: Int] = [:]
        var groups: [String] = []
        var codes: [Int] = []
        codes.reserveCapacity(records.count)
        for record in records {
            guard record.time.isFinite, record.time >= 0 else {
                throw .invalidArgument("follow-up time \(record.time) is not a finite, non-negative number")
            }
            if let code = index[record.group] {
                codes.append(code)
            } else {
                index[record.group] = groups.count
                codes.append(groups.count)
                groups.append(record.group)
            }
        }
        let times = records.map(\.time)
        self.groups = groups
        self.codes = codes
        self.times = times
        events = records.map(\.event)
        var keyed = times.enumerated().map { (time: $0.element, index: $0.offset) }
        keyed.sort { $0.time < $1.time }
        order = keyed.map(\.index)
    }
}
