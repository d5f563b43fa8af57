/// A unit of time with its length in seconds (months are 30 days, years 365 days).
enum DurationUnit: Sendable {
    case second, minute, hour, day, week, month, year

    var seconds: Double {
        switch self {
        case .second: 1
        case .minute: 60
        case .hour: 3600
        case .day: 86400
        case .week: 604_800
        case .month: 2_592_000
        case .year: 31_536_000
        }
    }

    static let words: [String: DurationUnit] = [
        "second": .second, "seconds": .second, "sec": .second, "secs": .second,
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "wk": .week, "wks": .week,
        "month": .month, "months": .month, "year": .year, "years": .year, "yr": .year, "yrs": .year,
    ]
    /// Abbreviations accepted only glued to digits ("2h", "30m" is deliberately not one: it is 30 million).
    static let gluedOnly: [String: DurationUnit] = ["h": .hour]
}

/// Reads amounts of time: "two weeks", "3 days", "an hour", "90 minutes", "1.5 hours",
/// "a couple of months", "half an hour", "90-day". Values are seconds.
///
///     DurationGrammar(...).parse(at: 0)   // "1.5 hours" → (count: 1.5, unit: .hour, end: 4)
struct DurationGrammar: Sendable {
    let ts: TokenStream
    let numbers: NumberGrammar

    func parse(at i: Int) -> (count: Double, unit: DurationUnit, end: Int)? {
        guard let first = ts[i] else { return nil }
        if first.isWord {
            // "a week", "an hour"; "half an hour", "half a day".
            if first.text == "a" || first.text == "an", let w = ts.word(i + 1), let u = DurationUnit.words[w] {
                return withHalf(1, u, i + 2)
            }
            if first.text == "half", let a = ts.word(i + 1), a == "a" || a == "an", let w = ts.word(i + 2),
                let u = DurationUnit.words[w]
            {
                return (0.5, u, i + 3)
            }
        }
        guard let number = numbers.parse(at: i) else { return nil }
        var k = number.end
        if ts.isSymbol(k, "-", glued: true), let w = ts.gluedWord(k + 1), let u = DurationUnit.words[w] {
            return (number.value, u, k + 2)  // "90-day"
        }
        guard let w = ts.word(k) else { return nil }
        var unit = DurationUnit.words[w]
        if unit == nil, ts.isGlued(k), !number.spelled { unit = DurationUnit.gluedOnly[w] }
        guard let u = unit else { return nil }
        k += 1
        return withHalf(number.value, u, k)
    }

    /// "an hour and a half".
    private func withHalf(_ count: Double, _ unit: DurationUnit, _ k: Int) -> (count: Double, unit: DurationUnit, end: Int) {
        if let end = ts.words(k, ["and", "a", "half"]) { return (count + 0.5, unit, end) }
        return (count, unit, k)
    }
}
