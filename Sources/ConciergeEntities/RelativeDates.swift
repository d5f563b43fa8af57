/// Relative chains: "the day before yesterday", "3 days ago", "two weeks from now", "a week from
/// Monday", "2 days after Christmas", "last 2 weeks", "the next three days", "this weekend",
/// "the week after next".
///
/// "last/past N units" are the N whole units before the current one; "next/coming/following N
/// units" the N whole units after it (days: yesterday back / tomorrow on), but "in / within /
/// over / during the next N units" is a span from today ("a demo in the next two weeks" may be
/// this week). Hours and minutes count from now.
///
///     // now = Sunday 2026-11-22 10:00
///     "last 2 weeks"     → .range(2026-11-02, 2026-11-15)
///     "3 days ago"       → .day(2026-11-19)
extension DateGrammar {
    /// `role` is the word's `DateWords.roles` entry (nil for digits).
    func relative(at i: Int, role: DateWords.Role?) -> (DateValue, Int)? {
        guard let first = ts[i] else { return nil }
        if role.map({ $0.contains(.quantity) }) ?? true, let chain = durationChain(at: i) { return chain }
        var k = i
        if first.text == "the" { k += 1 }
        guard let w = ts.word(k) else { return nil }
        if w == "day", ts.word(k + 1) == "before", ts.word(k + 2) == "yesterday" { return (.day(now.today - 2), k + 3) }
        if w == "week" || w == "month" || w == "year" || w == "weekend", ts.word(k + 1) == "after", ts.word(k + 2) == "next" {
            if w == "weekend" { return (.range(now.weekStart + 19, now.weekStart + 20), k + 3) }
            return unitRange(w, from: 2, count: 1).map { ($0, k + 3) }
        }
        if let weekend = weekend(at: k, hasThe: k > i) { return weekend }
        // "within the next month", "in the coming week": from today on, like "within the next 2
        // weeks" — not the calendar month after this one, which "next month" alone names.
        if w == "next" || w == "coming", let u = ts.word(k + 1), let unit = DurationUnit.words[u],
           unit == .day || unit == .week || unit == .month || unit == .year,
           let before = ts.word(i - 1), ["in", "within", "over", "during"].contains(before) {
            return (.range(now.today, spanEnd(unit, count: 1)), k + 2)
        }
        guard w == "last" || w == "past" || w == "next" || w == "coming" || w == "following", let n = numbers.parse(at: k + 1),
            n.value >= 1, n.value <= 1000, n.value == n.value.rounded(), let u = ts.word(n.end)
        else { return nil }
        let count = Int(n.value)
        let back = w == "last" || w == "past"
        guard let unit = DurationUnit.words[u] else { return nil }
        if !back, let before = ts.word(i - 1), ["in", "within", "over", "during"].contains(before),
           unit == .day || unit == .week || unit == .month || unit == .year {
            return (.range(now.today, spanEnd(unit, count: count)), n.end + 1)
        }
        switch unit {
        case .second, .minute, .hour:
            let minutes = Int(Double(count) * unit.seconds / 60)
            let nowTotal = now.today * 1440 + now.minute
            let other = nowTotal + (back ? -minutes : minutes)
            let (a, b) = back ? (other, nowTotal) : (nowTotal, other)
            let da = CalendarMath.floorDiv(a, 1440), db = CalendarMath.floorDiv(b, 1440)
            return (.dateTimeRange(da, a - da * 1440, db, b - db * 1440), n.end + 1)
        case .day:
            return (back ? .range(now.today - count, now.today - 1) : .range(now.today + 1, now.today + count), n.end + 1)
        case .week, .month, .year:
            let name = unit == .week ? "week" : unit == .month ? "month" : "year"
            return unitRange(name, from: back ? -count : 1, count: count).map { ($0, n.end + 1) }
        }
    }

    /// The last day of `count` days, weeks, months or years from today on.
    func spanEnd(_ unit: DurationUnit, count: Int) -> Int {
        switch unit {
        case .week: now.today + 7 * count - 1
        case .month: CalendarMath.addMonths(now.today, count) - 1
        case .year: CalendarMath.addMonths(now.today, 12 * count) - 1
        default: now.today + count - 1
        }
    }

    /// `count` whole weeks, months or years starting `from` units after the current one.
    func unitRange(_ unit: String, from: Int, count: Int) -> DateValue? {
        switch unit {
        case "week":
            let a = now.weekStart + 7 * from
            return .range(a, a + 7 * count - 1)
        case "month":
            let first = CalendarMath.day(now.year, now.month, 1)
            let a = CalendarMath.addMonths(first, from)
            return .range(a, CalendarMath.addMonths(a, count) - 1)
        case "year":
            return .range(CalendarMath.day(now.year + from, 1, 1), CalendarMath.day(now.year + from + count, 1, 1) - 1)
        default:
            return nil
        }
    }

    /// "this weekend", "next weekend", "last weekend", "the weekend", "on the weekend", "weekend" after "over"/"on"/"this".
    func weekend(at k: Int, hasThe: Bool) -> (DateValue, Int)? {
        let saturday = now.weekStart + 5
        if let w = ts.word(k), w == "this" || w == "next" || w == "last" || w == "coming", ts.word(k + 1) == "weekend" {
            let shift = w == "next" ? 7 : w == "last" ? -7 : 0
            return (.range(saturday + shift, saturday + shift + 1), k + 2)
        }
        guard ts.word(k) == "weekend" else { return nil }
        let before = ts.word(hasThe ? k - 2 : k - 1)
        guard hasThe || before.map({ ["on", "over", "for", "by", "this", "during"].contains($0) }) ?? false else { return nil }
        return (.range(saturday, saturday + 1), k + 1)
    }

    /// "3 days ago", "two weeks from now", "a week from Monday", "2 days after Christmas", "a day before Friday".
    func durationChain(at i: Int) -> (DateValue, Int)? {
        guard let d = durations.parse(at: i), let w = ts.word(d.end) else { return nil }
        if w == "ago" { return shifted(d.count, d.unit, sign: -1, from: nil).map { ($0, d.end + 1) } }
        guard w == "from" || w == "after" || w == "before" else { return nil }
        if w == "from", let n = ts.word(d.end + 1), n == "now" || n == "today" {
            return shifted(d.count, d.unit, sign: 1, from: nil).map { ($0, d.end + 2) }
        }
        // One link only: "a week from a week from …" must not recurse through the whole message.
        if durations.parse(at: d.end + 1) != nil { return nil }
        guard let (base, end) = parseCore(at: d.end + 1, context: true), case .day(let day) = base,
            d.unit != .second, d.unit != .minute, d.unit != .hour
        else { return nil }
        return shifted(d.count, d.unit, sign: w == "before" ? -1 : 1, from: day).map { ($0, end) }
    }

    /// `count` units before or after a day (or now): calendar months and years, day-exact weeks,
    /// minute-exact hours.
    func shifted(_ count: Double, _ unit: DurationUnit, sign: Int, from base: Int?) -> DateValue? {
        guard count >= 0, count < 100_000 else { return nil }
        let day = base ?? now.today
        switch unit {
        case .second, .minute, .hour:
            let total = day * 1440 + now.minute + sign * Int((count * unit.seconds / 60).rounded())
            let d = CalendarMath.floorDiv(total, 1440)
            return .dateTime(d, minutes: total - d * 1440)
        case .day, .week: return .day(day + sign * Int((count * unit.seconds / 86400).rounded()))
        case .month: return .day(CalendarMath.addMonths(day, sign * Int(count.rounded())))
        case .year: return .day(CalendarMath.addMonths(day, sign * 12 * Int(count.rounded())))
        }
    }
}
