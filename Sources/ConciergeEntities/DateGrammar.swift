/// Reads dates relative to `now`: relative days, weekdays, calendar periods, month/day forms,
/// numeric forms, "in/within/by" phrases, holidays, relative chains, and (see `DateTimes`) a date
/// followed or preceded by a time, parts of the day, time zones and intervals.
///
/// Conventions: weeks run Monday–Sunday, ranges are inclusive, a date without a year is the next
/// one that is not past, "next <weekday>" is that weekday of next week, "this <weekday>" is the
/// upcoming one (today included), a bare or "on" weekday the upcoming one after today (said on a
/// Monday, "Monday" is next week's: today would be "today").
///
///     // now = Sunday 2026-11-22
///     "next week"        → .range(2026-11-23, 2026-11-29)
///     "tomorrow at 3pm"  → .dateTime(2026-11-23, 15:00)
struct DateGrammar: Sendable {
    let ts: TokenStream
    let numbers: NumberGrammar
    let durations: DurationGrammar
    let times: TimeGrammar
    let now: LocalNow

    enum PeriodKind { case week, month, quarter, year }

    /// A date with its leading preposition: "by March", "within a week", "in two weeks", "on Monday".
    func parseDate(at i: Int, role: DateWords.Role? = nil) -> (DateValue, Int)? {
        guard let w = ts.word(i) else { return parseCore(at: i, context: false) }
        switch w {
        case "by", "until", "till", "before":
            if let year = yearNumber(at: i + 1) {
                let r = CalendarMath.yearRange(year)
                return (.range(r.lowerBound, r.upperBound), i + 2)
            }
            guard let (date, end) = parseCore(at: i + 1, context: true) else { return nil }
            return date.last >= now.today ? (.range(now.today, date.last), end) : (date, end)
        case "within":
            guard let d = durations.parse(at: afterApproximation(i + 1)), let target = offset(d.count, d.unit) else { return nil }
            return (.range(now.today, target.first), d.end)
        case "in":
            if let d = durations.parse(at: afterApproximation(i + 1)), let target = offset(d.count, d.unit) { return (target, d.end) }
            if let year = yearNumber(at: i + 1) {
                let r = CalendarMath.yearRange(year)
                return (.range(r.lowerBound, r.upperBound), i + 2)
            }
            return parseCore(at: i + 1, context: true)
        case "on", "from", "since", "after", "during":
            return parseCore(at: i + 1, context: true) ?? parseCore(at: i, context: false)
        default:
            return parseCore(at: i, context: false, role: role)
        }
    }

    /// Words that make an amount of time approximate, read past as if absent: "we'd start in
    /// about 2 months" starts in two months, "within roughly a week" within a week.
    static let approximations: Set<String> = ["about", "around", "roughly", "approximately", "approx", "like", "maybe"]

    /// `k`, or the position after an approximation word there.
    func afterApproximation(_ k: Int) -> Int {
        ts.word(k).map(Self.approximations.contains) == true ? k + 1 : k
    }

    /// The point (or a date-time for hours and minutes) `count` units from now.
    func offset(_ count: Double, _ unit: DurationUnit) -> DateValue? {
        guard count >= 0, count < 100_000 else { return nil }
        switch unit {
        case .second, .minute, .hour:
            let total = now.minute + Int((count * unit.seconds / 60).rounded())
            return .dateTime(now.today + total / 1440, minutes: total % 1440)
        case .day, .week: return .day(now.today + Int((count * unit.seconds / 86400).rounded()))
        case .month: return .day(CalendarMath.addMonths(now.today, Int(count.rounded())))
        case .year: return .day(CalendarMath.addMonths(now.today, 12 * Int(count.rounded())))
        }
    }

    /// A four-digit year 1900–2100 standing alone at `k`.
    func yearNumber(at k: Int) -> Int? {
        guard let t = ts[k], t.isDigits, t.spaced, t.text.utf8.count == 4, let y = t.intValue, y >= 1900, y <= 2100,
            !ts.isGlued(k + 1) || ts[k + 1]?.isSymbol(".") == true || ts[k + 1]?.isSymbol(",") == true
        else { return nil }
        return y
    }

    func parseCore(at i: Int, context explicitContext: Bool, role knownRole: DateWords.Role? = nil) -> (DateValue, Int)? {
        guard let t = ts[i] else { return nil }
        if t.isDigits { return numericDate(at: i) ?? dayMonth(at: i) ?? durationChain(at: i) ?? nthWeekday(at: i) }
        guard t.isWord else { return nil }
        let w = t.text
        // One lookup tells which of the forms below this word can start.
        let role = knownRole ?? DateWords.roles[w] ?? []
        if role.isEmpty { return nil }
        // Looked up only by the forms that need it (abbreviations, "may", "the 19th").
        var context: Bool { explicitContext || (ts.word(i - 1).map { DateWords.contextWords.contains($0) } ?? false) }
        if role.contains(.season), let s = season(at: i, context: context) { return s }
        if role.contains(.holiday), let h = holiday(at: i) { return h }
        if w == "the" || w == "last" || role.contains(.dayWord), let n = nthWeekday(at: i) { return n }
        if role.contains(.relative), let r = relative(at: i, role: role) { return r }
        if role.contains(.relativeDay), let off = DateWords.relativeDays[w] { return (.day(now.today + off), i + 1) }
        if role.contains(.dayWord), let dm = dayMonth(at: i) {
            return dm  // "first of March", "twenty-first of May"
        }
        if w == "as", let end = ts.words(i, ["as", "soon", "as", "possible"]) { return (.day(now.today), end) }
        if w == "right", let n = ts.word(i + 1), n == "away" || n == "now" { return (.day(now.today), i + 2) }
        if w == "day", let end = ts.words(i, ["day", "after", "tomorrow"]) { return (.day(now.today + 2), end) }
        if w == "the", let n = ts.word(i + 1), n == "end" || n == "beginning" || n == "start" || n == "day" {
            return parseCore(at: i + 1, context: context)
        }
        if w == "the", ts[i + 1]?.isDigits == true, context, let (d, end) = dayNumber(at: i + 1), ts.gluedWord(i + 2) != nil,
            ts.word(end) != "of", DateWords.months[ts.word(end) ?? ""] == nil
        {
            // "on the 19th": the next 19th that is not past.
            return nextDayOfMonth(d).map { (.day($0), end) }
        }
        if w == "end" || w == "beginning" || w == "start", ts.word(i + 1) == "of", let p = period(at: i + 2, bareUnit: true) {
            return (.day(w == "end" ? p.range.upperBound : p.range.lowerBound), p.end)
        }
        if w == "early" || w == "mid" || w == "late" {
            let k = ts.isSymbol(i + 1, "-", glued: true) ? i + 2 : i + 1
            guard let p = period(at: k), let r = part(w, of: p.range, kind: p.kind) else { return nil }
            return (.range(r.lowerBound, r.upperBound), p.end)
        }
        if role.contains(.weekday), let weekday = DateWords.weekdays[w] ?? DateWords.weekdayAbbreviations[w] {
            if let withDay = weekdayWithDay(weekday, at: i + 1) { return withDay }
            if let offered = weekdayAlternatives(weekday, at: i) { return offered }
            // "tue next week" (blind audit 41: only "next week" was read).
            if ts.word(i + 1) == "next", ts.word(i + 2) == "week" {
                return (.day(now.weekStart + 7 + weekday - 1), i + 3)
            }
            // "wed afternoon", "fri 10am": a time of day after it makes an abbreviation a day.
            // So does another day as the alternative: "tues or wed after 3pm" (blind audit 39).
            let alternative = (ts.word(i + 1) == "or" || ts.word(i + 1) == "and")
                && ts.word(i + 2).map { DateWords.weekdays[$0] != nil || DateWords.weekdayAbbreviations[$0] != nil } == true
            if DateWords.weekdays[w] != nil || context || Self.partsOfDay.contains(ts.word(i + 1) ?? "")
                || ts[i + 1]?.kind == .digits || alternative {
                return (.day(upcoming(weekday, todayIncluded: false)), i + 1)
            }
        }
        // "next week wednesday 2pm", "next week on thu" (blind audit 58 stored the whole week);
        // two days offered ("next week tue/wed") are `DateIntervals`'.
        if w == "next", ts.word(i + 1) == "week" {
            let k = ts.word(i + 2) == "on" ? i + 3 : i + 2
            let offersTwo = ts.word(k + 1) == "or" || ts.word(k + 1) == "and" || ts.isSymbol(k + 1, "/") || ts.isSymbol(k + 1, "-")
            if let n = ts.word(k), let weekday = DateWords.weekdays[n] ?? DateWords.weekdayAbbreviations[n], !offersTwo {
                return (.day(now.weekStart + 7 + weekday - 1), k + 1)
            }
        }
        if w == "this" || w == "next" || w == "last" || w == "coming",
            let n = ts.word(i + 1), let weekday = DateWords.weekdays[n] ?? DateWords.weekdayAbbreviations[n]
        {
            // "next tuesday or wednesday morning": the week goes with both days (session 29
            // stored from tomorrow to next Tuesday).
            if w != "last", let offered = weekdayAlternatives(weekday, at: i + 1) { return offered }
            switch w {
            case "next": return (.day(now.weekStart + 7 + weekday - 1), i + 2)
            case "last":
                let back = (now.weekday - weekday + 7) % 7
                return (.day(now.today - (back == 0 ? 7 : back)), i + 2)
            default: return (.day(upcoming(weekday)), i + 2)
            }
        }
        if w == "this" || w == "next" || w == "last" || w == "coming" || w == "q" || role.contains(.month) {
            if let md = monthDay(at: i) { return md }
            // "may", "march" and abbreviations are months only in context ("in May", "May 2027"): "march on";
            // or alone, as the whole answer to "when would you like to start?": "feb", "march" — but
            // "Jan" and "May" alone are as often a person's name.
            let alone = w != "jan" && w != "may" && (0..<ts.count).allSatisfy { $0 == i || ts.word($0) == nil }
            // A hedge before it ("like jan", "maybe feb", blind audit 36); "maybe may" stays a verb.
            let possessive = ts[i + 1].map { !$0.spaced && ($0.isSymbol("'") || $0.isSymbol("’") || $0.kind == .word) } ?? false
            let hedged = w != "may" && !possessive && (ts.word(i - 1).map { DateWords.hedgeWords.contains($0) } ?? false)
            let bareOK = context || alone || hedged || (w != "may" && w != "march" && DateWords.months[w] != nil) || yearNumber(at: i + 1) != nil
                || DateWords.months[w] == nil && DateWords.monthAbbreviations[w] == nil
            if bareOK, let p = period(at: i) { return (.range(p.range.lowerBound, p.range.upperBound), p.end) }
        }
        return nil
    }

    /// Words of a time of day that may follow a weekday.
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "midday", "am", "pm"]

    /// The upcoming `weekday` (1 = Monday), today included ("this Monday"), or not: a bare
    /// "Monday" said on a Monday is next week's (today would be "today").
    func upcoming(_ weekday: Int, todayIncluded: Bool = true) -> Int {
        let ahead = (weekday - now.weekday + 7) % 7
        return now.today + (ahead == 0 && !todayIncluded ? 7 : ahead)
    }

    /// A calendar period: "(the) this/next/last week|month|quarter|year", a month (+ year), "Q3" (+ year), a year.
    /// `bareUnit` accepts "month" alone, as in "end of month".
    func period(at start: Int, bareUnit: Bool = false) -> (range: ClosedRange<Int>, kind: PeriodKind, end: Int)? {
        var i = start
        let hasThe = ts.word(i) == "the" || bareUnit
        if ts.word(i) == "the" { i += 1 }
        guard let t = ts[i] else { return nil }
        if t.isDigits, let y = yearNumber(at: i) { return (CalendarMath.yearRange(y), .year, i + 1) }
        guard let w = ts.word(i) else { return nil }
        var shift = 0
        var k = i
        if w == "this" || w == "next" || w == "last" || w == "coming" {
            shift = w == "next" ? 1 : w == "last" ? -1 : 0
            k += 1
        } else if !hasThe, DateWords.months[w] == nil, DateWords.monthAbbreviations[w] == nil, w != "q" {
            return nil
        }
        guard let unit = ts.word(k) else { return nil }
        let c = CalendarMath.civil(now.today)
        switch unit {
        case "week":
            let s = now.weekStart + 7 * shift
            return (s...(s + 6), .week, k + 1)
        case "month":
            let m = CalendarMath.civil(CalendarMath.addMonths(CalendarMath.day(c.year, c.month, 1), shift))
            return (CalendarMath.monthRange(m.year, m.month), .month, k + 1)
        case "quarter":
            let q = (c.year * 4 + now.quarter - 1) + shift
            return (CalendarMath.quarterRange(q / 4, q % 4 + 1), .quarter, k + 1)
        case "year":
            return (CalendarMath.yearRange(c.year + shift), .year, k + 1)
        case "q":
            guard let d = ts[k + 1], d.isDigits, !d.spaced, let q = d.intValue, q >= 1, q <= 4,
                !(ts[k + 2].map { !$0.spaced && ($0.isWord || $0.isDigits) } ?? false)
            else { return nil }
            if let y = yearNumber(at: k + 2) { return (CalendarMath.quarterRange(y, q), .quarter, k + 3) }
            var y = c.year + max(shift, 0)
            if shift == 0, CalendarMath.quarterRange(y, q).upperBound < now.today { y += 1 }
            return (CalendarMath.quarterRange(y, q), .quarter, k + 2)
        default:
            guard let m = DateWords.months[unit] ?? DateWords.monthAbbreviations[unit] else { return nil }
            if let y = yearNumber(at: k + 1) { return (CalendarMath.monthRange(y, m), .month, k + 2) }
            var y = c.year + max(shift, 0)
            if shift == 0, m < c.month { y += 1 }
            if shift == 1, m > c.month { y = c.year }
            return (CalendarMath.monthRange(y, m), .month, k + 1)
        }
    }

    /// "early/mid/late" thirds: months 1–10/11–20/21–end, years and quarters by months.
    func part(_ which: String, of r: ClosedRange<Int>, kind: PeriodKind) -> ClosedRange<Int>? {
        let index = which == "early" ? 0 : which == "mid" ? 1 : 2
        switch kind {
        case .month:
            let a = r.lowerBound + 10 * index
            return a...(index == 2 ? r.upperBound : a + 9)
        case .year, .quarter:
            let months = kind == .year ? 4 : 1
            let a = CalendarMath.addMonths(r.lowerBound, months * index)
            return a...(CalendarMath.addMonths(a, months) - 1)
        case .week:
            let a = r.lowerBound + [0, 2, 4][index]
            return a...(index == 2 ? r.upperBound : a + 1)
        }
    }
}
