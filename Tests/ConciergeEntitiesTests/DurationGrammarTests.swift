import Testing

@testable import ConciergeEntities

@Suite struct DurationGrammarTests {
    static let durations: [Expect] = [
        Expect("two weeks", .duration, 1_209_600, "two weeks"),
        Expect("for two weeks", .duration, 1_209_600, "two weeks"),
        Expect("3 days", .duration, 259_200, "3 days"),
        Expect("an hour", .duration, 3600, "an hour"),
        Expect("90 minutes", .duration, 5400, "90 minutes"),
        Expect("1.5 hours", .duration, 5400, "1.5 hours"),
        Expect("a couple of months", .duration, 5_184_000, "a couple of months"),
        Expect("half an hour", .duration, 1800, "half an hour"),
        Expect("an hour and a half", .duration, 5400, "an hour and a half"),
        Expect("2h", .duration, 7200, "2h"),
        Expect("a 90-day trial", .duration, 7_776_000, "90-day"),
        Expect("a year", .duration, 31_536_000, "a year"),
        Expect("2 years", .duration, 63_072_000, "2 years"),
        Expect("six months", .duration, 15_552_000, "six months"),
        Expect("wait a second", .duration, 1, "a second"),
        Expect("10 seconds", .duration, 10, "10 seconds"),
        Expect("30 mins", .duration, 1800, "30 mins"),
        Expect("5 min", .duration, 300, "5 min"),
        Expect("3 hrs", .duration, 10800, "3 hrs"),
        Expect("a week", .duration, 604_800, "a week"),
        Expect("a day", .duration, 86400, "a day"),
        Expect("one month", .duration, 2_592_000, "one month"),
        Expect("12 months", .duration, 31_104_000, "12 months"),
        Expect("twenty-four hours", .duration, 86400, "twenty-four hours"),
        Expect("3days", .duration, 259_200, "3days"),
        Expect("a minute", .duration, 60, "a minute"),
        Expect("2 wks", .duration, 1_209_600, "2 wks"),
        Expect("5 yrs", .duration, 157_680_000, "5 yrs"),
    ]

    static let misses: [Miss] = [
        Miss("weeks ago", .duration),
        Miss("the hour is late", .duration),
        Miss("daily standup", .duration),
        Miss("h", .duration),
    ]

    @Test(arguments: durations) func duration(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}
