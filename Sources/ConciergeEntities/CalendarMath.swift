/// Proleptic Gregorian day arithmetic on plain integers ("day numbers" since 1970-01-01).
///
/// Pure integer math (Howard Hinnant's civil-date algorithms) keeps date resolution cheap and
/// independent of `Calendar` locale settings. Weeks start on Monday (weekday 1) and end on Sunday (7).
///
///     CalendarMath.day(2026, 11, 22)          // 20779
///     CalendarMath.weekday(20779)             // 7 (Sunday)
///     CalendarMath.iso(20779)                 // "2026-11-22"
public enum CalendarMath {
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d)
    }

    /// 1 = Monday … 7 = Sunday.
    public static func weekday(_ dayNumber: Int) -> Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isValid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
    }

    /// Adds calendar months, clamping the day ("Jan 31" + 1 month → "Feb 28").
    static func addMonths(_ dayNumber: Int, _ months: Int) -> Int {
        let c = civil(dayNumber)
        let total = c.year * 12 + (c.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return day(y, m, min(c.day, daysIn(y, m)))
    }

    static func monthRange(_ year: Int, _ month: Int) -> ClosedRange<Int> {
        day(year, month, 1)...day(year, month, daysIn(year, month))
    }

    static func quarterRange(_ year: Int, _ quarter: Int) -> ClosedRange<Int> {
        day(year, quarter * 3 - 2, 1)...day(year, quarter * 3, daysIn(year, quarter * 3))
    }

    static func yearRange(_ year: Int) -> ClosedRange<Int> { day(year, 1, 1)...day(year, 12, 31) }

    /// The `n`-th (1-based) `weekday` of a month: the 4th Thursday of November 2026 → 2026-11-26.
    static func nthWeekday(_ year: Int, _ month: Int, weekday: Int, _ n: Int) -> Int {
        let first = day(year, month, 1)
        return first + (weekday - self.weekday(first) + 7) % 7 + 7 * (n - 1)
    }

    /// The last `weekday` of a month: the last Monday of May 2027 → 2027-05-31.
    static func lastWeekday(_ year: Int, _ month: Int, weekday: Int) -> Int {
        let last = day(year, month, daysIn(year, month))
        return last - (self.weekday(last) - weekday + 7) % 7
    }

    /// Floor division, so negative minute totals land on the previous day.
    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    public static func iso(_ dayNumber: Int) -> String {
        let c = civil(dayNumber)
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    /// The weekday (1 = Monday … 7 = Sunday) a word names, full or abbreviated: "wednesday",
    /// "wed"; the words the date grammar reads.
    public static func weekday(named word: String) -> Int? {
        DateWords.weekdays[word] ?? DateWords.weekdayAbbreviations[word]
    }

    /// The day number of an ISO date's first ten characters ("2026-12-09", "2026-12-09T15:00").
    public static func day(iso text: some StringProtocol) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              isValid(year, month, day) else { return nil }
        return self.day(year, month, day)
    }

    static func isoTime(minutes: Int) -> String { pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// "Now" resolved in the extractor's time zone: the local day number and minute of the day.
///
///     LocalNow(now: Date(timeIntervalSince1970: 1_795_341_600), timeZone: .gmt)  // 2026-11-22 10:00
struct LocalNow: Sendable {
    var today: Int
    var minute: Int
    /// The extractor's offset from UTC at `now`, in minutes; time zones in messages convert to it.
    var offsetMinutes: Int = 0

    var year: Int { CalendarMath.civil(today).year }
    var month: Int { CalendarMath.civil(today).month }
    var weekday: Int { CalendarMath.weekday(today) }
    /// Monday of the current week.
    var weekStart: Int { today - (weekday - 1) }
    var quarter: Int { (month - 1) / 3 + 1 }
}
