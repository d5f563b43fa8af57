import ConciergeEntities
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

/// A time earlier today is over too ("you booked it 1 min ago"); a later one is a plan.
@Test(arguments: [("2026-12-03T14:27", true), ("2026-12-03T14:29", false), ("2026-12-03", false)])
func earlierTimesTodayAreOver(value: String, over: Bool) {
    let entity = EntityMatch(entity: "date", value: .string(value), text: "1 min ago", start: 0, end: 9)
    let spans = PastDates.spans([entity], today: "2026-12-03", now: "2026-12-03T14:28")
    #expect(spans.isEmpty == !over, "\(value)")
}

@Test(arguments: [
    ("is anyone there right now?", "right now", true), ("can we do it now?", "now", true), ("right now works", "right now", false),
    ("all of them since Friday", "since Friday", true), ("thanks and merry christmas", "christmas", true),
    ("can we start after christmas", "christmas", false),
])
func nowInAQuestionIsNoPlan(text: String, said: String, present: Bool) throws {
    let range = try #require(text.range(of: said))
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    let entity = EntityMatch(entity: "date", value: .string("2026-12-03"), text: said, start: start,
                             end: start + said.unicodeScalars.count)
    #expect(!PastDates.spans([entity], today: "2026-12-03", text: text).isEmpty == present, "\(text)")
}

@Test func aDateRuledOutBesideAnotherIsACorrection() {
    #expect(understand("no!! not today. wednesday the 9th at 2pm").isCorrection)
    #expect(!understand("not monday and afternoons only").isCorrection)
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
            let clock = calendar.dateComponents([.hour, .minute], from: date)
            #expect(PastDates.minute(of: date, in: zone).hasSuffix(String(format: "T%02d:%02d", clock.hour ?? 0, clock.minute ?? 0)))
            seconds += 3_987_654.25
        }
    }
}

/// A weekday alone, read as the coming one, is the one just past after words of an event
/// ("the widget was there on friday", blind audit 56); a plan keeps it.
@Test(arguments: [
    ("the widget was there on friday", true), ("it worked on monday", true), ("we were hoping to start on friday", false),
    ("can we do friday", false),
])
func aWeekdayAfterAnEventIsPast(text: String, past: Bool) throws {
    let start = try #require(text.range(of: text.contains("friday") ? (text.contains("on friday") ? "on friday" : "friday") : "on monday"))
    let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start.lowerBound)
    let said = String(text[start])
    let entity = EntityMatch(entity: "date", value: .string("2026-12-11"), text: said, start: offset, end: offset + said.unicodeScalars.count)
    #expect(PastDates.spans([entity], today: "2026-12-08", text: text).isEmpty == !past, "\(text)")
}
