import Testing

@testable import ConciergeEntities

/// A day and a clock time said apart in one sentence are one date; now = Sunday 2026-11-22 10:00 UTC.
@Suite struct DayAndTimeJoiningTests {
    static let joined: [Expect] = [
        Expect("next Tuesday afternoon works, say 2pm", .date, "2026-11-24T14:00", "next Tuesday afternoon works, say 2pm"),
        Expect("friday, ideally around 10am", .date, "2026-11-27T10:00", "friday, ideally around 10am"),
        Expect("Wednesday works for us, 11am", .date, "2026-11-25T11:00", "Wednesday works for us, 11am"),
    ]

    @Test(arguments: joined) func aDayAndItsTime(_ row: Expect) { check(row) }

    /// Apart by a sentence, too far, or a time outside the part of the day: left apart (a span
    /// longer than a day takes its hours: `RangeHoursTests`).
    @Test(arguments: [
        "tuesday works. 2pm is my lunch", "friday morning would be good, or maybe later in the day at 4pm",
        "saturday morning is when our newsletter goes out, at 9pm",
    ])
    func leftApart(_ text: String) {
        let entities = extractor.extract(from: text).map(\.entity)
        #expect(entities.contains("time"), "\(text): \(extractor.extract(from: text))")
    }
}
