/// Clock readings in words: "a quarter past 3pm", "half past four", "ten to five", "20 minutes to 4",
/// "three pm", "seven thirty", "at nine", "three o'clock".
///
///     // "quarter to 5" → 04:45, "a quarter past 3pm" → 15:15, "seven thirty pm" → 19:30
extension TimeGrammar {
    static let relations: [String: Int] = ["past": 1, "after": 1, "to": -1, "till": -1, "til": -1, "before": -1, "of": -1]
    static let minuteWords: Set<String> = ["minute", "minutes", "min", "mins"]
    /// Words after a bare "at nine" that keep it a time ("at nine tomorrow", "at nine.").
    static let clockFollowers: Set<String> = [
        "today", "tonight", "tomorrow", "tmrw", "yesterday", "on", "this", "next", "sharp", "then", "and", "or",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "please", "ok",
    ]

    /// "quarter past 3", "a quarter to 5pm", "half past four", "ten past three", "20 minutes to 4".
    func relativeClock(at i: Int) -> Clock? {
        var k = i
        if ts.word(k) == "a", ts.word(k + 1) == "quarter" { k += 1 }
        guard let (offset, named, afterMinutes) = minuteCount(at: k), let relation = ts.word(afterMinutes),
            let sign = TimeGrammar.relations[relation]
        else { return nil }
        if offset == 30, sign < 0 { return nil }  // "half to" is not English
        guard let (hour, definite, afterHour) = clockHour(at: afterMinutes + 1) else { return nil }
        var end = afterHour
        var minutes = hour * 60
        var isDefinite = definite
        if let (pm, e) = meridiem(at: end) {
            guard hour >= 1, hour <= 12 else { return nil }
            minutes = ((hour % 12) + (pm ? 12 : 0)) * 60
            end = e
            isDefinite = true
        } else if let e = oClock(at: end) {
            end = e
        }
        // "5 to 6 people" is a range of people: a counted "to" needs "quarter", "minutes" or a clock mark.
        let marked = named || isDefinite || end > afterHour || partSuffix(at: end) != nil
            || ts.word(i - 1).map { ["at", "by", "around", "about", "until", "till", "from", "before"].contains($0) } ?? false
        guard relation == "past" || marked else { return nil }
        // "from 3 to 5pm" is an interval: a "to" reading needs "quarter", "minutes" or spelled words ("ten to five").
        if sign < 0, !named, ts[k]?.isDigits == true || ts[afterMinutes + 1]?.isDigits == true || offset % 5 != 0
            || ts.word(i - 1) == "from" || ts.word(i - 1) == "between"
        {
            return nil
        }
        minutes = (minutes + sign * offset + 1440) % 1440
        return Clock(minutes: minutes, end: end, definite: isDefinite)
    }

    /// The minutes of a relative reading: "quarter" (15), "half" (30), "10", "ten", "twenty-five",
    /// optionally followed by "minutes". Returns (minutes, named-or-with-"minutes", end).
    func minuteCount(at k: Int) -> (Int, Bool, Int)? {
        guard let t = ts[k] else { return nil }
        if t.isWord, t.text == "quarter" { return (15, true, k + 1) }
        if t.isWord, t.text == "half" { return (30, true, k + 1) }
        var value: Int
        var end: Int
        if t.isDigits {
            guard t.spaced || ts[k - 1]?.isWord != true, t.text.utf8.count <= 2, let v = t.intValue else { return nil }
            value = v
            end = k + 1
        } else if let (v, e) = spelledUpTo59(at: k) {
            value = v
            end = e
        } else {
            return nil
        }
        guard value >= 1, value < 60 else { return nil }
        if let w = ts.word(end), TimeGrammar.minuteWords.contains(w) { return (value, true, end + 1) }
        return (value, false, end)
    }

    /// "five", "fifteen", "twenty", "twenty-five", "twenty five".
    func spelledUpTo59(at k: Int) -> (Int, Int)? {
        guard let w = ts.word(k) else { return nil }
        if let u = NumberWords.units[w] { return (u, k + 1) }
        guard let tens = NumberWords.tens[w], tens <= 50 else { return nil }
        if ts.isSymbol(k + 1, "-", glued: true), let u = ts.gluedWord(k + 2), let uv = NumberWords.units[u], uv < 10 {
            return (tens + uv, k + 3)
        }
        if let u = ts.word(k + 1), let uv = NumberWords.units[u], uv >= 1, uv < 10 { return (tens + uv, k + 2) }
        return (tens, k + 1)
    }

    /// The hour of a relative reading: 0–23 in digits, "one"…"twelve", "noon", "midnight".
    func clockHour(at k: Int) -> (Int, Bool, Int)? {
        guard let t = ts[k] else { return nil }
        if t.isDigits {
            guard t.text.utf8.count <= 2, let h = t.intValue, h <= 23, !ts.isSymbol(k + 1, ":", glued: true),
                !ts.isSymbol(k + 1, ".", glued: true)
            else { return nil }
            return (h, h > 12 || h == 0, k + 1)
        }
        guard let w = ts.word(k) else { return nil }
        if let h = TimeGrammar.hourWords[w] { return (h, false, k + 1) }
        if w == "noon" || w == "midday" { return (12, true, k + 1) }
        if w == "midnight" { return (0, true, k + 1) }
        return nil
    }

    /// "three pm", "seven thirty", "seven oh five am", "three o'clock", "at nine", "eight in the morning".
    func spelledClock(at i: Int) -> Clock? {
        guard let w = ts.word(i), let hour = TimeGrammar.hourWords[w] else { return nil }
        var k = i + 1
        var minute = 0
        if ts.word(k) == "oh", let u = ts.word(k + 1), let uv = NumberWords.units[u], uv >= 1, uv < 10 {
            minute = uv
            k += 2
        } else if let (m, end) = spelledUpTo59(at: k), m >= 10 {
            minute = m
            k = end
        }
        if let (pm, end) = meridiem(at: k) {
            return Clock(minutes: ((hour % 12) + (pm ? 12 : 0)) * 60 + minute, end: end, definite: true)
        }
        if minute == 0, let end = oClock(at: k) { return Clock(minutes: hour * 60, end: end, definite: false) }
        if partSuffix(at: k) != nil { return Clock(minutes: hour * 60 + minute, end: k, definite: false) }
        guard ts.word(i - 1) == "at" || (minute > 0 && ts.word(i - 1).map { ["by", "until", "till", "around"].contains($0) } ?? false)
        else { return nil }
        // "at one point", "at two locations": the word after a bare spelled hour must end the phrase.
        guard let next = ts[k] else { return Clock(minutes: hour * 60 + minute, end: k, definite: false) }
        if next.isSymbol(",") || next.isSymbol(".") || next.isSymbol("!") || next.isSymbol("?") || next.isSymbol(";")
            || (next.isWord && TimeGrammar.clockFollowers.contains(next.text))
        {
            return Clock(minutes: hour * 60 + minute, end: k, definite: false)
        }
        return nil
    }
}

/// A part of the day: its span in minutes and how it shifts an hour written without am/pm.
///
///     PartOfDay.afternoon.bias(3 * 60)   // 900 (15:00)
enum PartOfDay: Sendable {
    case morning, afternoon, evening, night, lunch

    static let words: [String: PartOfDay] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night, "tonight": .night,
        "lunch": .lunch, "lunchtime": .lunch,
    ]

    /// Start and end in minutes; the end of the evening and the night is the next midnight (1440).
    var span: (Int, Int) {
        switch self {
        case .morning: (480, 720)
        case .afternoon: (720, 1140)
        case .evening, .night: (1080, 1440)
        case .lunch: (720, 840)
        }
    }

    /// "3 in the afternoon" → 15:00, "11 tonight" → 23:00, "12 at night" → 00:00, "8 in the morning" → 08:00.
    func bias(_ minutes: Int) -> Int {
        let hour = minutes / 60
        switch self {
        case .morning: return hour == 12 ? minutes - 720 : minutes
        case .afternoon, .evening, .lunch: return hour >= 1 && hour < 12 ? minutes + 720 : minutes
        case .night:
            if hour == 12 { return minutes - 720 }
            return hour >= 5 && hour < 12 ? minutes + 720 : minutes
        }
    }
}
