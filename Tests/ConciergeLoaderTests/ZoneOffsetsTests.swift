import ConciergeBot
import Foundation
import Testing

/// `BusinessHours` answers from its zone's offset table (`ZoneOffsets`, no ICU on a turn):
/// held to Foundation's `Calendar` in the named zone (`…ByCalendar`) every 97 minutes over two
/// years and across the daylight-saving changes of zones with their changes at 02:00, at
/// midnight (Havana, Santiago), south of the equator and none. Lord Howe's 30-minute change
/// is checked apart: there Foundation's calendar answers a Monday 02:00 for Sunday hours.
@Suite struct ZoneOffsetsTests {
    static let zones = ["Europe/Berlin", "America/New_York", "America/Havana", "America/Santiago",
                        "Asia/Kolkata", "Pacific/Auckland", "UTC"]
    /// Hours that open or close inside the changes' gaps and repeats, and at midnight.
    static let shapes: [(weekdays: Set<Int>, opens: Int, closes: Int)] = [
        ([2, 3, 4, 5, 6], 540, 1080), ([1], 0, 150), ([1, 7], 120, 1440), ([1, 2, 3, 4, 5, 6, 7], 150, 180),
    ]

    @Test(arguments: zones)
    func sameAnswersAsTheCalendar(zone: String) {
        let start = Date(timeIntervalSince1970: 1_767_225_600)   // 2026-01-01
        for shape in Self.shapes {
            let hours = BusinessHours(timeZone: zone, weekdays: shape.weekdays, opens: shape.opens, closes: shape.closes,
                                      replyWithin: 7_200)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: zone) ?? calendar.timeZone
            for step in stride(from: 0, to: 2 * 365 * 24 * 60, by: 97) {
                let date = start.addingTimeInterval(Double(step * 60))
                #expect(hours.isOpen(at: date) == hours.isOpenByCalendar(at: date), "\(zone) \(date)")
                #expect(hours.nextOpening(after: date) == hours.nextOpeningByCalendar(after: date), "\(zone) \(date)")
                let local = hours.wallClock(date).map { utc.dateComponents([.year, .month, .day, .hour, .minute], from: $0) }
                #expect(local == calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date), "\(zone) \(date)")
            }
        }
    }

    /// Lord Howe sets its clocks from 02:00 to 02:30 (2026-10-04): an opening at 02:30 is the
    /// change itself, one at 02:00 the first moment after the gap, the same instant.
    @Test func halfHourChange() {
        let before = Date(timeIntervalSince1970: 1_791_036_000)   // 2026-10-03 14:00 UTC, Sunday 00:30 local
        let change = Date(timeIntervalSince1970: 1_791_041_400)   // 2026-10-03 15:30 UTC
        for opens in [120, 150] {
            let hours = BusinessHours(timeZone: "Australia/Lord_Howe", weekdays: [1], opens: opens, closes: 240)
            #expect(hours.nextOpening(after: before) == change)
        }
    }

    @Test func beyondTheTableTheCalendarAnswers() {
        let hours = BusinessHours(timeZone: "Europe/Berlin", weekdays: [2], opens: 540, closes: 1080)
        let far = Date(timeIntervalSince1970: 7_500_000_000)   // 2207
        #expect(hours.wallClock(far) == nil)
        #expect(hours.nextOpening(after: far) == hours.nextOpeningByCalendar(after: far))
    }

    private var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }
}
