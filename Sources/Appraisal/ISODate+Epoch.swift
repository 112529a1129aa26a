import Foundation

extension ISODate {
    /// The UTC calendar day of a Unix time (seconds since 1970-01-01T00:00:00Z).
    public init(unixTime seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day a build is made on: `SOURCE_DATE_EPOCH` (Unix seconds) when the environment sets
    /// it, so that builds can be reproduced byte for byte, else today in UTC.
    public static func buildDay(environment: [String: String] = ProcessInfo.processInfo.environment) -> ISODate {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text.trimmingWhitespace()) {
            return ISODate(unixTime: seconds)
        }
        return ISODate(unixTime: Int(Date().timeIntervalSince1970))
    }
}
