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
    public var timeZone: String {
        didSet { offsets = ZoneOffsets(identifier: timeZone) }
    }
    /// Open weekdays, 1 = Sunday … 7 = Saturday (Gregorian `weekday`).
    public var weekdays: Set<Int>
    /// Minutes after midnight, local time: opening inclusive, closing exclusive.
    public var opens: Int
    public var closes: Int
    /// How long a person takes to reply to a handoff, in seconds of open time
    /// (`reply_within_minutes`); nil when the bot promises nothing.
    public var replyWithin: TimeInterval?
    /// The zone's offsets, read when the hours are made (at load, before any turn): a turn's
    /// hours then need no ICU (`ZoneOffsets` says why). Not part of the value: it follows
    /// from `timeZone`.
    private var offsets: ZoneOffsets

    public init(timeZone: String, weekdays: Set<Int>, opens: Int, closes: Int, replyWithin: TimeInterval? = nil) {
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.opens = opens
        self.closes = closes
        self.replyWithin = replyWithin
        offsets = ZoneOffsets(identifier: timeZone)
    }

    private enum CodingKeys: String, CodingKey {
        case timeZone, weekdays, opens, closes, replyWithin
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(timeZone: try container.decode(String.self, forKey: .timeZone),
                  weekdays: try container.decode(Set<Int>.self, forKey: .weekdays),
                  opens: try container.decode(Int.self, forKey: .opens),
                  closes: try container.decode(Int.self, forKey: .closes),
                  replyWithin: try container.decodeIfPresent(TimeInterval.self, forKey: .replyWithin))
    }

    public static func == (left: BusinessHours, right: BusinessHours) -> Bool {
        left.timeZone == right.timeZone && left.weekdays == right.weekdays && left.opens == right.opens
            && left.closes == right.closes && left.replyWithin == right.replyWithin
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timeZone)
        hasher.combine(weekdays)
        hasher.combine(opens)
        hasher.combine(closes)
        hasher.combine(replyWithin)
    }

    /// Whether `date` falls on an open weekday between opening (inclusive) and closing
    /// (exclusive), in local time.
    ///
    ///     hours.isOpen(at: mondayTenBerlin)   // true for Mon–Fri 09:00–18:00
    public func isOpen(at date: Date) -> Bool {
        guard let wall = offsets.wallClock(date) else { return isOpenByCalendar(at: date) }
        let day = ZoneOffsets.day(wall)
        guard weekdays.contains(ZoneOffsets.weekday(ofDay: day)) else { return false }
        let minute = (wall - day * ZoneOffsets.secondsPerDay) / 60
        return opens <= minute && minute < closes
    }

    /// The first opening strictly after `date`: the next open weekday's opening time (today's
    /// when it is still ahead). An opening time that a daylight-saving change skips opens at
    /// the first moment after the gap; one that occurs twice opens at the first. Without open
    /// weekdays, `Date.distantFuture`.
    ///
    ///     hours.nextOpening(after: saturdayNoonBerlin)   // Monday 09:00 CET, 08:00 UTC
    public func nextOpening(after date: Date) -> Date {
        guard let wall = offsets.wallClock(date) else { return nextOpeningByCalendar(after: date) }
        let today = ZoneOffsets.day(wall)
        // Today and the seven days after cover every weekday, whatever day `date` is.
        for day in today...(today + 7) where weekdays.contains(ZoneOffsets.weekday(ofDay: day)) {
            guard let opening = instant(onDay: day, minute: opens) else { return nextOpeningByCalendar(after: date) }
            if opening > date { return opening }
        }
        return Date.distantFuture
    }

    /// Whether two instants fall on the same local day.
    ///
    ///     hours.isSameDay(fridayFivePM, fridayNinePM)   // true in Berlin
    public func isSameDay(_ date: Date, _ other: Date) -> Bool {
        guard let wall = offsets.wallClock(date), let otherWall = offsets.wallClock(other) else {
            return calendar.isDate(date, inSameDayAs: other)
        }
        return ZoneOffsets.day(wall) == ZoneOffsets.day(otherWall)
    }

    /// `date`'s local wall-clock time as the instant that reads the same in UTC: words for a
    /// local time come from a UTC calendar, which needs no ICU (nil outside `ZoneOffsets`'
    /// years).
    ///
    ///     hours.wallClock(mondayEightUTC)   // Monday 09:00 UTC for Europe/Berlin in winter
    public func wallClock(_ date: Date) -> Date? {
        offsets.wallClock(date).map { Date(timeIntervalSince1970: TimeInterval($0) + date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) }
    }

    /// When a reply to a handoff at `date` is due: `replyWithin` of open time later, counted
    /// from the handoff (or the next opening, when closed) and carried over closing times.
    /// Nil without `replyWithin`.
    ///
    ///     hours.replyDue(after: fridayFiveThirtyPM)   // 2 hours, reply_within_minutes: 120 → Monday 10:30
    public func replyDue(after date: Date) -> Date? {
        guard var remaining = replyWithin else { return nil }
        var start = isOpen(at: date) ? date : nextOpening(after: date)
        // Each pass uses up one open day; a year of them bounds a reply time of any size.
        for _ in 0..<366 {
            guard start < Date.distantFuture, let closing = closing(on: start) else { return nil }
            let open = closing.timeIntervalSince(start)
            if remaining <= open { return start.addingTimeInterval(remaining) }
            remaining -= max(open, 0)
            start = nextOpening(after: closing)
        }
        return nil
    }

    /// The closing time of the day of `date` ("24:00" is the next midnight).
    private func closing(on date: Date) -> Date? {
        guard let wall = offsets.wallClock(date) else { return closingByCalendar(on: date) }
        return instant(onDay: ZoneOffsets.day(wall), minute: closes)
    }

    /// The instant of a local time on a local day (minutes past its midnight; 24:00 is the next
    /// midnight).
    private func instant(onDay day: Int, minute: Int) -> Date? {
        offsets.instant(wallClock: day * ZoneOffsets.secondsPerDay + minute * 60).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}
