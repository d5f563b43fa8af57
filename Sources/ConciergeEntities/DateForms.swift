/// Explicit calendar dates: "March 15", "15 March", "March 15th, 2027", "the 15th of March",
/// "March first", "the twenty-first of May", "25/12/2027" (day first when the month cannot be first),
/// "3/15" (US month/day), "3/15/2027", "2027-03-15".
///
/// A date without a year is the next one that is not past.
///
///     // now = 2026-11-22
///     "March 15" → .day(2027-03-15)     "Dec 1" → .day(2026-12-01)
extension DateGrammar {
    /// "2027-03-15", "3/15", "3/15/2027", "3/15/27"; "24/7" is not a date.
    func numericDate(at i: Int) -> (DateValue, Int)? {
        guard let a = ts[i], a.isDigits, let av = a.intValue else { return nil }
        if !a.spaced, let prev = ts[i - 1], prev.kind != .symbol || prev.isSymbol("/") || prev.isSymbol("-") || prev.isSymbol(".") {
            return nil
        }
        if a.text.utf8.count == 4, ts.isSymbol(i + 1, "-", glued: true), let b = ts[i + 2], b.isDigits, !b.spaced,
            b.text.utf8.count == 2, ts.isSymbol(i + 3, "-", glued: true), let c = ts[i + 4], c.isDigits, !c.spaced,
            c.text.utf8.count == 2, let m = b.intValue, let d = c.intValue, CalendarMath.isValid(av, m, d),
            !ts.isGlued(i + 5) || !(ts[i + 5]?.isDigits ?? false)
        {
            return (.day(CalendarMath.day(av, m, d)), i + 5)
        }
        guard a.text.utf8.count <= 2, ts.isSymbol(i + 1, "/", glued: true), let b = ts[i + 2], b.isDigits, !b.spaced,
            b.text.utf8.count <= 2, let d0 = b.intValue
        else { return nil }
        var (m, d) = (av, d0)
        if ts.isSymbol(i + 3, "/", glued: true), let c = ts[i + 4], c.isDigits, !c.spaced, let yv = c.intValue {
            // US month/day, unless the first number cannot be a month ("25/12/2027"); "24/7" has no year.
            if av > 12, d0 <= 12 { (m, d) = (d0, av) }
            let y = c.text.utf8.count == 2 ? 2000 + yv : yv
            guard c.text.utf8.count == 2 || c.text.utf8.count == 4, CalendarMath.isValid(y, m, d) else { return nil }
            return (.day(CalendarMath.day(y, m, d)), i + 5)
        }
        if ts.isSymbol(i + 3, "/", glued: true) { return nil }
        guard let day = nextOccurrence(month: m, day: d) else { return nil }
        return (.day(day), i + 3)
    }

    /// "15 March", "15th of March 2027", "the 15th of March".
    func dayMonth(at i: Int) -> (DateValue, Int)? {
        guard let (d, afterDay) = dayNumber(at: i) ?? dayWord(at: i) ?? cardinalBeforeMonth(at: i) else { return nil }
        var k = afterDay
        if ts.word(k) == "of" { k += 1 }
        guard let w = ts.word(k), let m = DateWords.months[w] ?? DateWords.monthAbbreviations[w] else { return nil }
        return withYear(month: m, day: d, yearAt: k + 1)
    }

    /// "March 15", "Mar 15th", "March 15, 2027", "next March" is handled by `period`.
    func monthDay(at i: Int) -> (DateValue, Int)? {
        guard let w = ts.word(i), let m = DateWords.months[w] ?? DateWords.monthAbbreviations[w] else { return nil }
        var k = i + 1
        // "Feb. 28": the abbreviation's dot.
        if ts.isSymbol(k, ".", glued: true), DateWords.monthAbbreviations[w] != nil { k += 1 }
        if ts.word(k) == "the" { k += 1 }
        // Spelled cardinals only after a full month name other than "may" ("march nineteen", not "may two").
        let cardinal = DateWords.months[w] != nil && w != "may" ? spelledCardinalDay(at: k) : nil
        guard let (d, afterDay) = dayNumber(at: k) ?? dayWord(at: k) ?? cardinal else { return nil }
        // "March 15:30" is not a day.
        if ts.isSymbol(afterDay, ":", glued: true) { return nil }
        var y = afterDay
        if ts.isSymbol(y, ","), yearNumber(at: y + 1) != nil { y += 1 }
        return withYear(month: m, day: d, yearAt: y) ?? nil
    }

    /// A day of the month: "15", "15th", "1st".
    func dayNumber(at i: Int) -> (Int, Int)? {
        guard let t = ts[i], t.isDigits, t.spaced || ts[i - 1]?.isWord != true, t.text.utf8.count <= 2,
            let d = t.intValue, d >= 1, d <= 31
        else { return nil }
        if let s = ts.gluedWord(i + 1) {
            guard NumberWords.ordinalSuffixes.contains(s) else { return nil }
            return (d, i + 2)
        }
        if let next = ts[i + 1], !next.spaced, next.isDigits || next.isSymbol(".") || next.isSymbol("/") { return nil }
        return (d, i + 1)
    }

    /// "nineteen", "twenty five", "twenty-five", "thirty one" as a day of the month (1–31).
    /// "twenty three march", "nine of june": a spelled cardinal day right before a full month name
    /// other than "may" ("two may come" is no date).
    func cardinalBeforeMonth(at i: Int) -> (Int, Int)? {
        guard let (d, end) = spelledCardinalDay(at: i, mustEnd: false) else { return nil }
        let k = ts.word(end) == "of" ? end + 1 : end
        guard let m = ts.word(k), m != "may", DateWords.months[m] != nil else { return nil }
        return (d, end)
    }

    /// The word after it must end the date ("march three miles" is a count) unless `mustEnd` is false.
    func spelledCardinalDay(at i: Int, mustEnd: Bool = true) -> (Int, Int)? {
        guard let w = ts.word(i) else { return nil }
        var found: (Int, Int)?
        if let u = NumberWords.units[w], u >= 1 {
            found = (u, i + 1)
        } else if let tens = NumberWords.tens[w], tens <= 30 {
            let k = ts.isSymbol(i + 1, "-", glued: true) ? i + 2 : i + 1
            if let u = ts.word(k), let uv = NumberWords.units[u], uv >= 1, uv < 10, tens + uv <= 31 {
                found = (tens + uv, k + 1)
            } else {
                found = (tens, i + 1)
            }
        }
        guard let (d, end) = found else { return nil }
        if mustEnd, let next = ts[end], next.isWord, !DateWords.afterNumber.contains(next.text), next.text != "for" { return nil }
        return (d, end)
    }

    /// A day of the month in words, only next to a month: "first", "twenty-first", "thirty first".
    func dayWord(at i: Int) -> (Int, Int)? {
        guard let w = ts.word(i) else { return nil }
        if let d = NumberWords.ordinalUnits[w] { return (d, i + 1) }
        if w == "twentieth" { return (20, i + 1) }
        if w == "thirtieth" { return (30, i + 1) }
        guard let tens = NumberWords.tens[w], tens <= 30 else { return nil }
        let k = ts.isSymbol(i + 1, "-", glued: true) ? i + 2 : i + 1
        guard let u = ts.word(k), let uv = NumberWords.ordinalUnits[u], uv < 10, tens + uv <= 31 else { return nil }
        return (tens + uv, k + 1)
    }

    func withYear(month m: Int, day d: Int, yearAt k: Int) -> (DateValue, Int)? {
        if let y = yearNumber(at: k) {
            guard CalendarMath.isValid(y, m, d) else { return nil }
            return (.day(CalendarMath.day(y, m, d)), k + 1)
        }
        guard let day = nextOccurrence(month: m, day: d) else { return nil }
        return (.day(day), k)
    }

    /// This year's month/day if not past, else next year's (Feb 29 goes to the next leap year).
    func nextOccurrence(month m: Int, day d: Int) -> Int? {
        guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        var y = now.year
        for _ in 0..<8 {
            if CalendarMath.isValid(y, m, d), CalendarMath.day(y, m, d) >= now.today { return CalendarMath.day(y, m, d) }
            y += 1
        }
        return nil
    }
}
