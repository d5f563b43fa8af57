import ConciergeBot
import Foundation
import Testing

/// `BusinessHours.isOpen(at:)` and `nextOpening(after:)`: wall-clock hours in their own
/// time zone, across weekends and daylight-saving changes.
@Suite struct BusinessHoursTests {
    /// Mon–Fri 09:00–18:00 in Berlin (CET = UTC+1 in winter, CEST = UTC+2 in summer).
    static let berlin = BusinessHours(timeZone: "Europe/Berlin", weekdays: [2, 3, 4, 5, 6], opens: 540, closes: 1080)
    /// Sundays 02:30–04:00 in Berlin: an opening time the spring change skips and the autumn change repeats.
    static let berlinNight = BusinessHours(timeZone: "Europe/Berlin", weekdays: [1], opens: 150, closes: 240)
    /// Weekends 10:00–16:00 in New York (EST = UTC−5).
    static let newYorkWeekends = BusinessHours(timeZone: "America/New_York", weekdays: [1, 7], opens: 600, closes: 960)
    /// Mondays 20:00 to midnight in Kolkata (UTC+5:30).
    static let kolkataEvening = BusinessHours(timeZone: "Asia/Kolkata", weekdays: [2], opens: 1200, closes: 1440)

    struct OpenCase: CustomTestStringConvertible, Sendable {
        var name: String
        var hours: BusinessHours
        var at: String
        var open: Bool
        var testDescription: String { name }
    }

    static let openCases: [OpenCase] = [
        OpenCase(name: "Monday at opening (inclusive)", hours: berlin, at: "2026-12-07T08:00:00Z", open: true),
        OpenCase(name: "Monday a second before opening", hours: berlin, at: "2026-12-07T07:59:59Z", open: false),
        OpenCase(name: "Monday 17:59", hours: berlin, at: "2026-12-07T16:59:00Z", open: true),
        OpenCase(name: "Monday at closing (exclusive)", hours: berlin, at: "2026-12-07T17:00:00Z", open: false),
        OpenCase(name: "Monday 00:30 local, Sunday in UTC", hours: berlin, at: "2026-12-06T23:30:00Z", open: false),
        OpenCase(name: "Saturday noon", hours: berlin, at: "2026-12-05T12:00:00Z", open: false),
        OpenCase(name: "summer Monday 09:00 CEST", hours: berlin, at: "2026-07-06T07:00:00Z", open: true),
        OpenCase(name: "summer Monday 08:30 CEST", hours: berlin, at: "2026-07-06T06:30:00Z", open: false),
        OpenCase(name: "spring-change Sunday 03:15 CEST", hours: berlinNight, at: "2026-03-29T01:15:00Z", open: true),
        OpenCase(name: "autumn-change Sunday, second 02:45", hours: berlinNight, at: "2026-10-25T01:45:00Z", open: true),
        OpenCase(name: "New York Saturday 10:00 EST", hours: newYorkWeekends, at: "2026-12-12T15:00:00Z", open: true),
        OpenCase(name: "New York Saturday 09:59 EST", hours: newYorkWeekends, at: "2026-12-12T14:59:00Z", open: false),
        OpenCase(name: "Kolkata Monday 23:59 (closes at 24:00)", hours: kolkataEvening, at: "2026-12-07T18:29:00Z", open: true),
        OpenCase(name: "Kolkata Tuesday 00:00", hours: kolkataEvening, at: "2026-12-07T18:30:00Z", open: false),
    ]

    @Test(arguments: openCases)
    func isOpen(_ row: OpenCase) throws {
        #expect(row.hours.isOpen(at: try Self.date(row.at)) == row.open)
    }

    struct NextCase: CustomTestStringConvertible, Sendable {
        var name: String
        var hours: BusinessHours
        var after: String
        var opening: String
        var testDescription: String { name }
    }

    static let nextCases: [NextCase] = [
        NextCase(name: "Saturday → Monday 09:00 CET", hours: berlin, after: "2026-12-05T12:00:00Z", opening: "2026-12-07T08:00:00Z"),
        NextCase(name: "Friday at closing → Monday", hours: berlin, after: "2026-12-11T17:00:00Z", opening: "2026-12-14T08:00:00Z"),
        NextCase(name: "Monday early → the same morning", hours: berlin, after: "2026-12-07T07:00:00Z", opening: "2026-12-07T08:00:00Z"),
        NextCase(name: "at opening → the next day (strictly after)", hours: berlin, after: "2026-12-07T08:00:00Z",
                 opening: "2026-12-08T08:00:00Z"),
        NextCase(name: "while open → the next day", hours: berlin, after: "2026-12-09T12:00:00Z", opening: "2026-12-10T08:00:00Z"),
        NextCase(name: "over the spring change → 09:00 CEST", hours: berlin, after: "2026-03-27T18:00:00Z",
                 opening: "2026-03-30T07:00:00Z"),
        NextCase(name: "over the autumn change → 09:00 CET", hours: berlin, after: "2026-10-23T17:00:00Z",
                 opening: "2026-10-26T08:00:00Z"),
        NextCase(name: "skipped 02:30 opens when the gap ends (03:00 CEST)", hours: berlinNight, after: "2026-03-28T12:00:00Z",
                 opening: "2026-03-29T01:00:00Z"),
        NextCase(name: "repeated 02:30 opens at the first (CEST)", hours: berlinNight, after: "2026-10-24T12:00:00Z",
                 opening: "2026-10-25T00:30:00Z"),
        NextCase(name: "New York weekdays → Saturday 10:00 EST", hours: newYorkWeekends, after: "2026-12-07T12:00:00Z",
                 opening: "2026-12-12T15:00:00Z"),
        NextCase(name: "Kolkata half-hour offset", hours: kolkataEvening, after: "2026-12-07T00:00:00Z",
                 opening: "2026-12-07T14:30:00Z"),
        NextCase(name: "Kolkata, a week ahead", hours: kolkataEvening, after: "2026-12-07T14:30:00Z",
                 opening: "2026-12-14T14:30:00Z"),
    ]

    struct DueCase: CustomTestStringConvertible, Sendable {
        var name: String
        var hours: BusinessHours
        var handoff: String
        var due: String?
        var testDescription: String { name }
    }

    /// Two hours of open time to reply, carried over closing times and weekends.
    static let dueCases: [DueCase] = {
        var berlin = Self.berlin
        berlin.replyWithin = 7200
        var kolkata = Self.kolkataEvening
        kolkata.replyWithin = 7200
        return [
            DueCase(name: "Monday 11:00 → 13:00", hours: berlin, handoff: "2026-12-07T10:00:00Z", due: "2026-12-07T12:00:00Z"),
            DueCase(name: "Friday 17:30 → Monday 10:30", hours: berlin, handoff: "2026-12-11T16:30:00Z",
                    due: "2026-12-14T09:30:00Z"),
            DueCase(name: "Saturday → Monday 11:00", hours: berlin, handoff: "2026-12-05T12:00:00Z", due: "2026-12-07T10:00:00Z"),
            DueCase(name: "Kolkata 23:00 (closes at 24:00) → next Monday 21:00", hours: kolkata,
                    handoff: "2026-12-07T17:30:00Z", due: "2026-12-14T15:30:00Z"),
            DueCase(name: "no promise, no due time", hours: Self.berlin, handoff: "2026-12-07T10:00:00Z", due: nil),
        ]
    }()

    @Test(arguments: dueCases)
    func replyDue(_ row: DueCase) throws {
        let due = row.hours.replyDue(after: try Self.date(row.handoff))
        #expect(due == (try row.due.map(Self.date)))
    }

    @Test(arguments: nextCases)
    func nextOpening(_ row: NextCase) throws {
        let after = try Self.date(row.after)
        let opening = row.hours.nextOpening(after: after)
        #expect(opening == (try Self.date(row.opening)))
        #expect(row.hours.isOpen(at: opening))
    }

    @Test func noOpenDayNeverOpens() throws {
        let closed = BusinessHours(timeZone: "Europe/Berlin", weekdays: [], opens: 540, closes: 1080)
        let now = try Self.date("2026-12-07T10:00:00Z")
        #expect(!closed.isOpen(at: now))
        #expect(closed.nextOpening(after: now) == .distantFuture)
    }

    static func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "not an ISO 8601 date: \(text)")
    }
}
