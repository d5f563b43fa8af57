import Testing

@testable import ConciergeEntities

@Suite struct TimeGrammarTests {
    static let times: [Expect] = [
        Expect("call at 3pm", .time, "15:00", "3pm"),
        Expect("3:30 pm works", .time, "15:30", "3:30 pm"),
        Expect("3:30pm works", .time, "15:30", "3:30pm"),
        Expect("15:00 works", .time, "15:00", "15:00"),
        Expect("at noon", .time, "12:00", "noon"),
        Expect("at midnight", .time, "00:00", "midnight"),
        Expect("meet at 9", .time, "09:00", "9"),
        Expect("meet at 17", .time, "17:00", "17"),
        Expect("9 a.m. sharp", .time, "09:00", "9 a.m."),
        Expect("9am sharp", .time, "09:00", "9am"),
        Expect("9 AM sharp", .time, "09:00", "9 AM"),
        Expect("12am", .time, "00:00", "12am"),
        Expect("12pm", .time, "12:00", "12pm"),
        Expect("11:45", .time, "11:45", "11:45"),
        Expect("08:05", .time, "08:05", "08:05"),
        Expect("at 10:00:00", .time, "10:00", "10:00:00"),
        Expect("5 o'clock", .time, "05:00", "5 o'clock"),
        Expect("6 p.m.", .time, "18:00", "6 p.m."),
        Expect("at 0:30", .time, "00:30", "0:30"),
        Expect("midday", .time, "12:00", "midday"),
    ]

    static let misses: [Miss] = [
        Miss("25:00", .time),
        Miss("13pm", .time),
        Miss("3 people", .time),
        Miss("I am here", .time),
        Miss("10:75", .time),
        Miss("ratio 3:2", .time),
        Miss("at 30 people", .time),
    ]

    @Test(arguments: times) func time(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}
