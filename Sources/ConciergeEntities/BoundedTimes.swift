/// Times bounded on one side, and spans of bare hours, said after a day: "thursday after 1",
/// "friday, any time after 2pm", "monday before 11", "tomorrow evening after 6", "monday between
/// 2 and 4". After a day a bare hour is a time ("after 1" is 13:00, by `Clock.resolved(in:)`);
/// alone, "after 2" and "between 2 and 4" may count anything, so they stay numbers. Blind audits
/// 28 and 29 saw "thursday any time after 1" booked as the whole Thursday and "1 person".
///
///     // now = Tuesday 2026-12-08
///     "thursday after 1"        → .dateTimeRange(2026-12-10 13:00, 2026-12-11 00:00)
///     "monday before 11"        → .dateTimeRange(2026-12-14 08:00, 2026-12-14 11:00)
///     "monday between 2 and 4"  → .dateTimeRange(2026-12-14 14:00, 2026-12-14 16:00)
extension DateGrammar {
    /// Words between the day and "after"/"before" that keep the time on that day.
    static let boundLeadIns: Set<String> = ["anytime", "sometime", "preferably", "ideally", "maybe", "but", "best"]
    /// The day's hours a one-sided bound leaves open when no part of the day was named: from
    /// 08:00 for "before", until midnight for "after" (like "evening").
    static let openDay = (from: 480, to: 1440)

    /// The bounded time or bare-hour span at `end`, right after a day (and its part of the day).
    func boundedTime(day: Int, part: PartOfDay?, at end: Int) -> (DateValue, Int)? {
        var k = end
        if ts.isSymbol(k, ",") { k += 1 }
        if ts.word(k) == "any", ts.word(k + 1) == "time" {
            k += 2
        } else if let w = ts.word(k), Self.boundLeadIns.contains(w) {
            k += 1
        }
        if ts.word(k) == "between" { return bareHourSpan(day: day, part: part, at: k + 1) }
        guard let bound = ts.word(k), bound == "after" || bound == "before",
            let clock = times.clock(at: k + 1) ?? hourAfterDay(at: k + 1)
        else { return nil }
        let minutes = clock.resolved(in: part)
        let (open, close) = part?.span ?? Self.openDay
        if bound == "after" {
            guard minutes < close else { return nil }
            return (.dateTimeRange(day, minutes, day + close / 1440, close % 1440), clock.end)
        }
        return (.dateTimeRange(day, open < minutes ? open : 0, day, minutes), clock.end)
    }

    /// "between 2 and 4" after a day: two bare hours, both in working hours.
    private func bareHourSpan(day: Int, part: PartOfDay?, at k: Int) -> (DateValue, Int)? {
        guard let a = times.clock(at: k) ?? hourAfterDay(at: k), ts.word(a.end) == "and",
            let b = times.clock(at: a.end + 1) ?? hourAfterDay(at: a.end + 1)
        else { return nil }
        let from = a.resolved(in: part)
        var to = b.resolved(in: part)
        if to < from, to < 720 { to += 720 }
        guard to > from, to <= 1440 else { return nil }
        return (.dateTimeRange(day, from, day + to / 1440, to % 1440), b.end)
    }

    /// A bare hour (0–23) that a day before it makes a time, unless a unit follows ("after 2 weeks").
    private func hourAfterDay(at k: Int) -> TimeGrammar.Clock? {
        guard let t = ts[k], t.isDigits, t.spaced, t.text.utf8.count <= 2, let hour = t.intValue, hour <= 23,
            !ts.isGlued(k + 1)
        else { return nil }
        if let next = ts.word(k + 1), DurationUnit.words[next] != nil || ["people", "of", "persons", "users"].contains(next) {
            return nil
        }
        return TimeGrammar.Clock(minutes: hour * 60, end: k + 1, definite: hour > 12 || hour == 0)
    }
}
