import Foundation

/// Business hours through Foundation's `Calendar` in the named zone (ICU on Linux): for
/// instants outside the years `ZoneOffsets` holds, and the reference its tests compare with.
extension BusinessHours {
    /// The Gregorian calendar of the hours' time zone (UTC when the identifier is unknown;
    /// the loader accepts only known ones).
    public var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }

    /// `isOpen(at:)` by the calendar.
    public func isOpenByCalendar(at date: Date) -> Bool {
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = parts.weekday, weekdays.contains(weekday) else { return false }
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return opens <= minute && minute < closes
    }

    /// `nextOpening(after:)` by the calendar.
    public func nextOpeningByCalendar(after date: Date) -> Date {
        let calendar = calendar
        let today = calendar.startOfDay(for: date)
        // Today and the seven days after cover every weekday, whatever day `date` is.
        for offset in 0...7 {
            guard let day = calendar.date(byAdding: .day, value: offset, to: today),
                  weekdays.contains(calendar.component(.weekday, from: day)),
                  let opening = calendar.date(bySettingHour: opens / 60, minute: opens % 60, second: 0, of: day,
                                              matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward)
            else { continue }
            if opening > date { return opening }
        }
        return Date.distantFuture
    }

    /// The closing time of the day of `date` by the calendar ("24:00" is the next midnight).
    public func closingByCalendar(on date: Date) -> Date? {
        let calendar = calendar
        guard closes < 24 * 60 else { return calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: date)) }
        return calendar.date(bySettingHour: closes / 60, minute: closes % 60, second: 0, of: date,
                             matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward)
    }
}
