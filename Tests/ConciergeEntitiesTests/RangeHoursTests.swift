import ConciergeJSON
import Testing

@testable import ConciergeEntities

/// Days with the hours said for each of them; now = Sunday 2026-11-22 10:00 UTC, so next
/// week is November 23 to 29.
@Suite struct RangeHoursTests {
    static func week(_ from: String, _ to: String) -> JSONValue {
        .object(["from": "2026-11-23", "to": "2026-11-29", "hours": .object(["from": .string(from), "to": .string(to)])])
    }

    static let joined: [Expect] = [
        Expect("any day next week after 3pm", .date, week("15:00", "24:00"), "next week after 3pm"),
        Expect("after 3pm next week", .date, week("15:00", "24:00"), "after 3pm next week"),
        Expect("next week before 11am", .date, week("08:00", "11:00"), "next week before 11am"),
        Expect("next week at 3pm", .date, week("15:00", "15:00"), "next week at 3pm"),
        Expect("next week, 2pm", .date, week("14:00", "14:00"), "next week, 2pm"),
        Expect("next week between 2 and 4pm", .date, week("14:00", "16:00"), "next week between 2 and 4pm"),
        // A part of the day a few words away, singular or plural.
        Expect("any morning next week", .date, week("08:00", "12:00"), "next week"),
        Expect("next week, afternoons", .date, week("12:00", "19:00"), "next week"),
        Expect("mornings next week", .date, week("08:00", "12:00"), "next week"),
    ]

    @Test(arguments: joined) func daysAndTheirHours(_ row: Expect) { check(row) }

    /// A day alone, hours in another sentence, or no hours: the days as they are.
    @Test(arguments: [
        ("next week. 2pm is my lunch", false), ("next week. mornings are busy", false), ("next week", false),
        ("tomorrow afternoon", false),
    ])
    func leftAsTheyAre(_ text: String, joined: Bool) {
        let hasHours = extractor.extract(from: text).contains { $0.value["hours"] != nil }
        #expect(hasHours == joined, "\(text): \(extractor.extract(from: text))")
    }
}
