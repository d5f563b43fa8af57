import ConciergeJSON
import Testing

@testable import ConciergeEntities

func span(_ from: String, _ to: String) -> JSONValue { ["from": .string(from), "to": .string(to)] }

/// Relative chains, parts of the day, weekday + day of month and spelled days.
/// now = Sunday 2026-11-22 10:00 UTC; this week is Mon 2026-11-16 … Sun 2026-11-22.
@Suite struct RelativeDateTests {
    static let chains: [Expect] = [
        Expect("the day before yesterday", .date, "2026-11-20", "the day before yesterday"),
        Expect("day before yesterday", .date, "2026-11-20", "day before yesterday"),
        Expect("3 days ago", .date, "2026-11-19", "3 days ago"),
        Expect("three days ago", .date, "2026-11-19", "three days ago"),
        Expect("a week ago", .date, "2026-11-15", "a week ago"),
        Expect("two weeks ago", .date, "2026-11-08", "two weeks ago"),
        Expect("a month ago", .date, "2026-10-22", "a month ago"),
        Expect("a year ago", .date, "2025-11-22", "a year ago"),
        Expect("2 hours ago", .date, "2026-11-22T08:00", "2 hours ago"),
        Expect("30 minutes ago", .date, "2026-11-22T09:30", "30 minutes ago"),
        Expect("11 hours ago", .date, "2026-11-21T23:00", "11 hours ago"),
        Expect("two weeks from now", .date, "2026-12-06", "two weeks from now"),
        Expect("3 days from now", .date, "2026-11-25", "3 days from now"),
        Expect("a week from today", .date, "2026-11-29", "a week from today"),
        Expect("a week from tomorrow", .date, "2026-11-30", "a week from tomorrow"),
        Expect("a week from Monday", .date, "2026-11-30", "a week from Monday"),
        Expect("two days after tomorrow", .date, "2026-11-25", "two days after tomorrow"),
        Expect("a day before Friday", .date, "2026-11-26", "a day before Friday"),
        Expect("1 month from now", .date, "2026-12-22", "1 month from now"),
        Expect("a year from now", .date, "2027-11-22", "a year from now"),
        Expect("an hour from now", .date, "2026-11-22T11:00", "an hour from now"),
        Expect("3 weeks after March 1", .date, "2027-03-22", "3 weeks after March 1"),
        Expect("last 2 weeks", .date, span("2026-11-02", "2026-11-15"), "last 2 weeks"),
        Expect("the last two weeks", .date, span("2026-11-02", "2026-11-15"), "the last two weeks"),
        Expect("past 3 days", .date, span("2026-11-19", "2026-11-21"), "past 3 days"),
        Expect("the past 7 days", .date, span("2026-11-15", "2026-11-21"), "the past 7 days"),
        Expect("last 2 months", .date, span("2026-09-01", "2026-10-31"), "last 2 months"),
        Expect("last 2 years", .date, span("2024-01-01", "2025-12-31"), "last 2 years"),
        Expect("the next three days", .date, span("2026-11-23", "2026-11-25"), "the next three days"),
        Expect("next 2 weeks", .date, span("2026-11-23", "2026-12-06"), "next 2 weeks"),
        Expect("the coming 2 weeks", .date, span("2026-11-23", "2026-12-06"), "the coming 2 weeks"),
        Expect("the following 2 days", .date, span("2026-11-23", "2026-11-24"), "the following 2 days"),
        Expect("next 3 months", .date, span("2026-12-01", "2027-02-28"), "next 3 months"),
        Expect("next 2 years", .date, span("2027-01-01", "2028-12-31"), "next 2 years"),
        Expect("in the next 2 hours", .date, span("2026-11-22T10:00", "2026-11-22T12:00"), "in the next 2 hours"),
        Expect("the past 24 hours", .date, span("2026-11-21T10:00", "2026-11-22T10:00"), "the past 24 hours"),
        Expect("the last 30 minutes", .date, span("2026-11-22T09:30", "2026-11-22T10:00"), "the last 30 minutes"),
        Expect("the week after next", .date, span("2026-11-30", "2026-12-06"), "the week after next"),
        Expect("the month after next", .date, span("2027-01-01", "2027-01-31"), "the month after next"),
        Expect("the year after next", .date, span("2028-01-01", "2028-12-31"), "the year after next"),
        Expect("the weekend after next", .date, span("2026-12-05", "2026-12-06"), "the weekend after next"),
        Expect("this weekend", .date, span("2026-11-21", "2026-11-22"), "this weekend"),
        Expect("next weekend", .date, span("2026-11-28", "2026-11-29"), "next weekend"),
        Expect("last weekend", .date, span("2026-11-14", "2026-11-15"), "last weekend"),
        Expect("over the weekend", .date, span("2026-11-21", "2026-11-22"), "the weekend"),
        Expect("on the weekend", .date, span("2026-11-21", "2026-11-22"), "on the weekend"),
        Expect("in 3 days", .date, "2026-11-25", "in 3 days"),
        Expect("next month", .date, span("2026-12-01", "2026-12-31"), "next month"),
        // "in / within the next N units" counts from today; "the next N weeks" are whole weeks.
        Expect("within the next 3 days", .date, span("2026-11-22", "2026-11-24"), "the next 3 days"),
        Expect("in the next two weeks", .date, span("2026-11-22", "2026-12-05"), "in the next two weeks"),
        Expect("the next two weeks", .date, span("2026-11-23", "2026-12-06"), "the next two weeks"),
        Expect("over the next 2 months", .date, span("2026-11-22", "2027-01-21"), "the next 2 months"),
        // "asap" is today only when the message names no other date.
        Expect("asap", .date, "2026-11-22", "asap"),
        Expect("asap, within 2 weeks", .date, span("2026-11-22", "2026-12-06"), "within 2 weeks"),
        Expect("as soon as possible, ideally Tuesday", .date, "2026-11-24", "Tuesday"),
    ]

    static let partsOfDay: [Expect] = [
        Expect("this evening", .date, span("2026-11-22T18:00", "2026-11-23T00:00"), "this evening"),
        Expect("this morning", .date, span("2026-11-22T08:00", "2026-11-22T12:00"), "this morning"),
        Expect("this afternoon", .date, span("2026-11-22T12:00", "2026-11-22T19:00"), "this afternoon"),
        Expect("tomorrow morning", .date, span("2026-11-23T08:00", "2026-11-23T12:00"), "tomorrow morning"),
        Expect("tomorrow night", .date, span("2026-11-23T18:00", "2026-11-24T00:00"), "tomorrow night"),
        Expect("friday afternoon", .date, span("2026-11-27T12:00", "2026-11-27T19:00"), "friday afternoon"),
        Expect("monday morning", .date, span("2026-11-23T08:00", "2026-11-23T12:00"), "monday morning"),
        Expect("yesterday evening", .date, span("2026-11-21T18:00", "2026-11-22T00:00"), "yesterday evening"),
        Expect("last night", .date, span("2026-11-21T18:00", "2026-11-22T00:00"), "last night"),
        Expect("tomorrow in the morning", .date, span("2026-11-23T08:00", "2026-11-23T12:00"), "tomorrow in the morning"),
        Expect("tomorrow at lunch", .date, "2026-11-23", "tomorrow"),
        Expect("tonight", .date, "2026-11-22", "tonight"),
        Expect("tonight at 11", .date, "2026-11-22T23:00", "tonight at 11"),
        Expect("tonight at 8pm", .date, "2026-11-22T20:00", "tonight at 8pm"),
        Expect("tonight at 1", .date, "2026-11-23T01:00", "tonight at 1"),
        Expect("tonight at 12", .date, "2026-11-23T00:00", "tonight at 12"),
        Expect("at 11 tonight", .date, "2026-11-22T23:00", "11 tonight"),
        Expect("tomorrow morning at 9", .date, "2026-11-23T09:00", "tomorrow morning at 9"),
        Expect("tomorrow evening at 7", .date, "2026-11-23T19:00", "tomorrow evening at 7"),
        Expect("friday afternoon at 3", .date, "2026-11-27T15:00", "friday afternoon at 3"),
        Expect("at 7 tomorrow evening", .date, "2026-11-23T19:00", "7 tomorrow evening"),
        Expect("at 3 this afternoon", .date, "2026-11-22T15:00", "3 this afternoon"),
        Expect("monday at 3 in the afternoon", .date, "2026-11-23T15:00", "monday at 3 in the afternoon"),
        Expect("this evening at 8", .date, "2026-11-22T20:00", "this evening at 8"),
        Expect("this morning at 9:30", .date, "2026-11-22T09:30", "this morning at 9:30"),
        Expect("tomorrow at noon", .date, "2026-11-23T12:00", "tomorrow at noon"),
        Expect("next tuesday at a quarter past 3pm", .date, "2026-11-24T15:15", "next tuesday at a quarter past 3pm"),
        Expect("tomorrow at half past four", .date, "2026-11-23T16:30", "tomorrow at half past four"),
        Expect("tomorrow at 15h00", .date, "2026-11-23T15:00", "tomorrow at 15h00"),
        Expect("wednesday 10h like i wrote", .date, "2026-11-25T10:00", "wednesday 10h"),
        Expect("tomorrow 9h", .date, "2026-11-23T09:00", "tomorrow 9h"),
        Expect("friday at three pm", .date, "2026-11-27T15:00", "friday at three pm"),
    ]

    static let weekdayAndDay: [Expect] = [
        Expect("Tuesday the 19th", .date, "2027-01-19", "Tuesday the 19th"),
        Expect("on Tuesday the 19th", .date, "2027-01-19", "on Tuesday the 19th"),
        Expect("Tue 19th", .date, "2027-01-19", "Tue 19th"),
        Expect("Tuesday 19th", .date, "2027-01-19", "Tuesday 19th"),
        Expect("Tuesday, the 19th", .date, "2027-01-19", "Tuesday, the 19th"),
        Expect("Saturday the 19th", .date, "2026-12-19", "Saturday the 19th"),
        Expect("Friday the 13th", .date, "2027-08-13", "Friday the 13th"),
        Expect("Sunday the 22nd", .date, "2026-11-22", "Sunday the 22nd"),
        Expect("Mon 23rd", .date, "2026-11-23", "Mon 23rd"),
        // A weekday a day off the coming 26th (a Thursday) is a slip, not a Wednesday 26th in 2027.
        Expect("wed 26th 10am", .date, "2026-11-26T10:00", "wed 26th 10am"),
        Expect("Friday the 26th", .date, "2026-11-26", "Friday the 26th"),
        Expect("Tue 26th", .date, "2027-01-26", "Tue 26th"),
        Expect("Wednesday, December 2", .date, "2026-12-02", "Wednesday, December 2"),
        Expect("Thursday 3rd of December", .date, "2026-12-03", "Thursday 3rd of December"),
        Expect("Fri, Dec 4", .date, "2026-12-04", "Fri, Dec 4"),
        Expect("Tuesday the 19th at 3pm", .date, "2027-01-19T15:00", "Tuesday the 19th at 3pm"),
        Expect("on the 19th", .date, "2026-12-19", "on the 19th"),
        Expect("on the 22nd", .date, "2026-11-22", "on the 22nd"),
        Expect("by the 30th", .date, span("2026-11-22", "2026-11-30"), "by the 30th"),
        Expect("March first", .date, "2027-03-01", "March first"),
        Expect("the first of March", .date, "2027-03-01", "first of March"),
        Expect("May the third", .date, "2027-05-03", "May the third"),
        Expect("the twenty-first of May", .date, "2027-05-21", "twenty-first of May"),
        Expect("December thirty first", .date, "2026-12-31", "December thirty first"),
        Expect("twentieth of December", .date, "2026-12-20", "twentieth of December"),
        Expect("25/12/2027", .date, "2027-12-25", "25/12/2027"),
        Expect("31/1/2027", .date, "2027-01-31", "31/1/2027"),
    ]

    static let misses: [Miss] = [
        Miss("a week from a week from a week", .date),
        Miss("the 3rd option", .date),
        Miss("on the first page", .date),
        Miss("the first time", .date),
        Miss("3 days", .date),
        Miss("for two weeks", .date),
        Miss("the last 2", .date),
        Miss("next 2", .date),
        Miss("the next three people", .date),
        Miss("weekend", .date),
        Miss("a weekend getaway", .date),
        Miss("past due", .date),
        Miss("the night is young", .date),
        Miss("good morning", .date),
        Miss("good evening everyone", .date),
        Miss("in the morning", .date),
        Miss("morning", .date),
        Miss("the 19th", .date),
        Miss("19th", .date),
        Miss("the week after", .date),
        Miss("a day after", .date),
        Miss("3 days later", .date),
        Miss("ago", .date),
        Miss("long ago", .date),
        Miss("24/7", .date),
        Miss("13/13/2027", .date),
        Miss("32/12/2027", .date),
    ]

    @Test(arguments: chains) func chain(_ row: Expect) { check(row) }
    @Test(arguments: partsOfDay) func partOfDay(_ row: Expect) { check(row) }
    @Test(arguments: weekdayAndDay) func weekdayAndDayOfMonth(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

/// Month names with spelled or abbreviated days, as people type them.
@Suite struct SpelledDayTests {
    static let rows: [Expect] = [
        Expect("march nineteen", .date, "2027-03-19", "march nineteen"),
        Expect("June twenty five", .date, "2027-06-25", "June twenty five"),
        Expect("June twenty-five", .date, "2027-06-25", "June twenty-five"),
        Expect("December thirty one", .date, "2026-12-31", "December thirty one"),
        Expect("on Feb. the 28th, 2034", .date, "2034-02-28", "on Feb. the 28th, 2034"),
        Expect("nov. 17", .date, "2027-11-17", "nov. 17", at: 0),
        Expect("on October the nineteenth, 2026", .date, "2026-10-19", "on October the nineteenth, 2026"),
        Expect("December seventeenth, 2022", .date, "2022-12-17", "December seventeenth, 2022"),
        Expect("june fourteenth", .date, "2027-06-14", "june fourteenth"),
        Expect("on twenty six march", .date, "2027-03-26", "on twenty six march"),
        Expect("twenty three march", .date, "2027-03-23", "twenty three march"),
        Expect("nine of june", .date, "2027-06-09", "nine of june"),
        Expect("friday april fourteenth", .date, "2027-04-14", "friday april fourteenth"),
    ]
    static let misses: [Miss] = [
        Miss("may two people join", .date),
        Miss("march three miles", .date),
        Miss("two may come", .date),
        Miss("one of them", .date),
    ]

    @Test(arguments: rows) func spelledDay(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}

/// The n-th weekday of a month.
@Suite struct NthWeekdayTests {
    static let rows: [Expect] = [
        Expect("the first Monday of March", .date, "2027-03-01", "the first Monday of March"),
        Expect("first monday of march", .date, "2027-03-01", "first monday of march"),
        Expect("last Friday of the month", .date, "2026-11-27", "last Friday of the month"),
        Expect("the last friday of this month", .date, "2026-11-27", "the last friday of this month"),
        Expect("second tuesday of next month", .date, "2026-12-08", "second tuesday of next month"),
        Expect("the 3rd Thursday in November 2027", .date, "2027-11-18", "the 3rd Thursday in November 2027"),
        Expect("the first Monday of November", .date, "2027-11-01", "the first Monday of November"),
        Expect("the fourth thursday of november", .date, "2026-11-26", "the fourth thursday of november"),
        Expect("last monday of may", .date, "2027-05-31", "last monday of may"),
        Expect("on the second Sunday in May", .date, "2027-05-09", "on the second Sunday in May"),
        Expect("the first Friday of December at 6pm", .date, "2026-12-04T18:00", "the first Friday of December at 6pm"),
    ]
    @Test(arguments: rows) func nthWeekday(_ row: Expect) { check(row) }

    /// February 2027 has four Mondays: no fifth one, so only the plain weekday and month remain.
    @Test func noFifthMonday() {
        #expect(!extractor.extract(from: "the fifth monday of february 2027").contains { $0.entity == "date" && $0.text.contains("fifth") })
    }
}
