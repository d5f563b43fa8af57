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
public struct BusinessHours: Hashable, Sendable {
    /// An IANA time zone identifier.
    public var timeZone: String
    /// Open weekdays, 1 = Sunday … 7 = Saturday (Gregorian `weekday`).
    public var weekdays: Set<Int>
    /// Minutes after midnight, local time: opening inclusive, closing exclusive.
    public var opens: Int
    public var closes: Int

    public init(timeZone: String, weekdays: Set<Int>, opens: Int, closes: Int) {
        self.timeZone = timeZone
        self.weekdays = weekdays
        self.opens = opens
        self.closes = closes
    }
}
