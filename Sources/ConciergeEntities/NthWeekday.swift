/// The n-th weekday of a month: "the first Monday of March", "last Friday of the month",
/// "the 3rd Thursday in November 2027", "second tuesday of next month".
///
/// Without a year, a month whose n-th weekday is already past means next year's.
///
///     // now = Sunday 2026-11-22
///     "the first Monday of March"      → .day(2027-03-01)
///     "last Friday of the month"       → .day(2026-11-27)
extension DateGrammar {
    static let nthWords: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1]

    func nthWeekday(at start: Int) -> (DateValue, Int)? {
        var k = start
        if ts.word(k) == "the" { k += 1 }
        var n: Int?
        if let w = ts.word(k) {
            n = DateGrammar.nthWords[w]
            k += 1
        } else if let t = ts[k], t.isDigits, let v = t.intValue, v >= 1, v <= 5,
            let s = ts.gluedWord(k + 1), NumberWords.ordinalSuffixes.contains(s)
        {
            n = v
            k += 2
        }
        guard let n, let w = ts.word(k), let weekday = DateWords.weekdays[w] ?? DateWords.weekdayAbbreviations[w],
            let of = ts.word(k + 1), of == "of" || of == "in",
            let p = period(at: k + 2, bareUnit: true), p.kind == .month
        else { return nil }
        guard let day = nth(n, weekday, in: p.range) else { return nil }
        // A bare month name ("of March") whose day is past means next year's.
        let explicitYear = ts[p.end - 1]?.isDigits == true
        if day < now.today, !explicitYear, DateWords.months[ts.word(k + 2) ?? ""] != nil {
            let a = CalendarMath.addMonths(p.range.lowerBound, 12)
            let c = CalendarMath.civil(a)
            return nth(n, weekday, in: CalendarMath.monthRange(c.year, c.month)).map { (.day($0), p.end) }
        }
        return (.day(day), p.end)
    }

    /// The n-th (or last, n = -1) `weekday` within a month's days.
    func nth(_ n: Int, _ weekday: Int, in range: ClosedRange<Int>) -> Int? {
        if n < 0 { return range.upperBound - (CalendarMath.weekday(range.upperBound) - weekday + 7) % 7 }
        let day = range.lowerBound + (weekday - CalendarMath.weekday(range.lowerBound) + 7) % 7 + 7 * (n - 1)
        return day <= range.upperBound ? day : nil
    }
}
