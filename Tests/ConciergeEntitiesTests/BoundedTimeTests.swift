import ConciergeJSON
import Testing

@testable import ConciergeEntities

/// Times bounded on one side after a day, bare-hour spans after a day, and the working-hours
/// reading of an hour without am/pm. now = Sunday 2026-11-22 10:00 UTC.
@Suite struct BoundedTimeTests {
    static let bounded: [Expect] = [
        Expect("thursday any time after 1", .date, span("2026-11-26T13:00", "2026-11-27T00:00"), "thursday any time after 1"),
        Expect("thursday after 1pm", .date, span("2026-11-26T13:00", "2026-11-27T00:00"), "thursday after 1pm"),
        Expect("thursday, anytime after 14:30", .date, span("2026-11-26T14:30", "2026-11-27T00:00"), "thursday, anytime after 14:30"),
        Expect("monday before 11", .date, span("2026-11-23T08:00", "2026-11-23T11:00"), "monday before 11"),
        Expect("tomorrow evening after 7", .date, span("2026-11-23T19:00", "2026-11-24T00:00"), "tomorrow evening after 7"),
        Expect("friday afternoon before 4", .date, span("2026-11-27T12:00", "2026-11-27T16:00"), "friday afternoon before 4"),
        Expect("monday between 2 and 4", .date, span("2026-11-23T14:00", "2026-11-23T16:00"), "monday between 2 and 4"),
        Expect("monday between 11 and 1", .date, span("2026-11-23T11:00", "2026-11-23T13:00"), "monday between 11 and 1"),
        // The day and the time said apart: the bound word before the time still counts.
        Expect("thursday works, any time after 2pm", .date, span("2026-11-26T14:00", "2026-11-27T00:00"), "thursday works, any time after 2pm"),
    ]

    /// Without am/pm an hour from 1 to 6 is in the afternoon; 7 to 12, a colon after a leading
    /// zero, a part of the day and am/pm keep theirs.
    static let workingHours: [Expect] = [
        Expect("friday at 3", .date, "2026-11-27T15:00", "friday at 3"),
        Expect("friday 3:30", .date, "2026-11-27T15:30", "friday 3:30"),
        Expect("monday at 9", .date, "2026-11-23T09:00", "monday at 9"),
        Expect("monday at 03:30", .date, "2026-11-23T03:30", "monday at 03:30"),
        Expect("monday at 3am", .date, "2026-11-23T03:00", "monday at 3am"),
        Expect("tomorrow morning at 6", .date, "2026-11-23T06:00", "tomorrow morning at 6"),
        Expect("wed 11:00-1:00", .date, span("2026-11-25T11:00", "2026-11-25T13:00"), "wed 11:00-1:00"),
    ]

    /// Alone, or before a unit, the number after "after" or "between" counts something.
    static let misses: [Miss] = [
        Miss("between 2 and 4 people", .date),
        Miss("after 2", .date),
        Miss("thursday after 2 weeks", .time),
    ]

    @Test(arguments: bounded) func boundedTime(_ row: Expect) { check(row) }
    @Test(arguments: workingHours) func workingHour(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }

    @Test func durationAfterADayStaysADuration() {
        let found = extractor.extract(from: "thursday after 2 weeks").map(\.entity)
        #expect(found == ["date", "duration"])
    }
}
