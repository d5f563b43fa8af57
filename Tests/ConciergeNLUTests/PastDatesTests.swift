import Foundation
@testable import ConciergeNLU
import Testing

/// A date of the present period is when something happened in a sentence that reports an
/// event or names a billing period, and a plan otherwise.
@Test(arguments: [
    ("hi i think i got charged twice ", true), ("reveal the leads collected ", true),
    ("i want some credit for ", true), ("the bounces were bad. we want to start ", false),
    ("we were hoping to start ", false), ("we want to start ", false), ("", false),
])
func eventsAreReportedBeforeADate(text: String, reports: Bool) {
    #expect(PastDates.reportsEvent(text + "this month", before: text.unicodeScalars.count) == reports, "\(text)")
}

/// Today by arithmetic is the Gregorian calendar's day, in zones east and west, before and after 1970.
@Test func todayIsTheCalendarsDay() throws {
    for identifier in ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata", "Europe/Berlin"] {
        let zone = try #require(TimeZone(identifier: identifier))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var seconds = -2_000_000_000.5
        while seconds < 4_000_000_000 {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            #expect(PastDates.day(of: date, in: zone) == expected, "\(identifier) \(seconds)")
            seconds += 3_987_654.25
        }
    }
}
