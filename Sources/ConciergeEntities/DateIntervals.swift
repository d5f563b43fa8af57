/// Intervals: "3-4pm", "from 9am till 5pm", "between 2 and 4pm" (time intervals), "July 13-15",
/// "13-15 July", "from Monday to Friday", "Mon-Fri", "March to May" (date ranges), and
/// "tomorrow 3-4pm", "from Monday 9am to Friday 5pm" (date-time intervals).
///
/// A bare hour takes the half of the day of the other end ("3-4pm" is 15:00–16:00); two bare
/// numbers are never an interval ("10-15 people", "between 2 and 4 seats").
///
///     "3-4pm"        → .timeRange(900, 960)     → {"from": "15:00", "to": "16:00"}
///     "July 13-15"   → .range(2027-07-13, 2027-07-15)
extension DateGrammar {
    /// The word or dash joining the two ends; "and" only after "between".
    func connector(at k: Int, between: Bool) -> Int? {
        guard let t = ts[k] else { return nil }
        if t.isSymbol("-") || t.isSymbol("–") || t.isSymbol("—") { return k + 1 }
        guard t.isWord else { return nil }
        if between { return t.text == "and" ? k + 1 : nil }
        return ["to", "till", "til", "until", "through", "thru"].contains(t.text) ? k + 1 : nil
    }

    func interval(at i: Int, single: (DateValue, Int)?) -> (DateValue, Int)? {
        if let (value, end) = timeInterval(at: i), case .timeRange(let a, let b) = value {
            var k = end
            if ts.word(k) == "on" || ts.isSymbol(k, ",") { k += 1 }
            if let (date, dateEnd) = parseDate(at: k), case .day(let day) = date {
                return (.dateTimeRange(day, a, day + (b < a ? 1 : 0), b), dateEnd)
            }
            return (value, end)
        }
        return dateInterval(at: i, single: single)
    }

    /// One end of a time interval: a clock reading, or a bare hour (0–23 in digits, "one"…"twelve").
    func intervalClock(at k: Int) -> (clock: TimeGrammar.Clock, bare: Bool)? {
        if let c = times.clock(at: k) { return (c, false) }
        guard let t = ts[k] else { return nil }
        var hour: Int?
        if t.isDigits, t.text.utf8.count <= 2, t.spaced || ts.isSymbol(k - 1, "-") || ts.isSymbol(k - 1, "("),
            let h = t.intValue, h <= 23, !(ts[k + 1].map { !$0.spaced && !$0.isSymbol("-") && !$0.isSymbol("–") } ?? false)
        {
            hour = h
        } else if let w = ts.word(k), let h = TimeGrammar.hourWords[w] {
            hour = h
        }
        guard let hour else { return nil }
        return (TimeGrammar.Clock(minutes: hour * 60, end: k + 1, definite: hour > 12 || hour == 0), true)
    }

    /// "3-4pm", "3pm to 4pm", "from 9am till 5pm", "between 2 and 4pm", "9:00-17:00", "10am-2", "4-5pm PST".
    func timeInterval(at i: Int) -> (DateValue, Int)? {
        var k = i
        let between = ts.word(k) == "between"
        if between || ts.word(k) == "from" { k += 1 }
        guard let a = intervalClock(at: k), let c = connector(at: a.clock.end, between: between),
            let b = intervalClock(at: c), !(a.bare && b.bare)
        else { return nil }
        var from = a.clock.minutes, to = b.clock.minutes
        if !a.clock.definite, b.clock.definite, to >= 720, from < 720, from + 720 <= to { from += 720 }
        if a.clock.definite, !b.clock.definite, to < from, to < 720, to + 720 > from { to += 720 }
        // "half past 2 to 4", "9:30-11": neither end says am or pm; both get working hours.
        if !a.clock.definite, !b.clock.definite {
            from = a.clock.resolved(in: nil)
            to = b.clock.resolved(in: nil)
            if to < from, to + 720 > from, to < 720 { to += 720 }
        }
        var end = b.clock.end
        if let z = zone(at: end, day: now.today) {
            from = converted(day: now.today, minutes: from, from: z.offset).minutes
            to = converted(day: now.today, minutes: to, from: z.offset).minutes
            end = z.end
        }
        return (.timeRange(from, to), end)
    }

    /// Date ranges: "July 13-15", "13-15 July", "from Monday to Friday", "Mon-Fri",
    /// "between March 3 and March 5", "Dec 28 - Jan 3", "from Monday 9am to Friday 5pm".
    func dateInterval(at i: Int, single: (DateValue, Int)?) -> (DateValue, Int)? {
        let w = ts.word(i)
        let between = w == "between"
        let start = between || w == "from" ? i + 1 : i
        if let r = dayRangeBeforeMonth(at: start) { return r }
        if let r = weekdayRange(at: start, between: between) { return r }
        if let r = monthRange(at: start, between: between) { return r }
        guard let (a, aEnd) = start == i ? single : parseSingle(at: start), a.entity == .date,
            let c = connector(at: aEnd, between: between)
        else { return nil }
        if case .day(let d1) = a, let r = sameMonthDay(at: c, first: d1) { return r }
        guard let (b, bEnd) = intervalEnd(at: c) else { return nil }
        switch (a, b) {
        case (.dateTime(let d1, let m1), .dateTime(let d2, let m2)):
            guard d2 * 1440 + m2 > d1 * 1440 + m1 else { return nil }
            return (.dateTimeRange(d1, m1, d2, m2), bEnd)
        case (.day, .day), (.day, .range), (.range, .day), (.range, .range):
            var last = b.last
            if last < a.first, let bw = ts.word(c), DateWords.weekdays[bw] != nil || DateWords.weekdayAbbreviations[bw] != nil {
                last += 7
            } else if last < a.first, let bw = ts.word(c), DateWords.months[bw] != nil || DateWords.monthAbbreviations[bw] != nil,
                yearNumber(at: bEnd - 1) == nil
            {
                last = CalendarMath.addMonths(last, 12)
            }
            guard last >= a.first else { return nil }
            return (.range(a.first, last), bEnd)
        default:
            return nil
        }
    }

    /// The second end of a date interval, read with date context ("to fri" is Friday).
    func intervalEnd(at c: Int) -> (DateValue, Int)? {
        if let c = times.clock(at: c) { return timeFirst(c) }
        guard let (value, end) = parseCore(at: c, context: true) else { return nil }
        if case .day(let day) = value, let withTime = timeAfter(day: day, part: nil, at: end) { return withTime }
        return (value, end)
    }

    /// "July 13-15", "July 13 to 15th", "July 13-15, 2027": a bare day after a month and day.
    func sameMonthDay(at c: Int, first d1: Int) -> (DateValue, Int)? {
        guard let t = ts[c], t.isDigits, let (d2, end) = dayNumber(at: c) else { return nil }
        let date = CalendarMath.civil(d1)
        guard d2 > date.day, d2 <= CalendarMath.daysIn(date.year, date.month), !ts.isSymbol(end, ":", glued: true) else {
            return nil
        }
        // The first end must itself be "Month day", not "Friday" or "tomorrow".
        guard let m = ts.word(c - 3) ?? ts.word(c - 4), DateWords.months[m] != nil || DateWords.monthAbbreviations[m] != nil
        else { return nil }
        var k = end
        if ts.isSymbol(k, ","), yearNumber(at: k + 1) != nil { k += 1 }
        if let y = yearNumber(at: k) {
            let a = CalendarMath.day(y, date.month, date.day)
            return (.range(a, a + d2 - date.day), k + 1)
        }
        return (.range(d1, d1 + d2 - date.day), end)
    }

    /// "13-15 July", "13th to 15th of July 2027".
    func dayRangeBeforeMonth(at i: Int) -> (DateValue, Int)? {
        guard let (d1, e1) = dayNumber(at: i), let c = connector(at: e1, between: false), let (d2, _) = dayNumber(at: c),
            d2 > d1, let (first, end) = dayMonth(at: c), case .day(let last) = first
        else { return nil }
        return (.range(last - (d2 - d1), last), end)
    }

    /// "March to May", "march-april", "between May and June", and "march or april", whose
    /// alternatives a plan spans: whole months from the next first one named, the first a
    /// month here even where alone it may be a verb ("march", "may").
    func monthRange(at i: Int, between: Bool) -> (DateValue, Int)? {
        guard let w1 = ts.word(i), let m1 = DateWords.months[w1] ?? DateWords.monthAbbreviations[w1] else { return nil }
        let c = connector(at: i + 1, between: between) ?? (!between && ts.word(i + 1) == "or" ? i + 2 : nil)
        guard let c, let w2 = ts.word(c), let m2 = DateWords.months[w2] ?? DateWords.monthAbbreviations[w2], m1 != m2
        else { return nil }
        // "feb - apr 2028": a year after the second month dates both.
        if let y = yearNumber(at: c + 1) {
            let first = CalendarMath.monthRange(m2 > m1 ? y : y - 1, m1)
            return (.range(first.lowerBound, CalendarMath.monthRange(y, m2).upperBound), c + 2)
        }
        let year = m1 >= now.month ? now.year : now.year + 1
        let first = CalendarMath.monthRange(year, m1)
        let last = CalendarMath.monthRange(m2 > m1 ? year : year + 1, m2)
        return (.range(first.lowerBound, last.upperBound), c + 1)
    }

    /// "wed or thu next week", "next week tue/wed", "next tue or wed", "monday or tuesday": two days offered, in
    /// the week named before or after them, else the upcoming ones, as the span from the
    /// earlier to the later (blind audit 52 booked tomorrow for "wednesday or thursday next
    /// week": the week went with the second day only).
    func weekdayAlternatives(_ first: Int, at i: Int) -> (DateValue, Int)? {
        guard ts.word(i + 1) == "or" || ts.word(i + 1) == "and" || ts.isSymbol(i + 1, "/"), let w2 = ts.word(i + 2),
              let second = DateWords.weekdays[w2] ?? DateWords.weekdayAbbreviations[w2], second != first else { return nil }
        var end = i + 3
        // "wed or thu morning": the part of the day goes with both (`RangeHours` reads it).
        if let part = ts.word(end), DateGrammar.partsOfDay.contains(part.hasSuffix("s") ? String(part.dropLast()) : part) {
            end += 1
        }
        var week: Int?
        if ts.word(end) == "next" || ts.word(end) == "this", ts.word(end + 1) == "week" {
            week = ts.word(end) == "next" ? now.weekStart + 7 : now.weekStart
            end += 2
        } else if ts.word(i - 1) == "week", ts.word(i - 2) == "next" || ts.word(i - 2) == "this" {
            week = ts.word(i - 2) == "next" ? now.weekStart + 7 : now.weekStart
        } else if ts.word(i - 1) == "next" {
            // "next tue or wed", as "next tuesday" alone: in next week.
            week = now.weekStart + 7
        }
        let days = [first, second].map { weekday in
            week.map { $0 + weekday - 1 } ?? upcoming(weekday, todayIncluded: false)
        }
        guard let from = days.min(), let to = days.max() else { return nil }
        return (.range(from, to), end)
    }

    /// "Mon-Fri", "mon to fri", "Monday through Friday", "between Tuesday and Thursday".
    func weekdayRange(at i: Int, between: Bool) -> (DateValue, Int)? {
        guard let w1 = ts.word(i), let a = DateWords.weekdays[w1] ?? DateWords.weekdayAbbreviations[w1],
            let c = connector(at: i + 1, between: between), let w2 = ts.word(c),
            let b = DateWords.weekdays[w2] ?? DateWords.weekdayAbbreviations[w2], a != b
        else { return nil }
        let from = upcoming(a)
        return (.range(from, from + (b - a + 7) % 7), c + 1)
    }
}
