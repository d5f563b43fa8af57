import Foundation
import Testing

@testable import ConciergeEntities

/// Holidays: the next occurrence from now (Sunday 2026-11-22, today included), with years,
/// "next"/"last"/"this", prepositions and times.
@Suite struct HolidayTests {
    static let names: [Expect] = [
        Expect("christmas", .date, "2026-12-25", "christmas"),
        Expect("Christmas Day", .date, "2026-12-25", "Christmas Day"),
        Expect("xmas", .date, "2026-12-25", "xmas"),
        Expect("X-mas", .date, "2026-12-25", "X-mas"),
        Expect("christmas eve", .date, "2026-12-24", "christmas eve"),
        Expect("xmas eve", .date, "2026-12-24", "xmas eve"),
        Expect("boxing day", .date, "2026-12-26", "boxing day"),
        Expect("new year's eve", .date, "2026-12-31", "new year's eve"),
        Expect("New Years Eve", .date, "2026-12-31", "New Years Eve"),
        Expect("new year’s eve", .date, "2026-12-31", "new year’s eve"),
        Expect("NYE", .date, "2026-12-31", "NYE"),
        Expect("new year's day", .date, "2027-01-01", "new year's day"),
        Expect("new years day", .date, "2027-01-01", "new years day"),
        Expect("after new year's", .date, "2027-01-01", "after new year's"),
        Expect("valentine's day", .date, "2027-02-14", "valentine's day"),
        Expect("Valentines Day", .date, "2027-02-14", "Valentines Day"),
        Expect("st patrick's day", .date, "2027-03-17", "st patrick's day"),
        Expect("St. Patrick's Day", .date, "2027-03-17", "St. Patrick's Day"),
        Expect("saint patricks day", .date, "2027-03-17", "saint patricks day"),
        Expect("april fools day", .date, "2027-04-01", "april fools day"),
        Expect("easter", .date, "2027-03-28", "easter"),
        Expect("Easter Sunday", .date, "2027-03-28", "Easter Sunday"),
        Expect("good friday", .date, "2027-03-26", "good friday"),
        Expect("easter monday", .date, "2027-03-29", "easter monday"),
        Expect("holy saturday", .date, "2027-03-27", "holy saturday"),
        Expect("maundy thursday", .date, "2027-03-25", "maundy thursday"),
        Expect("palm sunday", .date, "2027-03-21", "palm sunday"),
        Expect("ash wednesday", .date, "2027-02-10", "ash wednesday"),
        Expect("mardi gras", .date, "2027-02-09", "mardi gras"),
        Expect("shrove tuesday", .date, "2027-02-09", "shrove tuesday"),
        Expect("pentecost", .date, "2027-05-16", "pentecost"),
        Expect("whit monday", .date, "2027-05-17", "whit monday"),
        Expect("ascension day", .date, "2027-05-06", "ascension day"),
        Expect("mother's day", .date, "2027-05-09", "mother's day"),
        Expect("Mothers Day", .date, "2027-05-09", "Mothers Day"),
        Expect("father's day", .date, "2027-06-20", "father's day"),
        Expect("memorial day", .date, "2027-05-31", "memorial day"),
        Expect("labor day", .date, "2027-09-06", "labor day"),
        Expect("labour day", .date, "2027-09-06", "labour day"),
        Expect("thanksgiving", .date, "2026-11-26", "thanksgiving"),
        Expect("Thanksgiving Day", .date, "2026-11-26", "Thanksgiving Day"),
        Expect("black friday", .date, "2026-11-27", "black friday"),
        Expect("Black Friday", .date, "2026-11-27", "Black Friday"),
        Expect("small business saturday", .date, "2026-11-28", "small business saturday"),
        Expect("cyber monday", .date, "2026-11-30", "cyber monday"),
        Expect("giving tuesday", .date, "2026-12-01", "giving tuesday"),
        Expect("halloween", .date, "2027-10-31", "halloween"),
        Expect("boss's day", .date, "2027-10-16", "boss's day"),
        Expect("bosses day", .date, "2027-10-16", "bosses day"),
        Expect("independence day", .date, "2027-07-04", "independence day"),
        Expect("4th of july", .date, "2027-07-04", "4th of july"),
        Expect("fourth of july", .date, "2027-07-04", "fourth of july"),
        Expect("July 4th", .date, "2027-07-04", "July 4th"),
        Expect("MLK day", .date, "2027-01-18", "MLK day"),
        Expect("martin luther king day", .date, "2027-01-18", "martin luther king day"),
        Expect("Martin Luther King Jr. Day", .date, "2027-01-18", "Martin Luther King Jr. Day"),
        Expect("presidents' day", .date, "2027-02-15", "presidents' day"),
        Expect("president's day", .date, "2027-02-15", "president's day"),
        Expect("presidents day", .date, "2027-02-15", "presidents day"),
        Expect("columbus day", .date, "2027-10-11", "columbus day"),
        Expect("veterans day", .date, "2027-11-11", "veterans day"),
        Expect("veteran's day", .date, "2027-11-11", "veteran's day"),
        Expect("juneteenth", .date, "2027-06-19", "juneteenth"),
        Expect("cinco de mayo", .date, "2027-05-05", "cinco de mayo"),
        Expect("earth day", .date, "2027-04-22", "earth day"),
        Expect("groundhog day", .date, "2027-02-02", "groundhog day"),
        Expect("election day", .date, "2027-11-02", "election day"),
        Expect("all saints day", .date, "2027-11-01", "all saints day"),
        Expect("epiphany", .date, "2027-01-06", "epiphany"),
    ]

    static let withYearsAndModifiers: [Expect] = [
        Expect("black friday 2027", .date, "2027-11-26", "black friday 2027"),
        Expect("black friday 2025", .date, "2025-11-28", "black friday 2025"),
        Expect("christmas 2027", .date, "2027-12-25", "christmas 2027"),
        Expect("christmas of 2027", .date, "2027-12-25", "christmas of 2027"),
        Expect("christmas, 2030", .date, "2030-12-25", "christmas, 2030"),
        Expect("easter 2028", .date, "2028-04-16", "easter 2028"),
        Expect("easter 2025", .date, "2025-04-20", "easter 2025"),
        Expect("easter 2024", .date, "2024-03-31", "easter 2024"),
        Expect("easter 2019", .date, "2019-04-21", "easter 2019"),
        Expect("easter 2000", .date, "2000-04-23", "easter 2000"),
        Expect("easter 2038", .date, "2038-04-25", "easter 2038"),
        Expect("good friday 2027", .date, "2027-03-26", "good friday 2027"),
        Expect("thanksgiving 2028", .date, "2028-11-23", "thanksgiving 2028"),
        Expect("thanksgiving 2024", .date, "2024-11-28", "thanksgiving 2024"),
        Expect("cyber monday 2027", .date, "2027-11-29", "cyber monday 2027"),
        Expect("memorial day 2026", .date, "2026-05-25", "memorial day 2026"),
        Expect("labor day 2026", .date, "2026-09-07", "labor day 2026"),
        Expect("mother's day 2026", .date, "2026-05-10", "mother's day 2026"),
        Expect("father's day 2028", .date, "2028-06-18", "father's day 2028"),
        Expect("new year's eve 2027", .date, "2027-12-31", "new year's eve 2027"),
        Expect("MLK day 2028", .date, "2028-01-17", "MLK day 2028"),
        Expect("halloween in 2029", .date, "2029-10-31", "halloween in 2029"),
        Expect("next christmas", .date, "2026-12-25", "next christmas"),
        Expect("last christmas", .date, "2025-12-25", "last christmas"),
        Expect("last easter", .date, "2026-04-05", "last easter"),
        Expect("this easter", .date, "2026-04-05", "this easter"),
        Expect("next thanksgiving", .date, "2026-11-26", "next thanksgiving"),
        Expect("last thanksgiving", .date, "2025-11-27", "last thanksgiving"),
        Expect("next halloween", .date, "2027-10-31", "next halloween"),
        Expect("last halloween", .date, "2026-10-31", "last halloween"),
        Expect("this black friday", .date, "2026-11-27", "this black friday"),
        Expect("thanksgiving next year", .date, "2027-11-25", "thanksgiving next year"),
        Expect("christmas last year", .date, "2025-12-25", "christmas last year"),
        Expect("halloween this year", .date, "2026-10-31", "halloween this year"),
        Expect("by black friday", .date, range("2026-11-22", "2026-11-27"), "by black friday"),
        Expect("before christmas", .date, range("2026-11-22", "2026-12-25"), "before christmas"),
        Expect("on thanksgiving", .date, "2026-11-26", "on thanksgiving"),
        Expect("ready for Black Friday?", .date, "2026-11-27", "Black Friday"),
        Expect("christmas eve at 8pm", .date, "2026-12-24T20:00", "christmas eve at 8pm"),
        Expect("new year's eve at midnight", .date, "2026-12-31T00:00", "new year's eve at midnight"),
        Expect("2 days after christmas", .date, "2026-12-27", "2 days after christmas"),
        Expect("a week before christmas", .date, "2026-12-18", "a week before christmas"),
        Expect("3 days before thanksgiving", .date, "2026-11-23", "3 days before thanksgiving"),
        Expect("from christmas to new year's day", .date, range("2026-12-25", "2027-01-01"), "from christmas to new year's day"),
        Expect("have a good friday", .date, "2026-11-27", "friday"),
    ]

    static let misses: [Miss] = [
        Miss("labor costs", .date),
        Miss("my mother", .date),
        Miss("black coffee", .date),
        Miss("cyber security", .date),
        Miss("the boss said", .date),
        Miss("good job", .date),
        Miss("a memorial", .date),
        Miss("presidents", .date),
        Miss("columbus ohio", .date),
        Miss("new year resolutions", .date),
        Miss("all saints", .date),
        Miss("veterans", .date),
        Miss("earth", .date),
        Miss("independence", .date),
        Miss("the father", .date),
        Miss("a good day", .date),
        Miss("new", .date),
    ]

    @Test(arguments: names) func holidayName(_ row: Expect) { check(row) }
    @Test(arguments: withYearsAndModifiers) func withYearOrModifier(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }

    /// On the holiday itself, the bare name is today and "next" is a year later.
    @Test func todayCounts() {
        let christmasMorning = BuiltinEntityExtractor(now: Date(timeIntervalSince1970: 1_798_192_800))  // 2026-12-25 10:00 UTC
        #expect(christmasMorning.extract(from: "christmas").first?.value == "2026-12-25")
        #expect(christmasMorning.extract(from: "next christmas").first?.value == "2027-12-25")
        #expect(christmasMorning.extract(from: "last christmas").first?.value == "2025-12-25")
        #expect(christmasMorning.extract(from: "new year's eve").first?.value == "2026-12-31")
        #expect(christmasMorning.extract(from: "black friday").first?.value == "2027-11-26")
    }

    @Test(arguments: [(2008, 3, 23), (2011, 4, 24), (2016, 3, 27), (2030, 4, 21), (2035, 3, 25), (2049, 4, 18)])
    func computus(_ year: Int, _ month: Int, _ day: Int) {
        #expect(Holidays.easterSunday(year) == CalendarMath.day(year, month, day))
    }
}
