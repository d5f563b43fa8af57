import Testing

@testable import ConciergeEntities

/// Date ranges, time intervals and date-time intervals as {"from", "to"}.
/// now = Sunday 2026-11-22 10:00 UTC.
@Suite struct DateIntervalTests {
    static let dateRanges: [Expect] = [
        Expect("July 13-15", .date, span("2027-07-13", "2027-07-15"), "July 13-15"),
        Expect("July 13 - 15", .date, span("2027-07-13", "2027-07-15"), "July 13 - 15"),
        Expect("July 13 to 15", .date, span("2027-07-13", "2027-07-15"), "July 13 to 15"),
        Expect("July 13th-15th", .date, span("2027-07-13", "2027-07-15"), "July 13th-15th"),
        Expect("Jul 13–15", .date, span("2027-07-13", "2027-07-15"), "Jul 13–15"),
        Expect("July 13-15 2028", .date, span("2028-07-13", "2028-07-15"), "July 13-15 2028"),
        Expect("July 13-15, 2028", .date, span("2028-07-13", "2028-07-15"), "July 13-15, 2028"),
        Expect("13-15 July", .date, span("2027-07-13", "2027-07-15"), "13-15 July"),
        Expect("13 to 15 July", .date, span("2027-07-13", "2027-07-15"), "13 to 15 July"),
        Expect("13th to 15th of July", .date, span("2027-07-13", "2027-07-15"), "13th to 15th of July"),
        Expect("July 13 - July 15", .date, span("2027-07-13", "2027-07-15"), "July 13 - July 15"),
        Expect("from July 13 to July 15", .date, span("2027-07-13", "2027-07-15"), "from July 13 to July 15"),
        Expect("from July 13 to August 2", .date, span("2027-07-13", "2027-08-02"), "from July 13 to August 2"),
        Expect("Dec 28 - Jan 3", .date, span("2026-12-28", "2027-01-03"), "Dec 28 - Jan 3"),
        Expect("from Monday to Friday", .date, span("2026-11-23", "2026-11-27"), "from Monday to Friday"),
        Expect("Monday to Friday", .date, span("2026-11-23", "2026-11-27"), "Monday to Friday"),
        Expect("Monday through Friday", .date, span("2026-11-23", "2026-11-27"), "Monday through Friday"),
        Expect("Mon-Fri", .date, span("2026-11-23", "2026-11-27"), "Mon-Fri"),
        Expect("mon - fri", .date, span("2026-11-23", "2026-11-27"), "mon - fri"),
        Expect("Mon thru Wed", .date, span("2026-11-23", "2026-11-25"), "Mon thru Wed"),
        Expect("between Tuesday and Thursday", .date, span("2026-11-24", "2026-11-26"), "between Tuesday and Thursday"),
        Expect("Friday to Monday", .date, span("2026-11-27", "2026-11-30"), "Friday to Monday"),
        Expect("from tomorrow to Friday", .date, span("2026-11-23", "2026-11-27"), "from tomorrow to Friday"),
        Expect("from today until Friday", .date, span("2026-11-22", "2026-11-27"), "from today until Friday"),
        Expect("from March to May", .date, span("2027-03-01", "2027-05-31"), "from March to May"),
        // A month that alone may be a verb opens a range; alternatives a plan spans.
        Expect("march to may", .date, span("2027-03-01", "2027-05-31"), "march to may"),
        Expect("spring, march or april", .date, span("2027-03-01", "2027-04-30"), "march or april"),
        Expect("feb - apr 2028", .date, span("2028-02-01", "2028-04-30"), "feb - apr 2028"),
        Expect("nov-jan", .date, span("2026-11-01", "2027-01-31"), "nov-jan"),
        Expect("between March 3 and March 5", .date, span("2027-03-03", "2027-03-05"), "between March 3 and March 5"),
        Expect("from Dec 1 to Dec 5", .date, span("2026-12-01", "2026-12-05"), "from Dec 1 to Dec 5"),
        Expect("from 3/1 to 3/5", .date, span("2027-03-01", "2027-03-05"), "from 3/1 to 3/5"),
        Expect("from 2027-01-04 to 2027-01-08", .date, span("2027-01-04", "2027-01-08"), "from 2027-01-04 to 2027-01-08"),
        Expect("next week to the end of the month", .date, span("2026-11-23", "2026-11-30"), "next week to the end of the month"),
        Expect("from christmas to new year's eve", .date, span("2026-12-25", "2026-12-31"), "from christmas to new year's eve"),
        Expect("Sat-Sun", .date, span("2026-11-28", "2026-11-29"), "Sat-Sun"),
    ]

    static let timeIntervals: [Expect] = [
        Expect("3-4pm", .time, span("15:00", "16:00"), "3-4pm"),
        Expect("3 - 4 pm", .time, span("15:00", "16:00"), "3 - 4 pm"),
        Expect("3pm-4pm", .time, span("15:00", "16:00"), "3pm-4pm"),
        Expect("3pm to 4pm", .time, span("15:00", "16:00"), "3pm to 4pm"),
        Expect("from 3 to 5pm", .time, span("15:00", "17:00"), "from 3 to 5pm"),
        Expect("from 9am till 5pm", .time, span("09:00", "17:00"), "from 9am till 5pm"),
        Expect("from 9am until 5pm", .time, span("09:00", "17:00"), "from 9am until 5pm"),
        Expect("between 2 and 4pm", .time, span("14:00", "16:00"), "between 2 and 4pm"),
        Expect("between 2pm and 4pm", .time, span("14:00", "16:00"), "between 2pm and 4pm"),
        Expect("9:00-17:00", .time, span("09:00", "17:00"), "9:00-17:00"),
        Expect("from 10:00 to 12:30", .time, span("10:00", "12:30"), "from 10:00 to 12:30"),
        Expect("10am-2pm", .time, span("10:00", "14:00"), "10am-2pm"),
        Expect("11-1pm", .time, span("11:00", "13:00"), "11-1pm"),
        Expect("10am-2", .time, span("10:00", "14:00"), "10am-2"),
        Expect("9am - 5pm", .time, span("09:00", "17:00"), "9am - 5pm"),
        Expect("from 9 to 5pm", .time, span("09:00", "17:00"), "from 9 to 5pm"),
        Expect("8-10am", .time, span("08:00", "10:00"), "8-10am"),
        Expect("from noon to 2pm", .time, span("12:00", "14:00"), "from noon to 2pm"),
        Expect("between noon and 1pm", .time, span("12:00", "13:00"), "between noon and 1pm"),
        Expect("1:30-2:30pm", .time, span("13:30", "14:30"), "1:30-2:30pm"),
        Expect("6-7 in the evening", .time, span("18:00", "19:00"), "6-7 in the evening"),
        Expect("from 10pm to 2am", .time, span("22:00", "02:00"), "from 10pm to 2am"),
        Expect("open 9am-6pm", .time, span("09:00", "18:00"), "9am-6pm"),
        Expect("14:00 - 15:30", .time, span("14:00", "15:30"), "14:00 - 15:30"),
        Expect("from two to four pm", .time, span("14:00", "16:00"), "from two to four pm"),
    ]

    static let dateTimeIntervals: [Expect] = [
        Expect("tomorrow 3-4pm", .date, span("2026-11-23T15:00", "2026-11-23T16:00"), "tomorrow 3-4pm"),
        Expect("tomorrow from 3 to 5pm", .date, span("2026-11-23T15:00", "2026-11-23T17:00"), "tomorrow from 3 to 5pm"),
        Expect("3-4pm tomorrow", .date, span("2026-11-23T15:00", "2026-11-23T16:00"), "3-4pm tomorrow"),
        Expect("on Monday between 2 and 4pm", .date, span("2026-11-23T14:00", "2026-11-23T16:00"), "on Monday between 2 and 4pm"),
        Expect("Friday 9am-5pm", .date, span("2026-11-27T09:00", "2026-11-27T17:00"), "Friday 9am-5pm"),
        Expect("from Monday 9am to Friday 5pm", .date, span("2026-11-23T09:00", "2026-11-27T17:00"),
               "from Monday 9am to Friday 5pm"),
        Expect("tomorrow from 9am till noon", .date, span("2026-11-23T09:00", "2026-11-23T12:00"), "tomorrow from 9am till noon"),
        Expect("from 10pm to 2am tomorrow", .date, span("2026-11-23T22:00", "2026-11-24T02:00"), "from 10pm to 2am tomorrow"),
        Expect("March 3 from 2 to 4pm", .date, span("2027-03-03T14:00", "2027-03-03T16:00"), "March 3 from 2 to 4pm"),
        Expect("3-4pm on Friday", .date, span("2026-11-27T15:00", "2026-11-27T16:00"), "3-4pm on Friday"),
    ]

    static let misses: [Miss] = [
        Miss("10-15 people", .date),
        Miss("10-15 people", .time),
        Miss("between 2 and 4 seats", .time),
        Miss("from 1 to 3", .time),
        Miss("score 3-4", .time),
        Miss("pages 13-15", .date),
        Miss("5 to 6 people", .time),
        Miss("9-5 job", .time),
        Miss("1999-2005", .date),
        Miss("ages 3-12", .time),
        Miss("version 2-3", .time),
        Miss("1-2 weeks", .date),
        Miss("2 to 3 days", .date),
        Miss("chapters 1 through 4", .time),
        Miss("rooms 101-105", .time),
        Miss("a 2-1 win", .time),
        Miss("from 5 to 10 users", .time),
        Miss("between 10 and 20 seats", .time),
        Miss("mon ami", .date),
        Miss("sun to sea", .date),
    ]

    @Test(arguments: dateRanges) func dateRange(_ row: Expect) { check(row) }
    @Test(arguments: timeIntervals) func timeInterval(_ row: Expect) { check(row) }
    @Test(arguments: dateTimeIntervals) func dateTimeInterval(_ row: Expect) { check(row) }
    @Test(arguments: misses) func nearMiss(_ row: Miss) { check(row) }
}
