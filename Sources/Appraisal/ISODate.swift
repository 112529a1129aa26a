import Markdown

/// A calendar date written as `YYYY-MM-DD`, with no time zone and no clock.
///
/// Appraisals date themselves and their expiry by calendar day; keeping dates as plain values
/// makes builds independent of the machine's time zone.
public struct ISODate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2018.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible day (2018-02-30).
    ///
    /// The only Characters allowed are ASCII digits and hyphens, so the text is exactly ten bytes
    /// and is read as bytes: splitting it into Characters and asking each whether it is a number
    /// was 18,000 instructions, for each page of a rebuild that changes nothing.
    public init?(_ text: String) {
        let parts = ByteSearch.withUTF8(of: text) { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ digits: Range<Int>) -> Int? {
                var value = 0
                for index in digits {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let parts, (1...12).contains(parts.month), parts.day >= 1,
              parts.day <= ISODate.daysIn(month: parts.month, year: parts.year) else { return nil }
        year = parts.year
        month = parts.month
        day = parts.day
    }

    /// A date from its parts, which the caller has already validated.
    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    ///
    /// A four-digit year (every date read from text has one) is written as ten bytes straight into
    /// the string: the interpolation cost 1,600 instructions, and each page's dates are written
    /// several times a build.
    public var description: String {
        guard (1000...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            var at = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[at] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    at += 1
                    divisor /= 10
                }
            }
            put(year, digits: 4)
            buffer[at] = UInt8(ascii: "-")
            at += 1
            put(month, digits: 2)
            buffer[at] = UInt8(ascii: "-")
            at += 1
            put(day, digits: 2)
            return at
        }
    }

    /// Orders by year, month, then day.
    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
