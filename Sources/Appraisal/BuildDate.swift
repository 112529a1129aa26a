import Foundation

/// The calendar day a build treats as "today", for expiry badges.
///
/// Reproducible builds set `SOURCE_DATE_EPOCH` (seconds since 1970, UTC); then every build of the
/// same inputs marks the same appraisals expired. Without it the machine's current UTC day is used.
public enum BuildDate {
    /// The day from `SOURCE_DATE_EPOCH` in `environment` when it is a valid number, else today (UTC).
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment,
                               now: Date = Date()) -> ISODate {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingWhitespace()), seconds >= 0 {
            return day(ofSecondsSince1970: seconds)
        }
        return day(ofSecondsSince1970: Int64(now.timeIntervalSince1970.rounded(.down)))
    }

    /// The UTC calendar day containing the instant `seconds` after 1970-01-01T00:00:00Z.
    public static func day(ofSecondsSince1970 seconds: Int64) -> ISODate {
        // Days since the epoch to a civil date (proleptic Gregorian calendar).
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return ISODate(year: Int(year), month: Int(month), day: Int(day))
    }
}

extension ISODate {
    /// Whether an appraisal that expires on this day is past it on `today`.
    public func isExpired(on today: ISODate) -> Bool { self < today }
}
