/// Seasons as the months they span (the northern hemisphere's meteorological seasons): "in
/// spring", "next summer", "early fall", "by the winter". A visitor's timeline is often one
/// ("sometime in spring": blind audit 49 read no date and asked again). "fall" and the others
/// need a word of time before them ("in", "by", "next", "early", "the"…) or stand alone, as
/// month names do: "sales fall in march" has no season.
///
///     // now = Tuesday 2026-12-08
///     "sometime in spring"  → .range(2027-03-01, 2027-05-31)
///     "early summer"        → .range(2027-06-01, 2027-06-30)
extension DateGrammar {
    /// Each season's first month, and its length in months.
    static let seasons: [String: Int] = ["spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12]
    /// Words that pick a part of a season: its first, middle or last month.
    static let seasonParts: [String: Int] = ["early": 0, "mid": 1, "late": 2]

    /// The season at `i`, after an optional "this"/"next"/"early"/"mid"/"late"/"the".
    func season(at i: Int, context: Bool) -> (DateValue, Int)? {
        var k = i
        var next = false
        var part: Int?
        if let w = ts.word(k), w == "this" || w == "next" || w == "coming" {
            next = w == "next"
            k += 1
        }
        if let w = ts.word(k), let p = Self.seasonParts[w] {
            part = p
            k += 1
            if ts.isSymbol(k, "-", glued: true) { k += 1 }
        }
        if ts.word(k) == "the" { k += 1 }
        guard let name = ts.word(k), let first = Self.seasons[name] else { return nil }
        // A season alone needs a word of time before it, or the whole message to itself.
        let alone = (0..<ts.count).allSatisfy { $0 == k || ts.word($0) == nil }
        guard k > i || context || alone else { return nil }
        let c = CalendarMath.civil(now.today)
        // The season now under way, else the next one; "next" is the one after it.
        let monthsSince = (c.month - first + 12) % 12
        var year = c.year - (c.month < first ? 1 : 0)
        if monthsSince >= 3 { year += 1 }
        if next, monthsSince < 3 { year += 1 }
        let startMonth = first + (part ?? 0)
        let startYear = year + (startMonth - 1) / 12
        let start = CalendarMath.day(startYear, (startMonth - 1) % 12 + 1, 1)
        let lastMonth = first + (part ?? 2)
        let lastYear = year + (lastMonth - 1) / 12
        let end = CalendarMath.monthRange(lastYear, (lastMonth - 1) % 12 + 1).upperBound
        return (.range(start, end), k + 1)
    }
}
