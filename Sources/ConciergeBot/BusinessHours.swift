import Foundation

/// When people answer handoffs: opening intervals per weekday in one time zone
/// (`settings: business_hours:` of a dialog file).
///
///     business_hours:
///       time_zone: Europe/Berlin
///       days: [mon, tue, wed, thu, fri]
///       open: "09:00"
///       close: "18:00"
///
///     hours.isOpen(at: sundayNoon)        // false
///     hours.nextOpening(after: sundayNoon) // Monday 09:00 Europe/Berlin
///
/// Times are wall-clock times of the time zone, so a daylight-saving change moves the
/// opening instant, not the opening hour.
public struct BusinessHours: Hashable, Sendable, Codable {
    /// An IANA time zone identifier.
    public var timeZone: String
    /// Open weekdays, 1 = Sunday … 7 = Saturday (Gregorian `weekday`).
    public var weekdays: Set<Int>
    /// Minutes after midnight, local time: opening inclusive, closing exclusive.
    public var opens: Int
    public var closes: Int
    /// How long a person takes to reply to a handoff, in seconds of open time
    /// (`reply_within_minutes`); nil when the bot promises nothing.
    public var replyWithin: TimeInterval?

    public init(timeZone: String, weekdays: Set<Int>, opens: Int, closes: Int, replyWithin: TimeInterval? = nil) {
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.opens = opens
        self.closes = closes
        self.replyWithin = replyWithin
    }

    /// The Gregorian calendar of the hours' time zone (UTC when the identifier is unknown;
    /// the loader accepts only known ones).
    public var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }

    /// Whether `date` falls on an open weekday between opening (inclusive) and closing
    /// (exclusive), in local time.
    ///
    ///     hours.isOpen(at: mondayTenBerlin)   // true for Mon–Fri 09:00–18:00
    public func isOpen(at date: Date) -> Bool {
        let calendar = calendar
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = parts.weekday, weekdays.contains(weekday) else { return false }
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return opens <= minute && minute < closes
    }

    /// The first opening strictly after `date`: the next open weekday's opening time (today's
    /// when it is still ahead). An opening time that a daylight-saving change skips opens at
    /// the first moment after the gap; one that occurs twice opens at the first. Without open
    /// weekdays, `Date.distantFuture`.
    ///
    ///     hours.nextOpening(after: saturdayNoonBerlin)   // Monday 09:00 CET, 08:00 UTC
    public func nextOpening(after date: Date) -> Date {
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

    /// When a reply to a handoff at `date` is due: `replyWithin` of open time later, counted
    /// from the handoff (or the next opening, when closed) and carried over closing times.
    /// Nil without `replyWithin`.
    ///
    ///     hours.replyDue(after: fridayFiveThirtyPM)   // 2 hours, reply_within_minutes: 120 → Monday 10:30
    public func replyDue(after date: Date) -> Date? {
        guard var remaining = replyWithin else { return nil }
        let calendar = calendar
        var start = isOpen(at: date) ? date : nextOpening(after: date)
        // Each pass uses up one open day; a year of them bounds a reply time of any size.
        for _ in 0..<366 {
            guard start < Date.distantFuture, let closing = closing(on: start, in: calendar) else { return nil }
            let open = closing.timeIntervalSince(start)
            if remaining <= open { return start.addingTimeInterval(remaining) }
            remaining -= max(open, 0)
            start = nextOpening(after: closing)
        }
        return nil
    }

    /// The closing time of the day of `date` ("24:00" is the next midnight).
    private func closing(on date: Date, in calendar: Calendar) -> Date? {
        guard closes < 24 * 60 else { return calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: date)) }
        return calendar.date(bySettingHour: closes / 60, minute: closes % 60, second: 0, of: date,
                             matchingPolicy: .nextTime, repeatedTimePolicy: .first, direction: .forward)
    }
}
