import Foundation
import Testing

@testable import ConciergeEntities

/// Times with a zone, converted to the extractor's zone (UTC in the shared extractor).
@Suite struct TimeZoneTests {
    static let times: [Expect] = [
        Expect("4pm CET", .time, "15:00", "4pm CET"),
        Expect("call at 4pm CET please", .time, "15:00", "4pm CET"),
        Expect("4pm CEST", .time, "14:00", "4pm CEST"),
        Expect("3pm PST", .time, "23:00", "3pm PST"),
        Expect("3pm PDT", .time, "22:00", "3pm PDT"),
        Expect("9am EST", .time, "14:00", "9am EST"),
        Expect("9am EDT", .time, "13:00", "9am EDT"),
        Expect("9am CST", .time, "15:00", "9am CST"),
        Expect("9am MST", .time, "16:00", "9am MST"),
        Expect("noon GMT", .time, "12:00", "noon GMT"),
        Expect("noon UTC", .time, "12:00", "noon UTC"),
        Expect("10am BST", .time, "09:00", "10am BST"),
        Expect("6pm IST", .time, "12:30", "6pm IST"),
        Expect("9am JST", .time, "00:00", "9am JST"),
        Expect("10am AEST", .time, "00:00", "10am AEST"),
        Expect("10am UTC+2", .time, "08:00", "10am UTC+2"),
        Expect("10am UTC +2", .time, "08:00", "10am UTC +2"),
        Expect("9am GMT-5", .time, "14:00", "9am GMT-5"),
        Expect("10am UTC+05:30", .time, "04:30", "10am UTC+05:30"),
        Expect("10am GMT+0100", .time, "09:00", "10am GMT+0100"),
        Expect("3pm London time", .time, "15:00", "3pm London time"),
        Expect("noon New York time", .time, "17:00", "noon New York time"),
        Expect("2pm Paris time", .time, "13:00", "2pm Paris time"),
        Expect("5pm Pacific time", .time, "01:00", "5pm Pacific time"),
        Expect("4pm Eastern", .time, "21:00", "4pm Eastern"),
        Expect("4pm eastern time", .time, "21:00", "4pm eastern time"),
        Expect("9am Tokyo time", .time, "00:00", "9am Tokyo time"),
        Expect("3pm (CET)", .time, "14:00", "3pm (CET)"),
        Expect("15:00 CET", .time, "14:00", "15:00 CET"),
        Expect("3pm ET", .time, "20:00", "3pm ET"),
        Expect("9am PT", .time, "17:00", "9am PT"),
        Expect("8am Central", .time, "14:00", "8am Central"),
        Expect("11am mountain time", .time, "18:00", "11am mountain time"),
        Expect("3pm Pacific Standard Time", .time, "23:00", "3pm Pacific Standard Time"),
        Expect("3pm Eastern Daylight Time", .time, "19:00", "3pm Eastern Daylight Time"),
        Expect("1pm Sydney time", .time, "02:00", "1pm Sydney time"),
        Expect("1pm India time", .time, "07:30", "1pm India time"),
        Expect("9:30 am san francisco time", .time, "17:30", "9:30 am san francisco time"),
        Expect("3-4pm CET", .time, ["from": "14:00", "to": "15:00"], "3-4pm CET"),
        Expect("half past 3pm CET", .time, "14:30", "half past 3pm CET"),
        Expect("15h00 CET", .time, "14:00", "15h00 CET"),
        Expect("at 9 UTC", .time, "09:00", "9 UTC"),
    ]

    static let dateTimes: [Expect] = [
        Expect("tomorrow at 3pm CET", .date, "2026-11-23T14:00", "tomorrow at 3pm CET"),
        Expect("Friday at 9am PST", .date, "2026-11-27T17:00", "Friday at 9am PST"),
        Expect("tomorrow 11pm PST", .date, "2026-11-24T07:00", "tomorrow 11pm PST"),
        Expect("3pm CET on Monday", .date, "2026-11-23T14:00", "3pm CET on Monday"),
        Expect("3pm Monday CET", .date, "2026-11-23T14:00", "3pm Monday CET"),
        Expect("July 1 at 3pm New York time", .date, "2027-07-01T19:00", "July 1 at 3pm New York time"),
        Expect("July 1 at 3pm London time", .date, "2027-07-01T14:00", "July 1 at 3pm London time"),
        Expect("July 1 at 9am Pacific time", .date, "2027-07-01T16:00", "July 1 at 9am Pacific time"),
        Expect("March 20 at 9am London time", .date, "2027-03-20T09:00", "March 20 at 9am London time"),
        Expect("March 29 at 9am London time", .date, "2027-03-29T08:00", "March 29 at 9am London time"),
        Expect("tomorrow at 1am CET", .date, "2026-11-23T00:00", "tomorrow at 1am CET"),
        Expect("today at 2am EST", .date, "2026-11-22T07:00", "today at 2am EST"),
        Expect("next Monday at 10 a.m. ET", .date, "2026-11-23T15:00", "next Monday at 10 a.m. ET"),
    ]

    static let misses: [Miss] = [
        Miss("est. 1999", .time),
        Miss("CET", .time),
        Miss("utc", .time),
        Miss("London time is fine", .time),
        Miss("pacific ocean", .time),
        Miss("eastern europe", .time),
        Miss("the IST team", .time),
    ]

    @Test(arguments: times) func zonedTime(_ row: Expect) { check(row) }
    @Test(arguments: dateTimes) func zonedDateTime(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }

    /// The same zoned times seen from an extractor that is not in UTC.
    @Test func convertsToTheExtractorZone() throws {
        let plusOne = BuiltinEntityExtractor(now: sundayNow, timeZone: try #require(TimeZone(secondsFromGMT: 3600)))
        #expect(plusOne.extract(from: "4pm CET").first?.value == "16:00")
        #expect(plusOne.extract(from: "3pm PST").first?.value == "00:00")
        #expect(plusOne.extract(from: "noon UTC").first?.value == "13:00")
        let minusFive = BuiltinEntityExtractor(now: sundayNow, timeZone: try #require(TimeZone(secondsFromGMT: -5 * 3600)))
        #expect(minusFive.extract(from: "4pm CET").first?.value == "10:00")
        #expect(minusFive.extract(from: "tomorrow at 3pm CET").first?.value == "2026-11-23T09:00")
        #expect(minusFive.extract(from: "tomorrow at 3am CET").first?.value == "2026-11-22T21:00")
    }
}
