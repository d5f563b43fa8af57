import Foundation
import Testing
@testable import ConciergeDialog

/// English date words without ICU write what ICU's `DateFormatter` writes for "en", so a bot
/// speaking English says the same words as before.
@Suite struct EnglishDateWordsTests {
    static func icu(_ template: String, _ date: Date, zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en")
        formatter.timeZone = zone
        formatter.setLocalizedDateFormatFromTemplate(template)
        return formatter.string(from: date)
    }

    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    @Test(arguments: ["Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata", "Pacific/Chatham"])
    func weekdayAndTimeAsICU(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        // Every 37 minutes over 9 days around a daylight-saving change.
        var date = Date(timeIntervalSince1970: 1_774_000_000)
        for _ in 0..<350 {
            #expect(EnglishDateWords.weekdayAndTime(date, calendar: Self.calendar(zone)) == Self.icu("EEEE HH:mm", date, zone: zone))
            date += 37 * 60
        }
    }

    /// The arithmetic in UTC says what the UTC calendar says: before and after 1970, at odd
    /// seconds and fractions, and beyond the range it computes itself.
    @Test func weekdayAndTimeInUTCAsTheCalendar() {
        var seconds = -3_000_000_000.25
        while seconds < 5_000_000_000 {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(EnglishDateWords.weekdayAndTimeInUTC(date) == EnglishDateWords.weekdayAndTime(date, calendar: EnglishDateWords.utc))
            seconds += 7_654_321.5
        }
        for seconds in [-86_400.5, -0.5, 0, 59.9, 86_399.99, 1_795_341_600, -2e10, 2e11] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(EnglishDateWords.weekdayAndTimeInUTC(date) == EnglishDateWords.weekdayAndTime(date, calendar: EnglishDateWords.utc))
        }
    }

    @Test func daysMonthsAndTimesAsICU() throws {
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        let calendar = Self.calendar(utc)
        // Every day of two years, at a time that walks through the hours and minutes.
        var date = Date(timeIntervalSince1970: 1_767_225_600)
        for day in 0..<731 {
            let at = date + Double(day % 24) * 3600 + Double(day % 60) * 60
            #expect(EnglishDateWords.dayAndMonth(date, calendar: calendar) == Self.icu("d MMMM", date, zone: utc))
            #expect(EnglishDateWords.dayMonthAndTime(at, calendar: calendar) == Self.icu("d MMMM HH:mm", at, zone: utc))
            #expect(EnglishDateWords.monthAndYear(date, calendar: calendar) == Self.icu("MMMM yyyy", date, zone: utc))
            date += 86_400
        }
        for year in [999, 1970, 2099, 10_000] {
            let start = try #require(calendar.date(from: DateComponents(year: year, month: 3, day: 1)))
            #expect(EnglishDateWords.monthAndYear(start, calendar: calendar) == Self.icu("MMMM yyyy", start, zone: utc))
        }
    }
}
