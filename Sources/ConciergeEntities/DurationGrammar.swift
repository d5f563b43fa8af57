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
        "month": .month, "months": .month, "mo": .month, "mos": .month, "mth": .month, "mths": .month,
        "year": .year, "years": .year, "yr": .year, "yrs": .year,
    ]
    /// Words worth several units: "a fortnight", "two decades".
    static let multiples: [String: (unit: DurationUnit, factor: Double)] = [
        "fortnight": (.week, 2), "fortnights": (.week, 2), "decade": (.year, 10), "decades": (.year, 10),
        "quarter": (.month, 3), "quarters": (.month, 3),
    ]
    /// Abbreviations accepted only glued to digits ("2h", "30m" is deliberately not one: it is 30 million).
    static let gluedOnly: [String: DurationUnit] = ["h": .hour]
}

/// Reads amounts of time: "two weeks", "3 days", "an hour", "90 minutes", "1.5 hours", "1/2 hour",
/// "a couple of months", "half an hour", "three quarters of an hour", "90-day", and compounds as
/// one match: "2 years and 3 months", "1 hour 30 minutes", "an hour and a half", "1 hour thirty",
/// "2h30". The count is given in the smallest unit read ("1 hour 30 minutes" → 90 minutes), so
/// dates can add it ("in 2 weeks and 3 days"); the entity value is seconds.
///
///     DurationGrammar(...).parse(at: 0)   // "1.5 hours" → (count: 1.5, unit: .hour, end: 4)
struct DurationGrammar: Sendable {
    let ts: TokenStream
    let numbers: NumberGrammar

    /// The longest duration, about 31,700 years: hostile counts never make giant values.
    static let maxSeconds = 1e12

    /// `number`: the number the caller already read at `i` (`.some(nil)`: none).
    func parse(at i: Int, number: NumberParse?? = nil) -> (count: Double, unit: DurationUnit, end: Int)? {
        guard let first = component(at: i, number: number) else { return nil }
        var seconds = first.seconds
        var unit = first.unit
        var end = first.end
        var plain = first.plain
        // Each further part has a smaller unit, so a compound has at most seven parts.
        while true {
            var j = end
            if ts.isSymbol(j, ","), ts[j + 1]?.isSymbol(",") != true { j += 1 }
            if ts.word(j) == "and" { j += 1 }
            if let next = component(at: j), next.unit.seconds < unit.seconds {
                seconds += next.seconds
                unit = next.unit
                end = next.end
                plain = next.plain
                continue
            }
            if plain, j == end || ts.word(end) == "and", let tail = bareTail(at: j, after: unit) {
                seconds += tail.seconds
                unit = tail.unit
                end = tail.end
            }
            break
        }
        guard seconds <= DurationGrammar.maxSeconds else { return nil }
        return (seconds / unit.seconds, unit, end)
    }

    /// One count and unit. `plain` is true when the part ends on its unit and may take a bare
    /// tail ("1 hour thirty").
    func component(at i: Int, number known: NumberParse?? = nil)
        -> (seconds: Double, unit: DurationUnit, end: Int, plain: Bool)?
    {
        guard let first = ts[i] else { return nil }
        if first.isWord, let w = wordComponent(at: i) { return w }
        guard let number = known ?? numbers.parse(at: i), number.value >= 0 else { return nil }
        var k = number.end
        // "three quarters of an hour", "1/2 an hour".
        if number.value < 1, number.fractional {
            if ts.word(k) == "of" { k += 1 }
            if let a = ts.word(k), a == "a" || a == "an" { k += 1 }
        }
        let hyphen = ts.isSymbol(k, "-", glued: true) && ts.gluedWord(k + 1) != nil
        if hyphen { k += 1 }  // "90-day"
        if let m = ts.word(k), DurationGrammar.modifiers.contains(m),
            ts.word(k + 1).map({ DurationUnit.words[$0] != nil }) ?? false
        {
            k += 1  // "2 more minutes", "three full days"
        }
        guard let w = ts.word(k),
            let (unit, factor) = unitWord(w, glued: ts.isGlued(k), spelled: number.spelled, count: number.value)
        else { return nil }
        if w == "second", number.spelled, Int(number.value) % 10 == 0, number.value >= 20,
            !(ts.word(i - 1).map { $0 == "a" || $0 == "an" } ?? false)
        {
            return nil  // "forty-second", "twenty second": ordinals
        }
        var count = number.value * factor
        k += 1
        if !number.fractional, let end = andAHalf(at: k) {
            count += 0.5 * factor
            return (count * unit.seconds, unit, end, false)
        }
        return (count * unit.seconds, unit, k, number.gluedWord == nil || unit == .hour)
    }

    private func unitWord(_ w: String, glued: Bool, spelled: Bool, count: Double = 1) -> (DurationUnit, Double)? {
        if let u = DurationUnit.words[w] { return (u, 1) }
        // "two decades", but not "the 2010 Decade playlist".
        if let m = DurationUnit.multiples[w], count < 100 { return (m.unit, m.factor) }
        if glued, !spelled, let u = DurationUnit.gluedOnly[w] { return (u, 1) }
        return nil
    }

    /// "and a half", "and an half", "and half".
    private func andAHalf(at k: Int) -> Int? {
        ts.words(k, ["and", "a", "half"]) ?? ts.words(k, ["and", "an", "half"]) ?? ts.words(k, ["and", "half"])
    }

    /// "a week", "an hour and a half", "half an hour", "a half day", "half-hour",
    /// "a quarter of an hour", "quarter hour", "a fortnight".
    private func wordComponent(at i: Int) -> (seconds: Double, unit: DurationUnit, end: Int, plain: Bool)? {
        guard let w = ts.word(i) else { return nil }
        let article = w == "a" || w == "an" || w == "one"
        let k = article ? i + 1 : i
        if let part = ts.word(k), part == "half" || part == "quarter", let f = fractionOfUnit(at: k + 1) {
            let fraction = part == "half" ? 0.5 : 0.25
            return (fraction * f.seconds, f.unit, f.end, false)
        }
        guard w == "a" || w == "an", let u = ts.word(i + 1), let (unit, factor) = unitWord(u, glued: false, spelled: true),
            !u.hasPrefix("quarter") || ts.word(i + 2) != "of"  // "a quarter of the team" is a fraction
        else { return nil }
        if let end = andAHalf(at: i + 2) { return (1.5 * factor * unit.seconds, unit, end, false) }
        return (factor * unit.seconds, unit, i + 2, true)
    }

    /// The unit after "half"/"quarter": "an hour", "of an hour", "-hour", " day".
    private func fractionOfUnit(at start: Int) -> (seconds: Double, unit: DurationUnit, end: Int)? {
        var k = start
        if ts.isSymbol(k, "-", glued: true), ts.gluedWord(k + 1) != nil { k += 1 }
        if ts.word(k) == "of" { k += 1 }
        if let a = ts.word(k), a == "a" || a == "an" { k += 1 }
        guard let u = ts.word(k), let (unit, factor) = unitWord(u, glued: false, spelled: true), factor == 1 else {
            return nil
        }
        return (unit.seconds, unit, k + 1)
    }

    /// Minutes after hours or seconds after minutes without a unit: "1 hour thirty", "2h30",
    /// "2h 30m", "1 minute 15", only where nothing else can claim the number.
    private func bareTail(at j: Int, after unit: DurationUnit) -> (seconds: Double, unit: DurationUnit, end: Int)? {
        guard unit == .hour || unit == .minute, let t = ts[j] else { return nil }
        let smaller: DurationUnit = unit == .hour ? .minute : .second
        let suffixes: Set<String> = unit == .hour ? ["m", "min", "mins"] : ["s", "sec", "secs"]
        var value: Double
        var end: Int
        if t.isDigits {
            guard t.text.utf8.count <= 2, let v = t.intValue, !ts.isSymbol(j + 1, ":", glued: true) else { return nil }
            value = Double(v)
            end = j + 1
            if let s = ts.gluedWord(end), suffixes.contains(s) { end += 1 }
        } else if let n = numbers.parse(at: j), n.spelled, !n.fractional {
            value = n.value
            end = n.end
        } else {
            return nil
        }
        guard value < 60, value.rounded() == value, tailMayEnd(at: end) else { return nil }
        return (value * smaller.seconds, smaller, end)
    }

    /// What may follow a bare tail: the end, punctuation or a small set of words, never a noun
    /// that would make the number a count of something ("1 hour 30 people").
    private func tailMayEnd(at k: Int) -> Bool {
        guard let t = ts[k] else { return true }
        if t.kind == .symbol { return !t.isSymbol("/") && !t.isSymbol(":") && !t.isSymbol("%") }
        guard t.isWord, t.spaced else { return false }
        return DurationGrammar.tailFollowers.contains(t.text)
    }

    /// Words between a count and its unit: "2 more minutes", "three full days".
    static let modifiers: Set<String> = ["more", "additional", "extra", "less", "fewer", "full", "whole", "straight"]

    static let tailFollowers: Set<String> = [
        "and", "or", "please", "tomorrow", "today", "tonight", "then", "max", "tops", "total", "long", "each",
        "ago", "later", "from", "starting", "so", "but", "at", "on", "in", "for", "to", "with", "of", "is", "was",
        "would", "will", "should", "per", "every", "a", "the", "left", "remaining", "flight", "drive", "ride",
    ]
}
