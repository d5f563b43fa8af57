/// Dates combined with clock times, parts of the day and time zones: "tomorrow at 3pm", "3pm
/// tomorrow", "tonight at 11", "friday afternoon", "this evening", "4pm CET", "Tuesday the 19th".
///
///     // now = Sunday 2026-11-22 10:00 UTC, extractor zone UTC
///     "tonight at 11"  → .dateTime(2026-11-22, 23:00)
///     "this evening"   → .dateTimeRange(2026-11-22 18:00, 2026-11-23 00:00)
///     "4pm CET"        → .time(15:00)
extension DateGrammar {
    /// A date, a date with a time, a zoned time, or an interval of any of them, at `i`.
    func parse(at i: Int) -> (DateValue, Int)? {
        guard let t = ts[i] else { return nil }
        // "a"/"an" start a date only as "a week from …", "a quarter past 3", "an hour ago".
        if t.isWord, t.text == "a" || t.text == "an" {
            guard let n = ts.word(i + 1), n == "quarter" || n == "couple" || DurationUnit.words[n] != nil else { return nil }
        }
        // "the" starts a date only before a few words ("the day after", "the 19th", "the first Monday of").
        if t.isWord, t.text == "the", let n = ts[i + 1], n.isWord, !DateWords.afterThe.contains(n.text) { return nil }
        let role: DateWords.Role? = t.isWord ? DateWords.roles[t.text] ?? [] : nil
        // "4 stars", "four people": a number followed by an unrelated word starts nothing here.
        let numberLike = t.isDigits || (role?.contains(.clock) == true && role?.contains(.relative) == true)
        if numberLike, !canFollowNumber(i + 1) { return nil }
        let single = parseSingle(at: i, role: role)
        // An interval starts with "from"/"between", a date, a digit or a spelled hour; skip the rest cheaply.
        // A month that alone may be a verb starts one too: "march to may".
        guard single != nil || t.isDigits || role?.contains(.interval) == true || role?.contains(.month) == true else { return nil }
        if let iv = interval(at: i, single: single), iv.1 > (single?.1 ?? i) { return iv }
        return single
    }

    /// `role` is the word's `DateWords.roles` entry when the caller looked it up already (nil for digits).
    /// The token at `k` allows a number before it to start a time, an interval or a chain.
    func canFollowNumber(_ k: Int) -> Bool {
        guard let n = ts[k] else { return ts.word(k - 2) == "at" }
        if !n.isWord || !n.spaced { return true }
        return DateWords.afterNumber.contains(n.text) || DateWords.months[n.text] != nil || DateWords.monthAbbreviations[n.text] != nil
            || ts.word(k - 2) == "at"
    }

    func parseSingle(at i: Int, role: DateWords.Role? = nil) -> (DateValue, Int)? {
        if role.map({ $0.contains(.clock) }) ?? true, let c = times.clock(at: i) { return timeFirst(c) }
        if let role, role.isDisjoint(with: DateWords.Role.dayStarts) {
            return nil
        }
        guard let d = dayWithPart(at: i, role: role) else { return nil }
        guard case .day(let day) = d.value else { return (d.value, d.end) }
        if let withTime = timeAfter(day: day, part: d.part, at: d.end) { return withTime }
        if let part = d.part, d.explicitPart { return (partRange(day, part), d.end) }
        return (d.value, d.end)
    }

    /// A part of the day as a date-time interval; evening and night end at the next midnight.
    func partRange(_ day: Int, _ part: PartOfDay) -> DateValue {
        let (from, to) = part.span
        return .dateTimeRange(day, from, day + to / 1440, to % 1440)
    }

    /// "3pm tomorrow", "11 tonight", "9 on Friday", "4pm CET", "3pm CET on Monday".
    func timeFirst(_ c: TimeGrammar.Clock) -> (DateValue, Int)? {
        var k = c.end
        let zoneToday = zone(at: k, day: now.today)
        if let z = zoneToday { k = z.end }
        var j = k
        if ts.word(j) == "on" || ts.isSymbol(j, ",") { j += 1 }
        if let d = dayWithPart(at: j), case .day(let day) = d.value {
            let minutes = c.resolved(in: d.part)
            var end = d.end
            var offset = zoneToday.flatMap { _ in zone(at: c.end, day: day)?.offset }
            if offset == nil, let z = zone(at: end, day: day) {
                offset = z.offset
                end = z.end
            }
            guard let offset else { return (.dateTime(day, minutes: minutes), end) }
            let t = converted(day: day, minutes: minutes, from: offset)
            return (.dateTime(t.day, minutes: t.minutes), end)
        }
        guard let z = zoneToday else { return nil }
        return (.time(converted(day: now.today, minutes: c.resolved(in: nil), from: z.offset).minutes), z.end)
    }

    /// A time after a day: "at 3pm", "@ 9", ", 10:30", "3-4pm", "from 3 to 5pm", "at 11" after
    /// "tonight" (23:00), "at 7" after "evening" (19:00), with an optional zone.
    func timeAfter(day: Int, part: PartOfDay?, at end: Int) -> (DateValue, Int)? {
        if let bounded = boundedTime(day: day, part: part, at: end) { return bounded }
        var k = end
        if ts.word(k) == "at" || ts.isSymbol(k, "@") || ts.isSymbol(k, ",") || ts.word(k) == "around" { k += 1 }
        if let (iv, ivEnd) = timeInterval(at: k), case .timeRange(let a, let b) = iv {
            return (.dateTimeRange(day, a, day + (b < a ? 1 : 0), b), ivEnd)
        }
        guard let c = times.clock(at: k) ?? (k > end ? bareHour(at: k, part: part) : nil) else { return nil }
        let minutes = c.resolved(in: part)
        if let z = zone(at: c.end, day: day) {
            let t = converted(day: day, minutes: minutes, from: z.offset)
            return (.dateTime(t.day, minutes: t.minutes), z.end)
        }
        // "tonight at 1" is after midnight.
        if part == .night, minutes < 300 { return (.dateTime(day + 1, minutes: minutes), c.end) }
        return (.dateTime(day, minutes: minutes), c.end)
    }

    /// "tomorrow morning 9": a bare hour is a time after a part of the day.
    func bareHour(at k: Int, part: PartOfDay?) -> TimeGrammar.Clock? {
        guard part != nil, let t = ts[k], t.isDigits, t.spaced, let h = t.intValue, h <= 12, t.text.utf8.count <= 2,
            !ts.isGlued(k + 1)
        else { return nil }
        return TimeGrammar.Clock(minutes: h * 60, end: k + 1, definite: false)
    }

    struct DayWithPart {
        var value: DateValue
        var part: PartOfDay?
        /// The part was written out ("tomorrow morning"), not implied by "tonight".
        var explicitPart: Bool
        var end: Int
    }

    /// A date and an optional part of the day: "this evening", "last night", "tomorrow morning",
    /// "friday in the afternoon", "tonight".
    func dayWithPart(at i: Int, role: DateWords.Role? = nil) -> DayWithPart? {
        if ts.word(i) == "this", let w = ts.word(i + 1), w != "tonight", let p = PartOfDay.words[w] {
            return DayWithPart(value: .day(now.today), part: p, explicitPart: true, end: i + 2)
        }
        if ts.word(i) == "last", ts.word(i + 1) == "night" {
            return DayWithPart(value: .day(now.today - 1), part: .night, explicitPart: true, end: i + 2)
        }
        guard let (value, end) = parseDate(at: i, role: role) else { return nil }
        guard value.isDayOnly else { return DayWithPart(value: value, part: nil, explicitPart: false, end: end) }
        if ts.word(end - 1) == "tonight" { return DayWithPart(value: value, part: .night, explicitPart: false, end: end) }
        if let w = ts.word(end), w != "tonight", w != "lunch", let p = PartOfDay.words[w] {
            return DayWithPart(value: value, part: p, explicitPart: true, end: end + 1)
        }
        if ts.word(end) == "in", ts.word(end + 1) == "the", let w = ts.word(end + 2), w != "tonight", let p = PartOfDay.words[w] {
            return DayWithPart(value: value, part: p, explicitPart: true, end: end + 3)
        }
        return DayWithPart(value: value, part: nil, explicitPart: false, end: end)
    }

    /// "Tuesday the 19th", "Tue 19th", "Tuesday, March 3", "Friday 13 March": the next such day
    /// whose weekday matches (a written month wins over the weekday).
    func weekdayWithDay(_ weekday: Int, at start: Int) -> (DateValue, Int)? {
        var k = start
        if ts.isSymbol(k, ",") { k += 1 }
        if let md = monthDay(at: k) { return md }
        let hasThe = ts.word(k) == "the"
        if hasThe { k += 1 }
        if let dm = dayMonth(at: k) { return dm }
        guard let (d, end) = dayNumber(at: k) else { return nil }
        let hasSuffix = end > k + 1
        guard hasThe || hasSuffix || ts[end].map({ !$0.isWord }) ?? true else { return nil }
        // "Monday 10:00", "Friday 9.30": a clock time, not the 10th.
        if !hasThe, !hasSuffix, ts.isSymbol(end, ":") || ts.isSymbol(end, "."), ts[end + 1]?.isDigits == true { return nil }
        // "thursday 2-4pm": a range of hours, not the 2nd.
        if !hasThe, !hasSuffix, ts.isSymbol(end, "-") || ts.isSymbol(end, "–"), ts[end + 1]?.isDigits == true { return nil }
        // "wed 17th" on Monday the 14th, when the 17th is a Thursday: the 17th of this week is
        // meant with a weekday a day off, not a Wednesday the 17th in February.
        let nearest = nextDayOfMonth(d).flatMap { day in
            day - now.today <= 14 && [1, 6].contains((CalendarMath.weekday(day) - weekday + 7) % 7) ? day : nil
        }
        var y = now.year, m = now.month
        for _ in 0..<36 {
            if CalendarMath.isValid(y, m, d) {
                let day = CalendarMath.day(y, m, d)
                if let nearest, nearest - now.today <= 14, day - now.today > 28 { return (.day(nearest), end) }
                if day >= now.today, CalendarMath.weekday(day) == weekday { return (.day(day), end) }
            }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return nil
    }

    /// The next day (today included) that is the `d`-th of its month.
    func nextDayOfMonth(_ d: Int) -> Int? {
        var y = now.year, m = now.month
        for _ in 0..<14 {
            if CalendarMath.isValid(y, m, d), CalendarMath.day(y, m, d) >= now.today { return CalendarMath.day(y, m, d) }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return nil
    }
}
