import ConciergeJSON
import Testing

@testable import ConciergeEntities

/// Seasons as the months they span; now = Sunday 2026-11-22, in the autumn.
@Suite struct SeasonTests {
    static func months(_ from: String, _ to: String) -> JSONValue { .object(["from": .string(from), "to": .string(to)]) }

    static let read: [Expect] = [
        Expect("sometime in spring", .date, months("2027-03-01", "2027-05-31"), "in spring"),
        Expect("next spring", .date, months("2027-03-01", "2027-05-31"), "next spring"),
        Expect("early summer", .date, months("2027-06-01", "2027-06-30"), "early summer"),
        // The season under way, and the next one after it.
        Expect("in the fall", .date, months("2026-09-01", "2026-11-30"), "in the fall"),
        Expect("next fall", .date, months("2027-09-01", "2027-11-30"), "next fall"),
        Expect("winter", .date, months("2026-12-01", "2027-02-28"), "winter"),
    ]

    @Test(arguments: read) func seasonsAreRead(_ row: Expect) { check(row) }

    /// A season word without a word of time before it, in a longer message, is no date.
    @Test(arguments: ["we fall behind", "spring cleaning sale", "our summer collection is out"])
    func seasonWordsAloneInASentenceAreNoDates(_ text: String) {
        #expect(!extractor.extract(from: text).contains { $0.entity == "date" }, "\(text)")
    }
}
